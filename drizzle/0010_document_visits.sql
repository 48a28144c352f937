CREATE TABLE `document_visits` (
	`user_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`seen_before` integer,
	`seen_last` integer NOT NULL,
	PRIMARY KEY(`user_id`, `document_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `outcome_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
