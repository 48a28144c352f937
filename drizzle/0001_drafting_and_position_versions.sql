ALTER TABLE `amendments` ADD `base_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `silence_started_at` integer;--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `silence_broken_by_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `position_statements` ADD `shared_from_version` integer;--> statement-breakpoint
ALTER TABLE `position_statements` ADD `circulated_from_version` integer;