import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { Viewer } from '@/db/access';
import { findViewer } from '@/db/queries/viewer';
import { authSecret } from './runtime-config.mjs';
import { servedOverHttps } from './security-headers.mjs';

/**
 * next-auth's session cookie (its default names). A token of a few claims stays far below
 * the 4 kB at which next-auth would split it into numbered chunks.
 */
const sessionCookie = () =>
  servedOverHttps(process.env.NEXTAUTH_URL) ? '__Secure-next-auth.session-token' : 'next-auth.session-token';

/**
 * The signed-in viewer of this request (checked against the database), or null. Cached per
 * request. Reads the session cookie's token directly: getServerSession would also re-sign
 * the token, make a CSRF token and run the jwt callback's account check, which
 * `findViewer` makes here anyway, on every page.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const sent = (await cookies()).get(sessionCookie())?.value;
  // An expired, tampered or foreign token fails to decrypt: signed out, as next-auth has it.
  const token = sent ? await decode({ token: sent, secret: authSecret() }).catch(() => null) : null;
  if (typeof token?.userId !== 'number' || typeof token.sessionVersion !== 'number') return null;
  return findViewer(token.userId, token.sessionVersion);
});

/** The viewer, or a redirect to sign-in that comes back to `returnTo`. For pages. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
