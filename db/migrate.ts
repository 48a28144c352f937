import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import type { Db } from './client';

/** Brings the database up to the newest migration in `drizzle/`. Safe to call on every start. */
export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: path.join(process.cwd(), 'drizzle') });
}
