import 'server-only';
import { z } from 'zod';

const schema = z.object({
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'SMTP_URL must look like smtp://user:password@relay.example:587 or smtps://…' })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).optional(),
  /** The first retry's wait; each further failure doubles it (at most an hour). */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
  /** How often the mailer looks at the outbox when nothing woke it. */
  MAIL_POLL_MS: z.coerce.number().int().min(100).default(15_000),
});

export type MailSettings = { smtpUrl: string; from: string; retryBaseMs: number; pollMs: number };

let cached: { settings: MailSettings | null } | undefined;

/**
 * The mail settings, or null when no SMTP server is configured (the app then works without
 * mail, and the accounts page says so). A malformed setting stops the server with its
 * reason rather than being ignored.
 */
export function mailSettings(): MailSettings | null {
  if (cached) return cached.settings;
  const parsed = schema.safeParse({
    SMTP_URL: process.env.SMTP_URL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    MAIL_RETRY_BASE_MS: process.env.MAIL_RETRY_BASE_MS || undefined,
    MAIL_POLL_MS: process.env.MAIL_POLL_MS || undefined,
  });
  if (!parsed.success) throw new Error(`Mail settings: ${z.prettifyError(parsed.error)}`);
  const env = parsed.data;
  const settings = env.SMTP_URL
    ? {
        smtpUrl: env.SMTP_URL,
        from: env.MAIL_FROM ?? `Vancouver Group <no-reply@${new URL(env.SMTP_URL).hostname}>`,
        retryBaseMs: env.MAIL_RETRY_BASE_MS,
        pollMs: env.MAIL_POLL_MS,
      }
    : null;
  cached = { settings };
  return settings;
}
