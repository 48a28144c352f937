import 'server-only';
import { encode, getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { NextRequest } from 'next/server';
import { SESSION_SECONDS } from './auth';
import { settings } from '@/lib/platform/env.mjs';
import { authSecret } from '@/lib/platform/runtime-config.mjs';
import { servedOverHttps } from '@/lib/platform/security-headers.mjs';

/**
 * Moves this browser's session on to the account's new session version, from a server
 * action, after a change that ended every other session (a new password): the others keep
 * the old version and findViewer refuses them; this one stays signed in. The cookie is the
 * one next-auth itself writes (its name, the `__Secure-` prefix over https, its options).
 */
export async function renewThisSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const secure = servedOverHttps(settings().NEXTAUTH_URL);
  const req = new NextRequest('http://localhost/', { headers: { cookie: jar.toString() } });
  const token = await getToken({ req, secret: authSecret(), secureCookie: secure });
  if (!token) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  jar.set(secure ? '__Secure-next-auth.session-token' : 'next-auth.session-token', await encode({ token: { ...claims, sessionVersion }, secret: authSecret(), maxAge: SESSION_SECONDS }), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: SESSION_SECONDS,
  });
}
