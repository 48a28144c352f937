import { toLocalDateTime, zoneOffsetMs } from './zoned-time';

/**
 * iCalendar (RFC 5545) for the programme: one VEVENT per item, times on the meeting's own
 * clock (TZID) with the zone's rules written out as a VTIMEZONE, so a calendar shows every
 * item at the right moment wherever its owner is. Each event keeps its UID across exports
 * and raises SEQUENCE when it changes, so a re-import updates instead of duplicating.
 */

export type CalendarEvent = {
  /** Stable for the life of the item, unique across every calendar. */
  uid: string;
  /** Revision of the event: 0 first, higher after each change. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  categories: string[];
  lastModified: Date | null;
};

export type Calendar = {
  name: string;
  /** IANA zone of the meeting: DTSTART and DTEND are written on its clock. */
  timeZone: string;
  events: CalendarEvent[];
  /** When the file is made (DTSTAMP). */
  now: Date;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const DAY_MS = 24 * 60 * 60 * 1000;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (§3.1) so no physical line exceeds 75 octets of UTF-8: continuation
 * lines start with one space. A character is never split across lines.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = lines.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

const basicDateTime = (local: string) => `${local.replace(/[-:]/g, '')}00`;
/** The wall-clock reading of a UTC instant shifted by an offset, as a datetime-local string. */
const wallClock = (instant: number, offset: number) => new Date(instant + offset).toISOString().slice(0, 16);
const utcStamp = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function utcOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(ms / 60_000));
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
}

function abbreviation(timeZone: string, instant: number): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** The first instant at which the zone's offset differs from its offset at `from` (which it does by `to`). */
function transitionBetween(timeZone: string, from: number, to: number): number {
  const before = zoneOffsetMs(timeZone, from);
  let low = from;
  let high = to;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2);
    if (zoneOffsetMs(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The zone's rules over the calendar years the events span, as explicit observances: the
 * offset in force on 1 January of the first year, then each change of offset. Explicit
 * onsets rather than RRULEs, because Intl reveals the changes, not the rules behind them.
 */
function timeZoneLines(timeZone: string, events: readonly CalendarEvent[]): string[] {
  const years = events.flatMap((e) => [e.start.getUTCFullYear(), e.end.getUTCFullYear()]);
  const from = Date.UTC(Math.min(...years), 0, 1);
  const to = Date.UTC(Math.max(...years) + 1, 0, 1);
  const observance = (onset: number, fromOffset: number, toOffset: number) => {
    const january = zoneOffsetMs(timeZone, Date.UTC(new Date(onset).getUTCFullYear(), 0, 1));
    const july = zoneOffsetMs(timeZone, Date.UTC(new Date(onset).getUTCFullYear(), 6, 1));
    const kind = toOffset > Math.min(january, july) ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      // The onset on the clock as it read just before the change (§3.6.5).
      `DTSTART:${basicDateTime(wallClock(onset, fromOffset))}`,
      `TZOFFSETFROM:${utcOffset(fromOffset)}`,
      `TZOFFSETTO:${utcOffset(toOffset)}`,
      `TZNAME:${abbreviation(timeZone, onset)}`,
      `END:${kind}`,
    ];
  };
  const initial = zoneOffsetMs(timeZone, from - zoneOffsetMs(timeZone, from));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observance(from - initial, initial, initial)];
  let offset = initial;
  for (let day = from; day < to; day += DAY_MS) {
    const next = zoneOffsetMs(timeZone, day + DAY_MS);
    if (next === offset) continue;
    const onset = transitionBetween(timeZone, day, day + DAY_MS);
    lines.push(...observance(onset, offset, next));
    offset = next;
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function eventLines(event: CalendarEvent, timeZone: string, now: Date): string[] {
  const onClock = (instant: Date) => `;TZID=${timeZone}:${basicDateTime(toLocalDateTime(instant, timeZone))}`;
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART${onClock(event.start)}`,
    `DTEND${onClock(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    ...(event.lastModified ? [`LAST-MODIFIED:${utcStamp(event.lastModified)}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** The whole calendar file: CRLF line ends, folded lines, ending with CRLF. */
export function buildCalendar({ name, timeZone, events, now }: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vancouver Group//Programme//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...(events.length ? timeZoneLines(timeZone, events) : []),
    ...events.flatMap((event) => eventLines(event, timeZone, now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
