import 'server-only';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';

/** Read and write for the account that runs the server, nothing for anyone else. */
const OWNER_ONLY = 0o600;

/**
 * Makes `file` (created empty when missing) readable and writable by its owner only, and
 * its write-ahead log and shared-memory files where they exist: they hold every
 * delegation's drafts. SQLite gives the -wal and -shm files it creates later the
 * database file's own mode. A file left readable by an earlier version is tightened.
 */
export function keepOwnerOnly(file: string): void {
  closeSync(openSync(file, 'a', OWNER_ONLY));
  for (const companion of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(companion)) chmodSync(companion, OWNER_ONLY);
  }
}
