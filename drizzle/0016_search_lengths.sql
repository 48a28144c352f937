-- The length of every statement's title and current text, so that ranking a search
-- (db/queries/position-search.ts) does not read every matching text to measure it: read
-- through the full-text index, the lengths cost more than the search itself. Written by
-- the index's triggers, in the transaction that saves; gone with the statement.
CREATE TABLE `position_search_lengths` (
  `statement_id` integer PRIMARY KEY NOT NULL REFERENCES `position_statements`(`id`) ON DELETE CASCADE,
  `title_length` integer NOT NULL,
  `body_length` integer NOT NULL
);--> statement-breakpoint
INSERT INTO `position_search_lengths` (`statement_id`, `title_length`, `body_length`)
  SELECT `rowid`, length(`title`), length(`body`) FROM `position_search`;--> statement-breakpoint
DROP TRIGGER `position_search_after_version_insert`;--> statement-breakpoint
CREATE TRIGGER `position_search_after_version_insert` AFTER INSERT ON `position_versions`
WHEN NOT EXISTS (
  SELECT 1 FROM `position_versions` later
  WHERE later.`statement_id` = NEW.`statement_id` AND later.`number` > NEW.`number`
)
BEGIN
  DELETE FROM `position_search` WHERE `rowid` = NEW.`statement_id`;
  INSERT INTO `position_search` (`rowid`, `title`, `body`)
    SELECT `id`, `title`, NEW.`body` FROM `position_statements` WHERE `id` = NEW.`statement_id`;
  INSERT OR REPLACE INTO `position_search_lengths` (`statement_id`, `title_length`, `body_length`)
    SELECT `id`, length(`title`), length(NEW.`body`) FROM `position_statements` WHERE `id` = NEW.`statement_id`;
END;--> statement-breakpoint
DROP TRIGGER `position_search_after_title_update`;--> statement-breakpoint
CREATE TRIGGER `position_search_after_title_update` AFTER UPDATE OF `title` ON `position_statements`
BEGIN
  UPDATE `position_search` SET `title` = NEW.`title` WHERE `rowid` = NEW.`id`;
  UPDATE `position_search_lengths` SET `title_length` = length(NEW.`title`) WHERE `statement_id` = NEW.`id`;
END;
