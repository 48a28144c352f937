/**
 * Wall-clock times in a named zone ↔ UTC instants, for form fields (`datetime-local`
 * values are local to the meeting, never to the browser or the server).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
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
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClockParts(instant: number, timeZone: string) {
  const parts = Object.fromEntries(wallClockFormat(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Vancouver in January: -8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `local` ("2018-01-16T09:00" or with
 * seconds). A time skipped by a daylight-saving change is moved forward by the gap; a
 * time that occurs twice takes the earlier occurrence. Throws on a malformed value.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s || 0);
  const earlier = asUtc - offsetAt(asUtc - 86_400_000 / 2, timeZone);
  const later = asUtc - offsetAt(asUtc + 86_400_000 / 2, timeZone);
  // Try both offsets around the date; keep the first that shows the asked-for wall clock.
  for (const candidate of [Math.min(earlier, later), Math.max(earlier, later)]) {
    if (candidate + offsetAt(candidate, timeZone) === asUtc) return new Date(candidate);
  }
  // In a gap: no instant shows that wall clock; the later offset moves it past the gap.
  return new Date(asUtc - offsetAt(asUtc - 86_400_000 / 2, timeZone));
}

/** `instant` as the `datetime-local` value clocks in `timeZone` show ("2018-01-16T09:00"). */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const p = wallClockParts(instant.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}
