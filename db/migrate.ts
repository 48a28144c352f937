import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import type { Db } from './client';

/**
 * Brings the database up to the newest migration in `drizzle/`. Safe to call on every start.
 *
 * A migration that changes a table's constraints rebuilds the table (SQLite's twelve steps:
 * create the new one, copy, drop the old, rename). Drizzle runs every migration inside one
 * transaction, where `PRAGMA foreign_keys=OFF` is ignored, so with the keys on the drop
 * would cascade into every table that references the old one. They are off for the
 * migration and checked before they are on again: a dangling reference stops the start.
 */
export function runMigrations(db: Db): void {
  const connection = db.$client;
  connection.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: path.join(process.cwd(), 'drizzle') });
    const dangling = connection.pragma('foreign_key_check') as unknown[];
    if (dangling.length) throw new Error(`migration left ${dangling.length} dangling references: ${JSON.stringify(dangling.slice(0, 3))}`);
  } finally {
    connection.pragma('foreign_keys = ON');
  }
}
