CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`chair` text DEFAULT '' NOT NULL,
	`published_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_position_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `agenda_speakers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	`position` integer NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`minutes` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_speakers_item_delegation_uq` ON `agenda_speakers` (`agenda_item_id`,`delegation_id`);--> statement-breakpoint
CREATE TABLE `amendment_supports` (
	`amendment_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`amendment_id`, `delegation_id`),
	FOREIGN KEY (`amendment_id`) REFERENCES `amendments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`paragraph_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	`proposed_by_user_id` integer,
	`action` text NOT NULL,
	`proposed_text` text DEFAULT '' NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`position_statement_id` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`base_paragraph_version` integer NOT NULL,
	`decided_by_user_id` integer,
	`decided_at` integer,
	`decision_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`position_statement_id`) REFERENCES `position_statements`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `amendments_paragraph_status_idx` ON `amendments` (`paragraph_id`,`status`);--> statement-breakpoint
CREATE INDEX `amendments_delegation_idx` ON `amendments` (`delegation_id`);--> statement-breakpoint
CREATE TABLE `audit_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` integer,
	`actor_delegation_id` integer,
	`meeting_id` integer,
	`action` text NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text,
	`outcome` text DEFAULT 'done' NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`actor_delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_entries_meeting_at_idx` ON `audit_entries` (`meeting_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_entries_actor_delegation_at_idx` ON `audit_entries` (`actor_delegation_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_entries_record_idx` ON `audit_entries` (`record_type`,`record_id`);--> statement-breakpoint
CREATE TABLE `bracket_holders` (
	`paragraph_id` integer NOT NULL,
	`bracket_index` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	PRIMARY KEY(`paragraph_id`, `bracket_index`, `delegation_id`),
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`paragraph_id` integer,
	`amendment_id` integer,
	`author_user_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `outcome_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amendment_id`) REFERENCES `amendments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "comments_target_ck" CHECK(("comments"."paragraph_id" is null) <> ("comments"."amendment_id" is null))
);
--> statement-breakpoint
CREATE INDEX `comments_paragraph_idx` ON `comments` (`paragraph_id`);--> statement-breakpoint
CREATE INDEX `comments_amendment_idx` ON `comments` (`amendment_id`);--> statement-breakpoint
CREATE TABLE `delegations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`protocol_name` text NOT NULL,
	`role` text DEFAULT 'participant' NOT NULL,
	`participation` text DEFAULT 'invited' NOT NULL,
	`manual_rank` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "delegations_country_code_ck" CHECK("delegations"."country_code" glob '[a-z][a-z]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `delegations_meeting_country_uq` ON `delegations` (`meeting_id`,`country_code`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`short_title` text NOT NULL,
	`venue` text NOT NULL,
	`city` text NOT NULL,
	`time_zone` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`status` text DEFAULT 'planning' NOT NULL,
	`precedence_rule` text DEFAULT 'english' NOT NULL,
	`page_size` text DEFAULT 'a4' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slug_unique` ON `meetings` (`slug`);--> statement-breakpoint
CREATE TABLE `outcome_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'drafting' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`silence_deadline` integer,
	`silence_broken_by_delegation_id` integer,
	`silence_broken_reason` text,
	`silence_broken_at` integer,
	`adopted_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`silence_broken_by_delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outcome_documents_meeting_idx` ON `outcome_documents` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `paragraphs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`document_id`) REFERENCES `outcome_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `paragraphs_document_position_idx` ON `paragraphs` (`document_id`,`position`);--> statement-breakpoint
CREATE TABLE `position_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	`agenda_item_id` integer,
	`title` text NOT NULL,
	`visibility` text DEFAULT 'delegation' NOT NULL,
	`circulated_by_user_id` integer,
	`circulated_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`circulated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `position_statements_meeting_visibility_idx` ON `position_statements` (`meeting_id`,`visibility`);--> statement-breakpoint
CREATE INDEX `position_statements_delegation_idx` ON `position_statements` (`delegation_id`);--> statement-breakpoint
CREATE INDEX `position_statements_agenda_item_idx` ON `position_statements` (`agenda_item_id`);--> statement-breakpoint
CREATE TABLE `position_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`number` integer NOT NULL,
	`body` text NOT NULL,
	`author_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `position_statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `position_versions_statement_number_uq` ON `position_versions` (`statement_id`,`number`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`paragraph_id` integer NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`text_before` text,
	`text_after` text,
	`author_user_id` integer,
	`amendment_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `outcome_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`amendment_id`) REFERENCES `amendments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revisions_document_number_idx` ON `revisions` (`document_id`,`number`);--> statement-breakpoint
CREATE INDEX `revisions_paragraph_idx` ON `revisions` (`paragraph_id`);--> statement-breakpoint
CREATE TABLE `roster_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delegation_id` integer NOT NULL,
	`full_name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`function` text NOT NULL,
	`email` text,
	`accreditation` text DEFAULT 'requested' NOT NULL,
	`arrival_at` integer,
	`departure_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roster_members_delegation_idx` ON `roster_members` (`delegation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `roster_members_one_head_uq` ON `roster_members` (`delegation_id`) WHERE "roster_members"."function" = 'head';--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`client` text NOT NULL,
	`succeeded` integer NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_email_client_at_idx` ON `sign_in_attempts` (`email`,`client`,`at`);--> statement-breakpoint
CREATE TABLE `stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`revision` integer NOT NULL,
	`recorded_by_user_id` integer,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `outcome_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stances_document_delegation_uq` ON `stances` (`document_id`,`delegation_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`delegation_id` integer,
	`session_version` integer DEFAULT 1 NOT NULL,
	`disabled_at` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_role_delegation_ck" CHECK(("users"."role" = 'secretariat') = ("users"."delegation_id" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_delegation_idx` ON `users` (`delegation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_one_head_uq` ON `users` (`delegation_id`) WHERE "users"."role" = 'head';