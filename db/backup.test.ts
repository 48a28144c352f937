import { chmodSync, copyFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/test/database';
import { closeDb, getDb, openDatabase } from './client';
import { backupDatabase, BackupError, listBackups, restoreDatabase, verifyDatabaseFile } from './backup';
import { auditEntries } from './schema';

const note = (action: string) => getDb().insert(auditEntries).values({ at: new Date(), action, recordType: 'test' }).run();

/** The audit actions recorded in the database file, read through a connection of its own. */
function actionsIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`select action from audit_entries where record_type = 'test' order by id`).all() as { action: string }[]).map((r) => r.action);
  } finally {
    db.close();
  }
}

/** The permission bits of a file: 0o600 is read and write for its owner alone. */
const permissions = (file: string) => statSync(file).mode & 0o777;

describe('backup and restore', () => {
  afterEach(() => closeDb());

  it('keeps the database, its write-ahead log and its backups readable by the owner only', async () => {
    const db = freshDatabase();
    const live = db.$client.name;
    note('a write, so that the write-ahead log exists');
    for (const file of [live, `${live}-wal`, `${live}-shm`]) expect(permissions(file), file).toBe(0o600);
    expect(permissions(await backupDatabase(live, 10))).toBe(0o600);
    expect(permissions(path.join(path.dirname(live), 'backups'))).toBe(0o700);

    // A database file left readable by others (by an earlier version) is tightened when opened.
    closeDb();
    chmodSync(live, 0o644);
    openDatabase(live).$client.close();
    expect(permissions(live)).toBe(0o600);
  });

  it('backs up the live database while it is open, and a restore brings back exactly that state', async () => {
    const db = freshDatabase();
    const live = db.$client.name;
    note('written before the backup');
    const backup = await backupDatabase(live, 10);
    note('written after the backup'); // the server keeps writing: the backup must not see it

    expect(path.dirname(backup)).toBe(path.join(path.dirname(live), 'backups'));
    expect(actionsIn(backup)).toEqual(['written before the backup']);

    // Restore onto a copy of the live database, as an operator would with the server stopped.
    closeDb();
    const copy = path.join(path.dirname(live), 'copy.db');
    copyFileSync(live, copy);
    expect(actionsIn(copy)).toEqual(['written before the backup', 'written after the backup']);
    const { safetyCopy } = await restoreDatabase(copy, backup);

    expect(actionsIn(copy)).toEqual(['written before the backup']);
    expect(() => verifyDatabaseFile(copy)).not.toThrow();
    const integrity = new Database(copy, { readonly: true });
    expect(integrity.pragma('integrity_check', { simple: true })).toBe('ok');
    integrity.close();
    // What the restore replaced is kept.
    expect(actionsIn(safetyCopy)).toEqual(['written before the backup', 'written after the backup']);
    expect(listBackups(copy)).not.toContain(safetyCopy);
  });

  it('refuses to restore while the database is open elsewhere, as under a running server', async () => {
    const db = freshDatabase();
    const live = db.$client.name;
    note('first');
    const backup = await backupDatabase(live, 10);
    note('second');
    await expect(restoreDatabase(live, backup)).rejects.toThrow(/in use: stop the server/);
    expect(actionsIn(live)).toEqual(['first', 'second']);
  });

  it('refuses a file that is not a database of this application, and changes nothing', async () => {
    const db = freshDatabase();
    const live = db.$client.name;
    note('kept');
    closeDb();
    const garbage = path.join(path.dirname(live), 'garbage.db');
    writeFileSync(garbage, 'this is not SQLite '.repeat(500));
    await expect(restoreDatabase(live, garbage)).rejects.toBeInstanceOf(BackupError);

    const stranger = path.join(path.dirname(live), 'stranger.db');
    new Database(stranger).exec('create table notes (body text)');
    await expect(restoreDatabase(live, stranger)).rejects.toThrow(/not a database of this application/);
    await expect(restoreDatabase(live, path.join(path.dirname(live), 'missing.db'))).rejects.toThrow(/cannot be opened/);

    expect(actionsIn(live)).toEqual(['kept']);
    expect(existsSync(path.join(path.dirname(live), 'backups'))).toBe(false);
  });

  it('keeps only the newest backups', async () => {
    const db = freshDatabase();
    const live = db.$client.name;
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      note(`state ${i}`);
      made.push(await backupDatabase(live, 2, new Date(Date.UTC(2018, 0, 16, 9, i))));
    }
    expect(listBackups(live)).toEqual(made.slice(2));
    // Each backup is one self-contained file, even after being opened: no -wal or -shm beside it.
    expect(readdirSync(path.dirname(made[3])).sort()).toEqual(made.slice(2).map((file) => path.basename(file)));
    expect(made.slice(0, 2).some((file) => existsSync(file))).toBe(false);
    expect(actionsIn(made[3])).toHaveLength(4);
  });
});
