import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase } from '@/test/database';
import { getDb } from '../client';
import { auditEntries, signInAttempts } from '../schema';
import { ACCOUNT_LOCKOUT_FAILURES, attemptSignIn, CLIENT_LOCKOUT_FAILURES, LOCKOUT_FAILURES } from './sign-in';

const account = 'se.staff@vancouver.test';
const attempt = (password: string, client = '203.0.113.7', email = account) =>
  attemptSignIn({ email, password, client });

describe('sign-in', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('accepts the right password, whatever the case and spacing of the e-mail', async () => {
    expect(await attempt('vancouver-2018', 'x', '  SE.Staff@Vancouver.test ')).toMatchObject({ ok: true });
  });

  it('answers a wrong password and an unknown account identically, and records both', async () => {
    const wrong = await attempt('wrong password');
    const unknown = await attempt('vancouver-2018', '203.0.113.7', 'nobody@vancouver.test');
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
    const audited = getDb().select({ n: count() }).from(auditEntries).where(eq(auditEntries.action, 'sign_in_failed')).get();
    expect(audited?.n).toBe(2);
  });

  it('locks an account for a client after ten failures, even for the right password', async () => {
    for (let i = 0; i < LOCKOUT_FAILURES; i++) expect(await attempt('wrong')).toMatchObject({ reason: 'invalid' });
    const locked = await attempt('vancouver-2018');
    expect(locked).toMatchObject({ ok: false, reason: 'locked', scope: 'pair' });
    expect(locked.ok === false && locked.reason === 'locked' && locked.retryAfterMinutes).toBe(15);
    // Another client, or another account, is not affected.
    expect(await attempt('vancouver-2018', '198.51.100.1')).toMatchObject({ ok: true });
    expect(await attempt('vancouver-2018', '203.0.113.7', 'no.staff@vancouver.test')).toMatchObject({ ok: true });
  });

  it('lifts the lock fifteen minutes after the tenth failure', async () => {
    const old = new Date(Date.now() - 16 * 60 * 1000);
    getDb()
      .insert(signInAttempts)
      .values(Array.from({ length: LOCKOUT_FAILURES }, () => ({ email: account, client: '203.0.113.7', succeeded: false, at: old })))
      .run();
    expect(await attempt('vancouver-2018')).toMatchObject({ ok: true });
  });

  it('does not count failures from before the last success', async () => {
    for (let i = 0; i < LOCKOUT_FAILURES - 1; i++) await attempt('wrong');
    expect(await attempt('vancouver-2018')).toMatchObject({ ok: true });
    expect(await attempt('wrong')).toMatchObject({ reason: 'invalid' });
    expect(await attempt('vancouver-2018')).toMatchObject({ ok: true });
  });

  it('locks an account for every client after twenty failures from rotating clients, and audits the refusal', async () => {
    for (let i = 0; i < ACCOUNT_LOCKOUT_FAILURES; i++) {
      expect(await attempt('wrong', `198.51.100.${i}`)).toMatchObject({ reason: 'invalid' });
    }
    expect(await attempt('vancouver-2018', '192.0.2.99')).toEqual({ ok: false, reason: 'locked', scope: 'account', retryAfterMinutes: 15 });
    const refusals = getDb().select().from(auditEntries).where(eq(auditEntries.action, 'sign_in_refused_locked')).all();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ outcome: 'denied', after: { email: account, client: '192.0.2.99', scope: 'account' } });
    // Other accounts from the same clients are not affected.
    expect(await attempt('vancouver-2018', '198.51.100.1', 'no.staff@vancouver.test')).toMatchObject({ ok: true });
  });

  it('does not lock an account for nineteen failures spread over clients', async () => {
    for (let i = 0; i < ACCOUNT_LOCKOUT_FAILURES - 1; i++) await attempt('wrong', `198.51.100.${i}`);
    expect(await attempt('vancouver-2018', '192.0.2.99')).toMatchObject({ ok: true });
  });

  it('locks a client spraying passwords over many accounts after thirty failures, for any account', async () => {
    const sprayer = '203.0.113.66';
    for (let i = 0; i < CLIENT_LOCKOUT_FAILURES; i++) {
      expect(await attempt('wrong', sprayer, `guess-${i}@vancouver.test`)).toMatchObject({ reason: 'invalid' });
    }
    expect(await attempt('vancouver-2018', sprayer)).toEqual({ ok: false, reason: 'locked', scope: 'client', retryAfterMinutes: 15 });
    // Another client signs in to that account as usual.
    expect(await attempt('vancouver-2018', '198.51.100.1')).toMatchObject({ ok: true });
  });

  it('neither counts a client\'s successes nor lets them reset its failures', async () => {
    const office = '203.0.113.80';
    for (let i = 0; i < 100; i++) getDb().insert(signInAttempts).values({ email: account, client: office, succeeded: true, at: new Date() }).run();
    for (let i = 0; i < CLIENT_LOCKOUT_FAILURES - 1; i++) await attempt('wrong', office, `guess-${i}@vancouver.test`);
    expect(await attempt('vancouver-2018', office)).toMatchObject({ ok: true });
    await attempt('wrong', office, 'one-more@vancouver.test');
    expect(await attempt('vancouver-2018', office)).toMatchObject({ reason: 'locked', scope: 'client' });
  });
});
