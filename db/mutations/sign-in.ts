import 'server-only';
import { and, desc, eq, gt, type SQL } from 'drizzle-orm';
import { decoyPasswordHash, verifyPassword } from '@/lib/platform/password';
import { getDb } from '../client';
import { signInAttempts, users } from '../schema';
import { writeAudit } from './audit';

export const LOCKOUT_FAILURES = 10;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
/**
 * Failures for one account from any client before it is locked for everyone. Someone who
 * rotates addresses (many machines) gets 20 guesses per quarter hour, not
 * unlimited ones. The price is that an attacker can keep a known address locked out; we
 * accept it because the accounts are a few hundred named officials for a two-day meeting,
 * the lock lifts by itself after fifteen minutes, each refusal is logged and audited for the
 * secretariat to see, and a guessable password would cost far more than a wait.
 */
export const ACCOUNT_LOCKOUT_FAILURES = 20;
/**
 * Failures from one client across all accounts (password spraying). Successes are not
 * counted and do not reset it, so a busy shared address (a delegation office, the test
 * suite on 127.0.0.1) that signs in correctly is never held back.
 */
export const CLIENT_LOCKOUT_FAILURES = 30;

/** Which limit refused the attempt: the account from this client, the account, or the client. */
export type LockScope = 'pair' | 'account' | 'client';

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; scope: LockScope; retryAfterMinutes: number };

/** Lower-cased and trimmed: the form in which e-mails are stored and compared. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * The end of a lock, or null. Locked when the last `failures` attempts matching `where`
 * (only failures, or since the last success when `successResets`) fall within fifteen
 * minutes; the lock lasts fifteen minutes from the last of them. Refused attempts are not
 * recorded, so they do not extend it.
 */
function lockedUntil(where: SQL | undefined, failures: number, successResets: boolean, now: number): number | null {
  const recent = getDb()
    .select({ at: signInAttempts.at, succeeded: signInAttempts.succeeded })
    .from(signInAttempts)
    .where(
      and(
        where,
        successResets ? undefined : eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, new Date(now - 2 * LOCKOUT_WINDOW_MS)),
      ),
    )
    .orderBy(desc(signInAttempts.at), desc(signInAttempts.id))
    .limit(failures)
    .all();
  if (recent.length < failures || recent.some((a) => a.succeeded)) return null;
  const newest = recent[0].at.getTime();
  const oldest = recent[recent.length - 1].at.getTime();
  if (newest - oldest > LOCKOUT_WINDOW_MS) return null;
  const until = newest + LOCKOUT_WINDOW_MS;
  return until > now ? until : null;
}

/** The lock that holds longest among those that apply to this attempt, or null. */
export function activeLock(email: string, client: string, now: number): { scope: LockScope; until: number } | null {
  const locks: { scope: LockScope; until: number | null }[] = [
    { scope: 'pair', until: lockedUntil(and(eq(signInAttempts.email, email), eq(signInAttempts.client, client)), LOCKOUT_FAILURES, true, now) },
    { scope: 'account', until: lockedUntil(eq(signInAttempts.email, email), ACCOUNT_LOCKOUT_FAILURES, true, now) },
    { scope: 'client', until: lockedUntil(eq(signInAttempts.client, client), CLIENT_LOCKOUT_FAILURES, false, now) },
  ];
  let longest: { scope: LockScope; until: number } | null = null;
  for (const { scope, until } of locks) {
    if (until !== null && (!longest || until > longest.until)) longest = { scope, until };
  }
  return longest;
}

/**
 * Checks an e-mail and password from `client` (its IP address). A wrong password and an
 * unknown or disabled account give the same answer after the same work. Every failure
 * is recorded, logged and audited. Three limits apply (see the constants above): ten
 * failures for the account from this client, twenty for the account from anywhere, thirty
 * from this client for any accounts, each within fifteen minutes; a refusal is logged and
 * audited too, and says which limit and for how long.
 */
export async function attemptSignIn(input: {
  email: string;
  password: string;
  client: string;
}): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const now = Date.now();
  const lock = activeLock(email, input.client, now);
  if (lock) {
    console.warn(JSON.stringify({ event: 'sign_in_refused_locked', scope: lock.scope, email, client: input.client }));
    writeAudit(getDb(), null, {
      action: 'sign_in_refused_locked',
      recordType: 'user',
      outcome: 'denied',
      after: { email, client: input.client, scope: lock.scope, until: new Date(lock.until).toISOString() },
    });
    return { ok: false, reason: 'locked', scope: lock.scope, retryAfterMinutes: Math.ceil((lock.until - now) / 60000) };
  }

  const db = getDb();
  const user = db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const matches = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    input.password,
  );
  const succeeded = Boolean(user && user.passwordHash && matches && !user.disabledAt);

  db.$client.transaction(() => {
    db.insert(signInAttempts)
      .values({ email, client: input.client, succeeded, at: new Date(now) })
      .run();
    if (!succeeded) {
      writeAudit(db, null, {
        action: 'sign_in_failed',
        recordType: 'user',
        recordId: user?.id ?? null,
        outcome: 'denied',
        after: { email, client: input.client },
      });
    }
  })();

  if (!succeeded || !user) {
    console.warn(JSON.stringify({ event: 'sign_in_failed', email, client: input.client }));
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
