import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/test/database';
import { isSetupCode } from '@/lib/platform/setup-code';
import { meetings, users } from './schema';
import { prepareDatabase } from './startup';

describe('prepareDatabase at server start', () => {
  afterEach(() => {
    delete process.env.SEED_DEMO;
    vi.restoreAllMocks();
  });

  it('seeds the demo into an empty database and prints the sign-ins', async () => {
    const db = freshDatabase();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await prepareDatabase();
    expect(db.select({ n: count() }).from(meetings).get()?.n).toBe(1);
    expect(log.mock.calls.flat().join('\n')).toContain('secretariat@vancouver.test');
  });

  it('never seeds with SEED_DEMO=0, and prints a one-time setup code for /setup instead', async () => {
    const db = freshDatabase();
    process.env.SEED_DEMO = '0';
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await prepareDatabase();
    expect(db.select({ n: count() }).from(meetings).get()?.n).toBe(0);
    expect(db.select({ n: count() }).from(users).get()?.n).toBe(0);
    const printed = log.mock.calls.flat().join('\n');
    const code = /Setup code: (\S+)/.exec(printed)?.[1];
    expect(printed).toContain('/setup');
    expect(code && isSetupCode(code)).toBe(true);
    // Each start while no account exists prints a new code; the old one no longer works.
    log.mockClear();
    await prepareDatabase();
    expect(isSetupCode(code!)).toBe(false);
  });

  it('prints no setup code once an account exists', async () => {
    freshDatabase();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await prepareDatabase();
    expect(log.mock.calls.flat().join('\n')).not.toContain('Setup code');
  });
});
