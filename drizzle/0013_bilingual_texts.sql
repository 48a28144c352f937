CREATE TABLE `paragraph_translations` (
	`paragraph_id` integer NOT NULL,
	`language` text NOT NULL,
	`text` text NOT NULL,
	`source_text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`translated_by_user_id` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`paragraph_id`, `language`),
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`translated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`delegation_id` integer,
	`session_version` integer DEFAULT 1 NOT NULL,
	`disabled_at` integer,
	`locale` text,
	`time_zone` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_role_delegation_ck" CHECK(("__new_users"."role" in ('head', 'staff')) = ("__new_users"."delegation_id" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "name", "password_hash", "role", "delegation_id", "session_version", "disabled_at", "locale", "time_zone", "is_demo", "created_at") SELECT "id", "email", "name", "password_hash", "role", "delegation_id", "session_version", "disabled_at", "locale", "time_zone", "is_demo", "created_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_delegation_idx` ON `users` (`delegation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_one_head_uq` ON `users` (`delegation_id`) WHERE "users"."role" = 'head';--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `negotiating_language` text DEFAULT 'en' NOT NULL;