// Runs once when the server starts: keep finished renders from holding memory
// (lib/server/render-memory.ts), bring the database up to date, seed the demo meeting into an
// empty database (unless SEED_DEMO=0) and say how to sign in.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A malformed setting stops the server here with its reason (lib/platform/env.mjs).
  const { settings } = await import('./lib/platform/env.mjs');
  settings();
  const { formatAbortReasons } = await import('./lib/server/render-memory');
  formatAbortReasons();
  const { prepareDatabase } = await import('./db/startup');
  await prepareDatabase();
}
