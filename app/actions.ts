'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from '@/i18n/locales';
import { validatedAction } from '@/lib/action';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Keeps the interface language in a cookie; the page re-renders in it at once. */
export const chooseLanguage = validatedAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    path: '/',
    httpOnly: true,
  });
  return { ok: true };
});
