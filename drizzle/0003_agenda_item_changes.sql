CREATE TABLE `agenda_item_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`at` integer NOT NULL,
	`version` integer NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_item_changes_item_idx` ON `agenda_item_changes` (`agenda_item_id`,`at`);