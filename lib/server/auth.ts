import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { attemptSignIn } from '@/db/mutations/sign-in';
import { findViewer } from '@/db/queries/viewer';
import { clientAddress } from '@/lib/platform/client-address';
import { authSecret } from '@/lib/platform/runtime-config.mjs';

/** How long a session lasts without a request that renews it. */
export const SESSION_SECONDS = 12 * 60 * 60;
const SESSION_REVOKED = 'Session revoked';

/**
 * Error codes the sign-in form turns into messages (`locked:<scope>:<minutes>`); anything
 * else reads as "invalid".
 */
export const SIGN_IN_LOCKED_PREFIX = 'locked:';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

let options: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use: reading the secret may create it in the
 * data folder, which must not happen while `next build` merely loads this module.
 */
export function authOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

const buildAuthOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: '/login' },
  logger: {
    // A revoked session (disabled account, signed out everywhere) is expected, not a fault:
    // one line, no stack. Everything else keeps next-auth's own reporting.
    error(code, metadata) {
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: string } | undefined)?.message;
      if (code === 'JWT_SESSION_ERROR' && message === SESSION_REVOKED) {
        console.warn(JSON.stringify({ event: 'session_revoked' }));
        return;
      }
      console.error(JSON.stringify({ event: 'auth_error', code, message }));
    },
    warn(code) {
      console.warn(JSON.stringify({ event: 'auth_warning', code }));
    },
    debug() {},
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const forwardedFor = req.headers?.['x-forwarded-for'];
        const result = await attemptSignIn({
          ...parsed.data,
          client: clientAddress(typeof forwardedFor === 'string' ? forwardedFor : undefined),
        });
        if (result.ok) {
          return { id: String(result.userId), sessionVersion: result.sessionVersion };
        }
        if (result.reason === 'locked') {
          throw new Error(`${SIGN_IN_LOCKED_PREFIX}${result.scope}:${result.retryAfterMinutes}`);
        }
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = Number(user.id);
        token.sessionVersion = (user as unknown as { sessionVersion: number }).sessionVersion;
        return token;
      }
      // Every request: a disabled account, or one that signed out everywhere, loses the
      // session here. Throwing makes next-auth drop the session and clear its cookie.
      if (!findViewer(token.userId, token.sessionVersion)) throw new Error(SESSION_REVOKED);
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.userId, sessionVersion: token.sessionVersion };
    },
  },
});
