import 'server-only';
import { seedDemoEnabled } from '@/lib/runtime-config.mjs';
import { getDb } from './client';
import { runMigrations } from './migrate';
import { resumeSilences } from './mutations/drafting';
import { DEMO_PASSWORD, listDemoSignIns, seedDemoIfEmpty } from './seed/demo';

/** Migrates, seeds the demo when enabled and the database is empty, prints the demo sign-ins. */
export async function prepareDatabase(): Promise<void> {
  const db = getDb();
  runMigrations(db);
  // Silences that ran out while the server was down are adopted now; the rest get timers.
  resumeSilences();
  if (!seedDemoEnabled()) return;
  if (await seedDemoIfEmpty(db)) console.log('Seeded the Vancouver demo meeting.');
  const signIns = listDemoSignIns(db);
  if (signIns.length === 0) return;
  const examples = signIns.filter((e) => /^(secretariat|jp\.|kr\.|us\.|ca\.)/.test(e));
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
