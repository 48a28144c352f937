import { intlLocale } from './format-time';

const formatters = new Map<string, Intl.ListFormat>();

/**
 * Names as a sentence lists them in `locale`: "Japan, Türkiye and France", "Japon, Turquie
 * et France". The formatter for each language is made once.
 */
export function formatList(items: readonly string[], locale: string): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' });
    formatters.set(locale, format);
  }
  return format.format(items);
}
