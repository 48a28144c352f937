// Where the server keeps its data and its session secret. Plain JavaScript so that the
// start script (before Next runs) and the server resolve them the same way, from lib/platform/env.mjs.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { settings } from './env.mjs';

/** @returns {string} absolute path of the SQLite file (`DATABASE_PATH`, default ./data/vancouver.db) */
export function databasePath() {
  return path.resolve(/* turbopackIgnore: true */ settings().DATABASE_PATH);
}

/** @returns {string} the folder that holds the database, its secret and its backups (created) */
export function dataFolder() {
  const folder = path.dirname(databasePath());
  // Only the server's account may enter it: it holds the database and the session secret.
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}

/**
 * `NEXTAUTH_SECRET` when set; otherwise the secret kept in the data folder, generated on
 * first use and readable by the owner only, so `npm start` needs no configuration.
 * @returns {string}
 */
export function authSecret() {
  const configured = settings().NEXTAUTH_SECRET;
  if (configured) return configured;
  const file = path.join(dataFolder(), 'nextauth-secret');
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process wrote it first: read theirs.
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

/** @returns {boolean} whether an empty database gets the demo meeting (`SEED_DEMO`, default 1) */
export function seedDemoEnabled() {
  return settings().SEED_DEMO === '1';
}
