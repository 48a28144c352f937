import 'server-only';
import { settings } from '@/lib/platform/env.mjs';

export type MailSettings = { smtpUrl: string; from: string; retryBaseMs: number; pollMs: number };

let cached: { settings: MailSettings | null } | undefined;

/**
 * The mail settings, or null when no SMTP server is configured (the app then works without
 * mail, and the accounts page says so). A malformed setting stops the server with its
 * reason rather than being ignored.
 */
export function mailSettings(): MailSettings | null {
  if (cached) return cached.settings;
  const env = settings();
  const mail = env.SMTP_URL
    ? {
        smtpUrl: env.SMTP_URL,
        from: env.MAIL_FROM ?? `Vancouver Group <no-reply@${new URL(env.SMTP_URL).hostname}>`,
        retryBaseMs: env.MAIL_RETRY_BASE_MS,
        pollMs: env.MAIL_POLL_MS,
      }
    : null;
  cached = { settings: mail };
  return mail;
}
