-- Statements written before the first-readable versions were recorded: every saved version
-- was readable by whoever could read the statement.
UPDATE `position_statements` SET `shared_from_version` = 1
  WHERE `visibility` IN ('secretariat', 'circulated') AND `shared_from_version` IS NULL;--> statement-breakpoint
UPDATE `position_statements` SET `circulated_from_version` = 1
  WHERE `visibility` = 'circulated' AND `circulated_from_version` IS NULL;--> statement-breakpoint
-- Full-text index of every statement's title and current text (rowid = statement id).
-- drizzle-kit cannot express FTS5, hence this hand-written migration. The index holds its
-- own copy of the text so that snippet() can quote it; who may find what is decided at
-- query time by joining position_statements (db/queries/position-search.ts).
CREATE VIRTUAL TABLE `position_search` USING fts5(
  `title`,
  `body`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);--> statement-breakpoint
INSERT INTO `position_search` (`rowid`, `title`, `body`)
  SELECT s.`id`, s.`title`, v.`body`
  FROM `position_statements` s
  JOIN `position_versions` v ON v.`statement_id` = s.`id` AND v.`number` = s.`version`;--> statement-breakpoint
-- The triggers keep the index in step inside the very transaction that saves, whoever
-- writes (mutations, the demo seed, the benchmark): a new version replaces the statement's
-- text unless a later version already exists; a new title replaces its title.
CREATE TRIGGER `position_search_after_version_insert` AFTER INSERT ON `position_versions`
WHEN NOT EXISTS (
  SELECT 1 FROM `position_versions` later
  WHERE later.`statement_id` = NEW.`statement_id` AND later.`number` > NEW.`number`
)
BEGIN
  DELETE FROM `position_search` WHERE `rowid` = NEW.`statement_id`;
  INSERT INTO `position_search` (`rowid`, `title`, `body`)
    SELECT `id`, `title`, NEW.`body` FROM `position_statements` WHERE `id` = NEW.`statement_id`;
END;--> statement-breakpoint
CREATE TRIGGER `position_search_after_title_update` AFTER UPDATE OF `title` ON `position_statements`
BEGIN
  UPDATE `position_search` SET `title` = NEW.`title` WHERE `rowid` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `position_search_after_statement_delete` AFTER DELETE ON `position_statements`
BEGIN
  DELETE FROM `position_search` WHERE `rowid` = OLD.`id`;
END;
