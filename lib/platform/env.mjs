// Every setting the application takes from its environment, read here and checked by one
// schema, so a mistyped value stops `npm start` (and the server, from instrumentation.ts)
// with its reason instead of quietly becoming a default. Plain JavaScript: the start script
// reads it before Next runs. README's Configuration table lists the same variables.
import { z } from 'zod';

/** @param {number} fallback */
const atLeastOne = (fallback) => z.coerce.number().int().min(1).default(fallback);

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_PATH: z.string().default('./data/vancouver.db'),
  /** The site's public address; `npm start` sets it to the local one when unset. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: 'NEXTAUTH_URL must be an http:// or https:// address' }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  SEED_DEMO: z.enum(['0', '1'], { error: 'SEED_DEMO must be 0 or 1' }).default('1'),
  BACKUP_KEEP: atLeastOne(10),
  EXPORT_LIMIT_PER_MINUTE: atLeastOne(30),
  HEAVY_RENDER_CONCURRENCY: atLeastOne(2),
  TRUSTED_PROXIES: atLeastOne(1),
  SERVER_HEAP_MB: z.coerce.number().int().min(64).default(192),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'SMTP_URL must look like smtp://user:password@relay.example:587 or smtps://…' })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).optional(),
  /** The first retry's wait; each further failure doubles it (at most an hour). */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
  /** How often the mailer looks at the outbox when nothing woke it. */
  MAIL_POLL_MS: z.coerce.number().int().min(100).default(15_000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

/** @typedef {z.infer<typeof schema>} Settings */

/** @type {{ given: string, settings: Settings } | undefined} */
let last;

/**
 * The settings as the environment holds them now; an empty variable counts as unset. The
 * proxy asks on every request, so the parse is kept until a variable changes (a test that
 * stubs one sees it at once).
 * @returns {Settings}
 * @throws {Error} naming each malformed variable and what it must be
 */
export function settings() {
  const given = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, process.env[name] || undefined]));
  const key = JSON.stringify(given);
  if (last?.given === key) return last.settings;
  const parsed = schema.safeParse(given);
  if (!parsed.success) throw new Error(`Configuration: ${z.prettifyError(parsed.error)}`);
  last = { given: key, settings: parsed.data };
  return parsed.data;
}
