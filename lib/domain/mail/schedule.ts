import { addCalendarDays, localInputToInstant, toLocalDateTime } from '@/lib/domain/zoned-time';

/** The hour, on the meeting's clock, at which the day's digest goes: before the day's first session. */
export const DIGEST_HOUR = '07:00';

/** The first digest hour in `timeZone` after `now`: today's if it is still to come, else tomorrow's. */
export function nextDigestAt(now: Date, timeZone: string): Date {
  const today = `${toLocalDateTime(now, timeZone).slice(0, 10)}T${DIGEST_HOUR}`;
  for (const day of [0, 1, 2]) {
    // A clock change at 07:00 (none exists today) would skip the hour: then the next day's.
    const at = localInputToInstant(addCalendarDays(today, day), timeZone);
    if (at && at > now) return at;
  }
  return new Date(now.getTime() + 24 * 60 * 60 * 1000);
}

/** Attempts before a mail the server keeps refusing for a passing reason is marked failed. */
export const MAX_MAIL_ATTEMPTS = 10;
const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/**
 * The wait before attempt `attempts + 1` after `attempts` failures: `baseMs` doubled at each
 * failure, at most an hour, so a relay that is down for a while is not hammered and one
 * that is back soon gets the mail soon.
 */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
}

/**
 * Whether the server's refusal is final: a 5xx reply (RFC 5321: the same mail will be
 * refused again). Connection failures and 4xx replies pass, and are retried.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
