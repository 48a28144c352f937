import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { NextRequest } from 'next/server';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { Viewer } from '@/db/viewer';
import { findViewer } from '@/db/queries/viewer';
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales';
import { authSecret } from '@/lib/platform/runtime-config.mjs';

/**
 * The signed-in viewer of this request (checked against the database), or null. Cached per
 * request. Reads the session cookie's token as the proxy does (getToken: next-auth's cookie
 * name and chunks); getServerSession would also re-sign the token, make a CSRF token and
 * run the jwt callback's account check, which `findViewer` makes here anyway, on every page.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Only the cookies are passed on, so a token is never taken from an Authorization header.
  // They are read through cookies(), which a server action's own cookie changes reach: the
  // page drawn after a new password renewed this session must see the renewed one.
  const req = new NextRequest('http://localhost/', { headers: { cookie: (await cookies()).toString() } });
  const token = await getToken({ req, secret: authSecret() });
  if (!token?.userId) return null;
  const locale = await getLocale();
  return findViewer(token.userId, token.sessionVersion, isLocale(locale) ? locale : DEFAULT_LOCALE);
});

/** The viewer, or a redirect to sign-in that comes back to `returnTo`. For pages. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
