import { spawnSync } from 'node:child_process';
import { countRows } from './database';

/** A password the strength rules accept, for accounts the tests create themselves. */
export const STRONG_PASSWORD = 'Quiet harbour lanterns drift 47';

/**
 * A secretariat account made as an operator makes one (`npm run user:create`) on the suite's
 * database, serving no meeting yet. Idempotent across workers: an account that exists already
 * is left as it is.
 */
export function createSecretariatFromCommandLine(email: string, password = STRONG_PASSWORD) {
  const exists = () => countRows('select count(*) n from users where email = ?', email) > 0;
  if (exists()) return;
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/create-user.ts', '--email', email, '--role', 'secretariat'],
    { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH, USER_PASSWORD: password }, encoding: 'utf8' },
  );
  // Another worker may have created it a moment ago: only a missing account is a failure.
  if (!exists()) throw new Error(`npm run user:create failed: ${run.stdout}${run.stderr}`);
}
