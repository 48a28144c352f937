import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/test/database';
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

  it('never seeds with SEED_DEMO=0', async () => {
    const db = freshDatabase();
    process.env.SEED_DEMO = '0';
    await prepareDatabase();
    expect(db.select({ n: count() }).from(meetings).get()?.n).toBe(0);
    expect(db.select({ n: count() }).from(users).get()?.n).toBe(0);
  });
});
