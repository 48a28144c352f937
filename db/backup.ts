import 'server-only';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { keepOwnerOnly } from './owner-only';

/**
 * Backups of the live database and their restoration, for `npm run backup` and
 * `npm run restore`. Both go through SQLite's online backup API, so a copy is always a
 * consistent database even while the server writes, and a restore is one transaction.
 */

/** Thrown when a backup or restore cannot go ahead; the message says why, for the operator. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Tables every database of this application has: a file without them is not one of ours. */
const EXPECTED_TABLES = ['__drizzle_migrations', 'meetings', 'audit_entries'];

/** `vancouver` for `/data/vancouver.db`: the prefix of its backups' names. */
const stem = (databaseFile: string) => path.basename(databaseFile, path.extname(databaseFile));
/** A UTC time that sorts as text and is safe in a file name: 2018-01-16T17-05-09-123Z. */
const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');
const backupPattern = (databaseFile: string) =>
  new RegExp(`^${stem(databaseFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.db$`);

/** Where the backups of `databaseFile` go: `backups/` in its data folder (created). */
export function backupFolder(databaseFile: string): string {
  const folder = path.join(path.dirname(databaseFile), 'backups');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}

/** The regular backups of `databaseFile`, oldest first (safety copies are not among them). */
export function listBackups(databaseFile: string): string[] {
  const folder = backupFolder(databaseFile);
  const pattern = backupPattern(databaseFile);
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

/**
 * Throws BackupError unless `file` is a sound SQLite database of this application:
 * `PRAGMA integrity_check` answers ok and its tables are there. Opens it read-only.
 */
export function verifyDatabaseFile(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened: ${(error as Error).message}`);
  }
  try {
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
      throw new BackupError(`${file} fails the integrity check: ${problems.map((p) => p.integrity_check).slice(0, 5).join('; ')}`);
    }
    const tables = new Set(
      (db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((t) => t.name),
    );
    const missing = EXPECTED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new BackupError(`${file} is not a database of this application (no ${missing.join(', ')}).`);
  } catch (error) {
    // Not a database at all: SQLite says so at the first read.
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a usable SQLite database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/** Copies the database at `from` into `to` through the online backup API, atomically named. */
async function onlineCopy(from: string, to: string): Promise<void> {
  const partial = `${to}.partial`;
  rmSync(partial, { force: true });
  // Created before SQLite writes into it, so that the copy is never readable by others.
  keepOwnerOnly(partial);
  const source = new Database(from, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } finally {
    source.close();
  }
  // The copy inherits write-ahead logging from the live database; a rollback journal makes
  // it one self-contained file that opens read-only without leaving -wal and -shm behind.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  // Only a finished copy gets a backup's name, so a broken run never counts as a backup.
  renameSync(partial, to);
}

/**
 * Writes a consistent copy of the live database `databaseFile` into its backups folder,
 * while the server keeps running, checks the copy, and deletes the oldest backups beyond
 * `keep`. Returns the new backup's path. Throws BackupError when the copy is unsound.
 */
export async function backupDatabase(databaseFile: string, keep: number, now = new Date()): Promise<string> {
  const file = path.join(backupFolder(databaseFile), `${stem(databaseFile)}-${stamp(now)}.db`);
  await onlineCopy(databaseFile, file);
  try {
    verifyDatabaseFile(file);
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
  const backups = listBackups(databaseFile);
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) rmSync(old, { force: true });
  return file;
}

/**
 * Throws BackupError if any other connection has `databaseFile` open (a running server
 * keeps one open from start to stop), by asking SQLite for an exclusive lock at once.
 */
function assertNotInUse(databaseFile: string): void {
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new BackupError(`${databaseFile} is in use: stop the server before restoring.`);
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database `databaseFile` with the backup `backupFile`. Refuses (BackupError,
 * nothing changed) when the backup is not a sound database of this application or when
 * the database is open elsewhere: the server must be stopped. The replaced database is
 * kept first as `<name>-before-restore-<time>.db` in the backups folder (never pruned);
 * its path is returned.
 */
export async function restoreDatabase(databaseFile: string, backupFile: string, now = new Date()): Promise<{ safetyCopy: string }> {
  verifyDatabaseFile(backupFile);
  assertNotInUse(databaseFile);
  const safetyCopy = path.join(backupFolder(databaseFile), `${stem(databaseFile)}-before-restore-${stamp(now)}.db`);
  await onlineCopy(databaseFile, safetyCopy);
  // Copying into the database through SQLite replaces its pages in one transaction and
  // leaves its write-ahead log consistent, which overwriting the file could not.
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(databaseFile);
  } finally {
    backup.close();
  }
  verifyDatabaseFile(databaseFile);
  return { safetyCopy };
}
