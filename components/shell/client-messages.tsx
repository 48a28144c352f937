'use client';

import {
  createTranslator,
  NextIntlClientProvider,
  useLocale,
  useTimeZone,
  type AbstractIntlMessages,
  type useTranslations as useIntlTranslations,
} from 'next-intl';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { typesetCatalogue } from '@/lib/domain/typography';

/**
 * The interface messages for client components, from the client bundle rather than the
 * page. Passed from the server, the whole catalogue (35 KB) went into every page's payload
 * and again into its HTML, about a sixth of the cost of a page with little else on it;
 * bundled, it is loaded once and cached like the rest of the code. French is typeset here
 * as the server typesets its own (i18n/request.ts), so both sides print the same spacing.
 */
const CATALOGUES: Record<Locale, typeof en> = { en, fr: typesetCatalogue(fr, 'fr') };

export function ClientMessages({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={CATALOGUES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}

type Translator = ReturnType<typeof useIntlTranslations>;

/** One translator per language, time zone and namespace, for as long as the process (or tab) lives. */
const translators = new Map<string, Translator>();

/**
 * next-intl's `useTranslations` for client components, with the translator made once rather
 * than by every component that asks. next-intl builds a new one for each component instance
 * on the server, and a long text has thousands of them (every paragraph, amendment card and
 * comment thread): that, and looking up the same plain labels again each time, was about a
 * seventh of the 300-paragraph document's render. The catalogues are fixed at build time,
 * so a translator and the plain labels it has looked up are the same for every request.
 */
export function useTranslations(namespace?: string): Translator {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const key = `${locale}|${timeZone}|${namespace ?? ''}`;
  let translator = translators.get(key);
  if (!translator) {
    const messages: AbstractIntlMessages = CATALOGUES[isLocale(locale) ? locale : DEFAULT_LOCALE];
    translator = rememberPlainLabels(createTranslator({ locale, timeZone, messages, namespace }) as Translator);
    translators.set(key, translator);
  }
  return translator;
}

/**
 * The translator with the labels it returns for a key alone kept: a label without values
 * never changes. A message with values is formatted each time, since the values are open-ended.
 */
function rememberPlainLabels(translate: Translator): Translator {
  const labels = new Map<string, string>();
  const remembering = ((key: string, values?: Parameters<Translator>[1], formats?: Parameters<Translator>[2]) => {
    if (values !== undefined || formats !== undefined) return translate(key, values, formats);
    let label = labels.get(key);
    if (label === undefined) {
      label = translate(key);
      labels.set(key, label);
    }
    return label;
  }) as Translator;
  return Object.assign(remembering, { rich: translate.rich, markup: translate.markup, raw: translate.raw, has: translate.has });
}
