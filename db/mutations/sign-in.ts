import 'server-only';
import { and, desc, eq, gt } from 'drizzle-orm';
import { decoyPasswordHash, verifyPassword } from '@/lib/password';
import { getDb } from '../client';
import { signInAttempts, users } from '../schema';
import { writeAudit } from './audit';

export const LOCKOUT_FAILURES = 10;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterMinutes: number };

/** Lower-cased and trimmed: the form in which e-mails are stored and compared. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * The end of the lockout for this account from this client, or null. Locked when the last
 * ten failures since the last success fall within fifteen minutes; the lock lasts fifteen
 * minutes from the tenth. Refused attempts are not recorded, so they do not extend it.
 */
function lockedUntil(email: string, client: string, now: number): number | null {
  const recent = getDb()
    .select({ at: signInAttempts.at, succeeded: signInAttempts.succeeded })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        eq(signInAttempts.client, client),
        gt(signInAttempts.at, new Date(now - 2 * LOCKOUT_WINDOW_MS)),
      ),
    )
    .orderBy(desc(signInAttempts.at), desc(signInAttempts.id))
    .limit(LOCKOUT_FAILURES)
    .all();
  if (recent.length < LOCKOUT_FAILURES || recent.some((a) => a.succeeded)) return null;
  const newest = recent[0].at.getTime();
  const oldest = recent[recent.length - 1].at.getTime();
  if (newest - oldest > LOCKOUT_WINDOW_MS) return null;
  const until = newest + LOCKOUT_WINDOW_MS;
  return until > now ? until : null;
}

/**
 * Checks an e-mail and password from `client` (its IP address). A wrong password and an
 * unknown or disabled account give the same answer after the same work. Every failure
 * is recorded, logged and audited; after ten in fifteen minutes the account is locked for
 * that client.
 */
export async function attemptSignIn(input: {
  email: string;
  password: string;
  client: string;
}): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const now = Date.now();
  const until = lockedUntil(email, input.client, now);
  if (until !== null) {
    console.warn(JSON.stringify({ event: 'sign_in_refused_locked', email, client: input.client }));
    return { ok: false, reason: 'locked', retryAfterMinutes: Math.ceil((until - now) / 60000) };
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
