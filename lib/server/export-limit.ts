import 'server-only';
import { settings } from '@/lib/platform/env.mjs';

const WINDOW_MS = 60_000;

/**
 * Exports each account may make per minute: `EXPORT_LIMIT_PER_MINUTE` (the end-to-end suite,
 * which exports a great deal, raises it), otherwise 30, enough for a person clicking through
 * every export, not for a scraper.
 */
export function exportsPerMinute(): number {
  return settings().EXPORT_LIMIT_PER_MINUTE;
}

export type ExportAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A sliding one-minute window of export times per account. It lives in this process: the
 * app runs as one server on one SQLite file, so one process sees every export; a restart
 * forgets the window, which at worst allows one more minute's worth. Several processes
 * behind a balancer would need the window in the database instead.
 */
export class ExportLimiter {
  private readonly recent = new Map<number, number[]>();

  constructor(private readonly limit: () => number = exportsPerMinute) {}

  /** Counts an export by `userId` at `now` if it is within the limit; otherwise says when to retry. */
  take(userId: number, now = Date.now()): ExportAllowance {
    const times = (this.recent.get(userId) ?? []).filter((at) => at > now - WINDOW_MS);
    if (times.length >= this.limit()) {
      this.recent.set(userId, times);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0] + WINDOW_MS - now) / 1000)) };
    }
    times.push(now);
    this.recent.set(userId, times);
    return { allowed: true };
  }
}

const exportLimiter = new ExportLimiter();

/**
 * Null when `userId` may export now (and counts it); otherwise the 429 answer, with
 * `Retry-After` and a message that says when, and a log line.
 */
export function exportRefusal(userId: number): Response | null {
  const allowance = exportLimiter.take(userId);
  if (allowance.allowed) return null;
  const seconds = allowance.retryAfterSeconds;
  console.warn(JSON.stringify({ event: 'export_rate_limited', user: userId, retryAfterSeconds: seconds }));
  return Response.json(
    {
      error: 'too_many_exports',
      message: `Too many exports: at most ${exportsPerMinute()} a minute per account. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      retryAfterSeconds: seconds,
    },
    { status: 429, headers: { 'Retry-After': String(seconds) } },
  );
}
