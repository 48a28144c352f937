ALTER TABLE `meetings` ADD `kind` text DEFAULT 'ministerial' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `host_states` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `working_languages` text DEFAULT '["en"]' NOT NULL;