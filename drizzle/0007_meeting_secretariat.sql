CREATE TABLE `meeting_secretariat` (
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_secretariat_user_idx` ON `meeting_secretariat` (`user_id`);--> statement-breakpoint
-- Until now every secretariat account served every meeting: an existing database keeps that.
INSERT INTO `meeting_secretariat` (`meeting_id`, `user_id`) SELECT `meetings`.`id`, `users`.`id` FROM `meetings`, `users` WHERE `users`.`role` = 'secretariat';
