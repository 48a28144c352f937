import 'server-only';
import { seedDemoEnabled } from '@/lib/platform/runtime-config.mjs';
import { issueSetupCode } from '@/lib/platform/setup-code';
import { getDb } from './client';
import { runMigrations } from './migrate';
import { hasAnyAccount } from './queries/accounts';
import { resumeSilences } from './mutations/silence-scheduler';
import { startMailer } from './mailer';
import { DEMO_PASSWORD, listDemoSignIns, seedDemoIfEmpty } from './seed/demo';

/**
 * Migrates, seeds the demo when enabled and the database is empty, then prints how to sign
 * in: the demo sign-ins, or, while no account exists, the one-time setup code for `/setup`.
 */
export async function prepareDatabase(): Promise<void> {
  const db = getDb();
  runMigrations(db);
  // Silences that ran out while the server was down are adopted now; the rest get timers.
  resumeSilences();
  // Mail left in the outbox when the server stopped goes out now.
  startMailer();
  if (seedDemoEnabled() && (await seedDemoIfEmpty(db))) console.log('Seeded the Vancouver demo meeting.');
  if (!hasAnyAccount()) {
    // The first account is made in the browser, by whoever can read this console.
    console.log(
      [
        '',
        'No account exists yet. Create the first secretariat account at /setup with this one-time setup code:',
        `  Setup code: ${issueSetupCode()}`,
        '(A new code is printed at every start until the first account exists; `npm run user:create` also works.)',
        '',
      ].join('\n'),
    );
    return;
  }
  if (!seedDemoEnabled()) return;
  const signIns = listDemoSignIns(db);
  if (signIns.length === 0) return;
  const examples = signIns.filter((e) => /^(secretariat|translator|door|jp\.|kr\.|us\.|ca\.)/.test(e));
  console.log(
    [
      '',
      `Demo sign-ins (password "${DEMO_PASSWORD}"):`,
      ...examples.map((e) => `  ${e}`),
      `  …and <cc>.head / <cc>.staff@vancouver.test for every delegation (${signIns.length} accounts).`,
      '',
    ].join('\n'),
  );
}
