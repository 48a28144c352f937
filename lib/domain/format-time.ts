import { toLocalDateTime, zoneOffsetMs } from './zoned-time';

/**
 * Dates as protocol writes them: "16 January 2018", 24-hour clock. The interface language
 * picks the conventions; the region is fixed so English never turns into "January 16".
 */
const CONVENTIONS: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };
/** The Intl locale that writes the interface language `locale` as protocol does. */
export const intlLocale = (locale: string) => CONVENTIONS[locale] ?? locale;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for `locale` (an interface language) and `options`, made once. Making one
 * costs about 0.2 ms and using one about 5 µs, and a long text shows hundreds of dates. The
 * cache stays small: two languages, the zones in use, and the few styles below.
 */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    formatters.set(key, format);
  }
  return format;
}

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
  return dateTimeFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone }).format(instant);
}

/** To the second, where the order of events matters (the audit log): "16 Jan 2018, 09:00:05". */
export function formatPreciseTime(instant: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(instant);
}

/** For files read by programs (CSV): "2018-01-16 09:00:05" in `timeZone`, whatever the language. */
export function formatSortableTime(instant: Date, timeZone: string): string {
  // Swedish conventions are ISO 8601's, with a space between date and time.
  return dateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(instant);
}

/** e.g. "16 January 2018" in `timeZone`. */
export function formatDate(instant: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant);
}

/** e.g. "09:00" in `timeZone`. */
export function formatTime(instant: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(instant);
}

/** The calendar days of a span in one zone: "15–16 January 2018". */
export function formatDates(start: Date, end: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).formatRange(start, end);
}

/** A span in one zone, e.g. "15 – 16 January 2018, 18:00 – 18:00" as the locale writes it. */
export function formatRange(start: Date, end: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).formatRange(start, end);
}

/**
 * The zone's name with its IANA identifier. `long` names the time in force at `instant`,
 * so daylight saving shows ("Pacific Standard Time (America/Vancouver)"); `generic` names
 * the zone whatever the season ("Pacific Time (America/Vancouver)"), for whole programmes.
 */
export function zoneLabel(timeZone: string, locale: string, instant: Date, style: 'long' | 'generic' = 'long'): string {
  const name = zoneName(timeZone, locale, instant, style === 'long' ? 'long' : 'longGeneric');
  return name ? `${name} (${timeZone})` : timeZone;
}

function zoneName(timeZone: string, locale: string, instant: Date, style: 'long' | 'longGeneric') {
  return dateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * A span as `fields` write it in `timeZone`. When the zone's clocks change inside the span
 * (daylight saving), each end carries its own UTC offset, so an hour that looks like two
 * ("01:30 – 03:30" on the night clocks go forward) reads right.
 */
function formatSpan(start: Date, end: Date, timeZone: string, locale: string, fields: Intl.DateTimeFormatOptions): string {
  if (zoneOffsetMs(timeZone, start) === zoneOffsetMs(timeZone, end)) {
    return dateTimeFormat(locale, { ...fields, timeZone }).formatRange(start, end);
  }
  const withOffset = dateTimeFormat(locale, { ...fields, timeZone, timeZoneName: 'shortOffset' });
  return `${withOffset.format(start)} – ${withOffset.format(end)}`;
}

/** An item's start and end on the meeting's clock: "09:00–10:45", or "01:30 GMT-8 – 03:30 GMT-7" across a clock change. */
export function formatTimeSpan(start: Date, end: Date, timeZone: string, locale: string): string {
  return formatSpan(start, end, timeZone, locale, { hour: '2-digit', minute: '2-digit' });
}

/**
 * The same span on the viewer's own clock, with the day (it may not be the meeting's) and
 * the viewer's zone: "Wed 17 Jan, 01:00–02:45 (Korean Standard Time)". Null when the
 * viewer's clock reads exactly as the meeting's, so nothing is said twice.
 */
export function formatViewerSpan(
  start: Date,
  end: Date,
  meetingZone: string,
  viewerZone: string,
  locale: string,
): string | null {
  const sameClock = [start, end].every((instant) => toLocalDateTime(instant, meetingZone) === toLocalDateTime(instant, viewerZone));
  if (sameClock) return null;
  const span = formatSpan(start, end, viewerZone, locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return `${span} (${zoneName(viewerZone, locale, start, 'longGeneric') ?? viewerZone})`;
}
