/**
 * Wall-clock times in a named zone, as forms carry them (`<input type="datetime-local">`
 * gives "2018-01-16T09:00" with no zone), and back. Intl knows every zone's rules, so no
 * time-zone library is needed; the one subtlety is daylight saving, where a wall-clock time
 * can be missing (clocks jump forward) or occur twice (clocks fall back).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** "YYYY-MM-DDTHH:mm", the value of a datetime-local input. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(instant: number, timeZone: string) {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/**
 * How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds
 * (Vancouver in January: -8 h). Seconds-level offsets of old local mean time are kept.
 */
export function zoneOffsetMs(timeZone: string, instant: Date | number): number {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const p = wallClockParts(at, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The instant's wall-clock time in `timeZone` as a datetime-local value, "2018-01-16T09:00". */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const p = wallClockParts(instant.getTime(), timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar date of the instant in `timeZone`, "2018-01-16": how the programme groups days. */
export function toLocalDate(instant: Date, timeZone: string): string {
  return toLocalDateTime(instant, timeZone).slice(0, 10);
}

export type ZonedResolution =
  /** The wall-clock time occurs once. */
  | { kind: 'unique'; instant: Date }
  /** Clocks fell back and it occurs twice: the earlier one (as RFC 5545 and Temporal read it), and the later. */
  | { kind: 'repeated'; instant: Date; later: Date }
  /** Clocks jumped forward over it: it never happens there. */
  | { kind: 'skipped' }
  | { kind: 'invalid' };

/**
 * The instant at which `timeZone`'s clocks show `local` ("YYYY-MM-DDTHH:mm"). Every zone
 * change in history is at least a day apart, so the offsets a day either side are the only
 * candidates: a candidate is right when the zone, at that instant, shows `local` again.
 */
export function fromLocalDateTime(local: string, timeZone: string): ZonedResolution {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return { kind: 'invalid' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asIfUtc) || new Date(asIfUtc).getUTCDate() !== day || hour > 23 || minute > 59) {
    return { kind: 'invalid' };
  }
  const offsets = new Set([zoneOffsetMs(timeZone, asIfUtc - DAY_MS), zoneOffsetMs(timeZone, asIfUtc + DAY_MS)]);
  const matches = [...offsets]
    .map((offset) => asIfUtc - offset)
    .filter((candidate) => toLocalDateTime(new Date(candidate), timeZone) === local)
    .sort((a, b) => a - b);
  if (matches.length === 0) return { kind: 'skipped' };
  if (matches.length === 1) return { kind: 'unique', instant: new Date(matches[0]) };
  return { kind: 'repeated', instant: new Date(matches[0]), later: new Date(matches[matches.length - 1]) };
}

/**
 * A form's local date and time ("2018-01-16T09:00", or with a space) on `timeZone`'s clock
 * as an instant; null when it is not a valid date and time or never happens there. Where
 * clocks fall back, the earlier of the two instants.
 */
export function localInputToInstant(value: string, timeZone: string): Date | null {
  const resolved = fromLocalDateTime(value.trim().replace(' ', 'T'), timeZone);
  return resolved.kind === 'unique' || resolved.kind === 'repeated' ? resolved.instant : null;
}

const calendarParts = (local: string) => local.split(/[-T:]/).map(Number);

/**
 * The same clock time `days` calendar days later (earlier when negative): "2018-01-16T09:00"
 * and 365 give "2019-01-16T09:00". Counted on the calendar, not in hours, so a change of
 * clocks in between does not move the time of day.
 */
export function addCalendarDays(local: string, days: number): string {
  const [year, month, day, hour, minute] = calendarParts(local);
  const moved = new Date(Date.UTC(year, month - 1, day + days, hour, minute));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}T${pad(moved.getUTCHours())}:${pad(moved.getUTCMinutes())}`;
}

/** How many calendar days `to` ("YYYY-MM-DD") comes after `from`; negative when before. */
export function calendarDaysBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = calendarParts(from);
  const [toYear, toMonth, toDay] = calendarParts(to);
  return Math.round((Date.UTC(toYear, toMonth - 1, toDay) - Date.UTC(fromYear, fromMonth - 1, fromDay)) / DAY_MS);
}
