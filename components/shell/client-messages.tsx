'use client';

import dynamic from 'next/dynamic';
import type { Locale } from '@/i18n/locales';

/**
 * The interface messages for client components, from the client bundle rather than the
 * page. Passed from the server, the whole catalogue (35 KB) went into every page's payload
 * and again into its HTML, about a sixth of the cost of a page with little else on it.
 * Each language is a chunk of its own, loaded only when rendered (the server draws it into
 * the page and names its chunk for the browser to fetch at once): a reader downloads the
 * catalogue of the language they read, not both. Imported statically, both landed in the
 * root layout's one chunk.
 */
const PROVIDERS = {
  en: dynamic(() => import('./messages-en').then((catalogue) => catalogue.EnglishMessages)),
  fr: dynamic(() => import('./messages-fr').then((catalogue) => catalogue.FrenchMessages)),
} satisfies Record<Locale, unknown>;

export function ClientMessages({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: React.ReactNode }) {
  const Messages = PROVIDERS[locale];
  return <Messages timeZone={timeZone}>{children}</Messages>;
}
