ALTER TABLE `position_statements` ADD `shared_from_version` integer;--> statement-breakpoint
ALTER TABLE `position_statements` ADD `circulated_from_version` integer;