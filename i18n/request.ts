import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { typesetCatalogue } from '@/lib/domain/typography';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from './locales';

/**
 * The server's own zone, for formatting that names no zone of its own (meeting times name
 * the meeting's). Found once: left to next-intl, every request built an Intl.DateTimeFormat
 * to ask, about half a millisecond each.
 */
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

// The interface language is a choice kept in a cookie, not a part of the address:
// people paste our URLs into cables, and a link must open the same page for everyone.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: SERVER_TIME_ZONE,
    messages: await typesetMessages(locale),
  };
});

/** Each catalogue typeset once (French spacing before `: ; ! ?` and inside « »), not on every request. */
const typeset = new Map<Locale, Promise<Record<string, unknown>>>();

function typesetMessages(locale: Locale) {
  let messages = typeset.get(locale);
  if (!messages) {
    messages = import(`../messages/${locale}.json`).then((catalogue) => typesetCatalogue(catalogue.default, locale));
    typeset.set(locale, messages);
  }
  return messages;
}
