'use client';

import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

/**
 * The interface messages for client components, from the client bundle rather than the
 * page. Passed from the server, the whole catalogue (35 KB) went into every page's payload
 * and again into its HTML, about a sixth of the cost of a page with little else on it;
 * bundled, it is loaded once and cached like the rest of the code.
 */
const CATALOGUES: Record<Locale, typeof en> = { en, fr };

export function ClientMessages({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={CATALOGUES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
