CREATE TABLE `access_zones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `access_zones_meeting_name_uq` ON `access_zones` (`meeting_id`,`name`);--> statement-breakpoint
CREATE TABLE `accreditation_quotas` (
	`meeting_id` integer NOT NULL,
	`category` text NOT NULL,
	`per_delegation` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `category`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "accreditation_quotas_positive_ck" CHECK("accreditation_quotas"."per_delegation" >= 0)
);
--> statement-breakpoint
CREATE TABLE `badges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`ticket` text NOT NULL,
	`issued_at` integer NOT NULL,
	`voided_at` integer,
	FOREIGN KEY (`member_id`) REFERENCES `roster_members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `badges_ticket_unique` ON `badges` (`ticket`);--> statement-breakpoint
CREATE UNIQUE INDEX `badges_one_valid_uq` ON `badges` (`member_id`) WHERE "badges"."voided_at" is null;--> statement-breakpoint
CREATE TABLE `check_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`badge_id` integer,
	`outcome` text NOT NULL,
	`scanned_by_user_id` integer,
	`at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`badge_id`) REFERENCES `badges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scanned_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `check_ins_meeting_idx` ON `check_ins` (`meeting_id`,`at`);--> statement-breakpoint
CREATE INDEX `check_ins_badge_idx` ON `check_ins` (`badge_id`);--> statement-breakpoint
CREATE TABLE `member_photos` (
	`member_id` integer PRIMARY KEY NOT NULL,
	`jpeg` blob NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `roster_members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `zone_categories` (
	`zone_id` integer NOT NULL,
	`category` text NOT NULL,
	PRIMARY KEY(`zone_id`, `category`),
	FOREIGN KEY (`zone_id`) REFERENCES `access_zones`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `roster_members` ADD `category` text DEFAULT 'delegate' NOT NULL;--> statement-breakpoint
-- Members accredited before categories existed get the one their function suggests (lib/accreditation/categories).
UPDATE `roster_members` SET `category` = CASE `function`
	WHEN 'head' THEN 'head_of_delegation'
	WHEN 'adviser' THEN 'adviser'
	WHEN 'press' THEN 'press'
	WHEN 'security' THEN 'security'
	WHEN 'interpreter' THEN 'support'
	ELSE 'delegate' END;
--> statement-breakpoint
-- A member whose badge was issued before badges existed gets a ticket, so that the badge can be printed and checked in.
INSERT INTO `badges` (`member_id`, `ticket`, `issued_at`)
	SELECT `id`, 'VGB-' || lower(hex(randomblob(16))), cast(unixepoch('subsec') * 1000 as integer)
	FROM `roster_members` WHERE `accreditation` = 'badge_issued';
