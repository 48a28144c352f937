import 'server-only';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databasePath } from '@/lib/platform/runtime-config.mjs';
import { foldForSearch } from '@/lib/domain/search-fold';
import { keepOwnerOnly } from './owner-only';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** SQL texts whose prepared statements a connection keeps (the most recently used). */
const KEPT_STATEMENTS = 500;

/**
 * Makes `prepare` hand back the statement it prepared before for the same SQL. drizzle
 * prepares every query again each time it runs; kept, the overview, positions and agenda
 * served 40–60 % more requests at 10 connections (bench/README.md).
 * Its row mode is reset because drizzle turns `raw` on for some uses and expects it off
 * for others.
 */
function keepPreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    // One being walked through (iterate) cannot be run again until it is done.
    if (statement?.busy) return prepare(source);
    if (statement) {
      kept.delete(source);
      // raw(true) ends pluck and expand modes too, so this gives back plain objects.
      if (statement.reader) statement.raw(true).raw(false);
    } else {
      statement = prepare(source);
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    }
    kept.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

/** Opens a SQLite file with the settings every connection of this app uses. */
export function openDatabase(file: string): Db {
  keepOwnerOnly(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  keepPreparedStatements(sqlite);
  // SQLite's own LIKE folds the case of ASCII letters only: searches compare `search_fold(column)`.
  sqlite.function('search_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldForSearch(value) : value));
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
