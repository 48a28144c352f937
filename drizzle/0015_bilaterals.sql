CREATE TABLE `bilateral_parties` (
	`bilateral_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	`answer` text DEFAULT 'pending' NOT NULL,
	PRIMARY KEY(`bilateral_id`, `delegation_id`),
	FOREIGN KEY (`bilateral_id`) REFERENCES `bilaterals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bilateral_parties_delegation_idx` ON `bilateral_parties` (`delegation_id`);--> statement-breakpoint
CREATE TABLE `bilateral_rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`capacity` integer NOT NULL,
	`interpretation` integer DEFAULT false NOT NULL,
	`equipment` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`retired_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bilateral_rooms_meeting_name_uq` ON `bilateral_rooms` (`meeting_id`,`name`);--> statement-breakpoint
CREATE TABLE `bilateral_rules` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`buffer_minutes` integer DEFAULT 15 NOT NULL,
	`request_deadline` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `bilateral_windows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bilateral_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	FOREIGN KEY (`bilateral_id`) REFERENCES `bilaterals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bilateral_windows_bilateral_idx` ON `bilateral_windows` (`bilateral_id`);--> statement-breakpoint
CREATE TABLE `bilaterals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`requester_id` integer NOT NULL,
	`level` text NOT NULL,
	`topic` text NOT NULL,
	`minutes` integer NOT NULL,
	`interpretation` integer DEFAULT false NOT NULL,
	`during_plenary` integer DEFAULT false NOT NULL,
	`proposed_by_id` integer,
	`room_id` integer,
	`starts_at` integer,
	`ends_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requester_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`room_id`) REFERENCES `bilateral_rooms`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "bilaterals_minutes_ck" CHECK("bilaterals"."minutes" between 30 and 90)
);
--> statement-breakpoint
CREATE INDEX `bilaterals_meeting_idx` ON `bilaterals` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `bilaterals_room_idx` ON `bilaterals` (`room_id`,`starts_at`);