'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from '@/i18n/locales';
import { rememberLanguage } from '@/db/mutations/notifications';
import { validatedAction } from '@/lib/server/action';
import { getViewer } from '@/lib/server/viewer';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Keeps the interface language in a cookie; the page re-renders in it at once. A signed-in
 * account also keeps it, so that its mail is written in it.
 */
export const chooseLanguage = validatedAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    path: '/',
    httpOnly: true,
  });
  const viewer = await getViewer();
  if (viewer) rememberLanguage(viewer, locale);
  return { ok: true };
});
