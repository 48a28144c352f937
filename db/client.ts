import 'server-only';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databasePath } from '@/lib/platform/runtime-config.mjs';
import { keepOwnerOnly } from './owner-only';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a SQLite file with the settings every connection of this app uses. */
export function openDatabase(file: string): Db {
  keepOwnerOnly(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

const globalForDb = globalThis as unknown as { vancouverDb?: Db };

/**
 * The one connection of this process, opened on first use (never at module load, so
 * `next build` creates no database) and cached on `globalThis` across hot reloads.
 * Only `db/queries`, `db/mutations`, the migrator and the seed may call it.
 */
export function getDb(): Db {
  globalForDb.vancouverDb ??= openDatabase(databasePath());
  return globalForDb.vancouverDb;
}

/** Closes and forgets the cached connection (tests and the backup tool). */
export function closeDb(): void {
  globalForDb.vancouverDb?.$client.close();
  globalForDb.vancouverDb = undefined;
}

const afterTransaction: (() => void)[] = [];

/**
 * Runs `task` once the current write transaction has ended, or at once outside one. For
 * the log of a refusal: the refusal throws, the throw rolls the transaction back, and an
 * entry written inside it would be rolled back too.
 */
export function whenTransactionEnds(task: () => void): void {
  if (getDb().$client.inTransaction) afterTransaction.push(task);
  else task();
}

/**
 * Runs `work` in one IMMEDIATE transaction: it takes the write lock before reading, so a
 * read-then-write never fails half-way on a busy database. Rolls back if `work` throws.
 */
export function writeTransaction<T>(work: (tx: Db) => T): T {
  const db = getDb();
  try {
    return db.$client.transaction(() => work(db)).immediate();
  } finally {
    for (const task of afterTransaction.splice(0)) task();
  }
}
