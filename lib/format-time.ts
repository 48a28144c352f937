/**
 * Dates as protocol writes them: "16 January 2018", 24-hour clock. The interface language
 * picks the conventions; the region is fixed so English never turns into "January 16".
 */
const CONVENTIONS: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };
const intlLocale = (locale: string) => CONVENTIONS[locale] ?? locale;

/**
 * Times are stored as UTC instants and always shown in a named zone with its label, so
 * that "09:00" can never be read in the wrong place's time.
 */

/**
 * An instant in `timeZone`: "Tuesday, 16 January 2018 at 09:00" (`full`), or
 * "16 Jan 2018, 09:00" (`medium`) where space is short, as in tables.
 */
export function formatDateTime(
  instant: Date,
  timeZone: string,
  locale: string,
  style: 'full' | 'medium' = 'full',
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeStyle: 'short', timeZone }).format(instant);
}

/** To the second, where the order of events matters (the audit log): "16 Jan 2018, 09:00:05". */
export function formatPreciseTime(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(instant);
}

/** For files read by programs (CSV): "2018-01-16 09:00:05" in `timeZone`, whatever the language. */
export function formatSortableTime(instant: Date, timeZone: string): string {
  // Swedish conventions are ISO 8601's, with a space between date and time.
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(instant);
}

/** e.g. "16 January 2018" in `timeZone`. */
export function formatDate(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(instant);
}

/** e.g. "09:00" in `timeZone`. */
export function formatTime(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone }).format(instant);
}

/** A span in one zone, e.g. "15 – 16 January 2018, 18:00 – 18:00" as the locale writes it. */
export function formatRange(start: Date, end: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).formatRange(start, end);
}

/**
 * The zone's name at `instant` (so daylight saving shows), with its IANA identifier:
 * "Pacific Standard Time (America/Vancouver)".
 */
export function zoneLabel(timeZone: string, locale: string, instant: Date): string {
  const name = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${name} (${timeZone})` : timeZone;
}
