import Database from 'better-sqlite3';

/**
 * The server's database, opened read-only, so a test can check what was persisted (rows
 * saved, audit entries written) beyond what the pages show. Never writes.
 */
export function readDatabase<T>(read: (db: Database.Database) => T): T {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error('E2E_DATABASE_PATH is set by playwright.config.ts');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The count a `select count(*) n …` query returns. */
export const countRows = (sql: string, ...params: unknown[]) =>
  readDatabase((db) => (db.prepare(sql).get(...params) as { n: number }).n);

/**
 * Writes into the server's database in one transaction, for the few things a test sets up
 * faster than the interface would (a long list, a document of many paragraphs).
 * Immediate: a deferred transaction that reads first and then writes gets SQLITE_BUSY at
 * once, without waiting, when the server commits in between; taking the write lock up
 * front lets busy_timeout wait for the server instead.
 */
export function writeDatabase<T>(write: (db: Database.Database) => T): T {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error('E2E_DATABASE_PATH is set by playwright.config.ts');
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.transaction(() => write(db)).immediate();
  } finally {
    db.close();
  }
}
