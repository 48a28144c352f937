CREATE TABLE `document_recipients` (
	`document_id` integer NOT NULL,
	`delegation_id` integer NOT NULL,
	PRIMARY KEY(`document_id`, `delegation_id`),
	FOREIGN KEY (`document_id`) REFERENCES `outcome_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `meetings` ADD `document_code` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Meetings made before symbols existed: the demo keeps its own, any other its address in capitals.
UPDATE `meetings` SET `document_code` = CASE WHEN `slug` = 'vancouver-2018' THEN 'VG/2018' ELSE upper(`slug`) END;--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `number` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Existing documents are numbered in the order they were made, per meeting.
UPDATE `outcome_documents` SET `number` = (SELECT count(*) FROM `outcome_documents` AS `earlier` WHERE `earlier`.`meeting_id` = `outcome_documents`.`meeting_id` AND `earlier`.`id` <= `outcome_documents`.`id`);--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `reissue` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `drafting_mode` text DEFAULT 'negotiated' NOT NULL;--> statement-breakpoint
ALTER TABLE `outcome_documents` ADD `distribution` text DEFAULT 'limited' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_documents_meeting_number_uq` ON `outcome_documents` (`meeting_id`,`number`);