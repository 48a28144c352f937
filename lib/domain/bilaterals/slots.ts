import { zoneOffsetMs } from '@/lib/domain/zoned-time';

/** A stretch of time, in epoch milliseconds, its end excluded. */
export type Span = { start: number; end: number };

/** A bilateral already in the book: its room, its slot and the delegations at it. */
export type Booking = Span & { id: number; roomId: number; delegationIds: readonly number[] };

export type BilateralRoom = { id: number; interpretation: boolean };

/** What one request asks of a slot. */
export type SlotRequest = { minutes: number; partyIds: readonly number[]; interpretation: boolean; duringPlenary: boolean };

/** Everything a slot must fit around. */
export type Calendar = {
  meeting: Span;
  timeZone: string;
  /** The plenary sessions of the published programme: blocked unless the request allows them. */
  plenary: readonly (Span & { title: string })[];
  bookings: readonly Booking[];
  rooms: readonly BilateralRoom[];
  /** The least time between two meetings in one room (UNFCCC's and ITU's rules keep one). */
  bufferMinutes: number;
};

/** Why a slot does not work, naming what it runs into. */
export type Clash =
  | { kind: 'outsideMeeting' }
  | { kind: 'plenary'; title: string; span: Span }
  | { kind: 'noInterpretation' }
  | { kind: 'room'; booking: Booking }
  | { kind: 'delegation'; delegationId: number; booking: Booking };

export type Slot = Span & { roomId: number };

const MINUTE = 60_000;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The first plenary session `span` runs into, if any. */
export function plenaryClash(span: Span, calendar: Pick<Calendar, 'plenary'>): Clash | null {
  const session = calendar.plenary.find((p) => overlaps(span, p));
  return session ? { kind: 'plenary', title: session.title, span: { start: session.start, end: session.end } } : null;
}

/**
 * What keeps `request` from room `roomId` at `start`, or null when nothing does: the slot
 * lies within the meeting, clear of the plenary (unless allowed), in a room with
 * interpretation when it is needed; the room is free with the buffer on either side, and
 * no party is at another bilateral meanwhile (a delegation, its minister included, is at one
 * meeting at a time). `bookings` must not hold the bilateral being placed.
 */
export function clashOf(request: SlotRequest, roomId: number, start: number, calendar: Calendar): Clash | null {
  const span = { start, end: start + request.minutes * MINUTE };
  if (span.start < calendar.meeting.start || span.end > calendar.meeting.end) return { kind: 'outsideMeeting' };
  if (!request.duringPlenary) {
    const plenary = plenaryClash(span, calendar);
    if (plenary) return plenary;
  }
  const room = calendar.rooms.find((r) => r.id === roomId);
  if (request.interpretation && !room?.interpretation) return { kind: 'noInterpretation' };
  const buffer = calendar.bufferMinutes * MINUTE;
  const padded = { start: span.start - buffer, end: span.end + buffer };
  const roomTaken = calendar.bookings.find((b) => b.roomId === roomId && overlaps(padded, b));
  if (roomTaken) return { kind: 'room', booking: roomTaken };
  for (const booking of calendar.bookings) {
    if (!overlaps(span, booking)) continue;
    const delegationId = request.partyIds.find((id) => booking.delegationIds.includes(id));
    if (delegationId !== undefined) return { kind: 'delegation', delegationId, booking };
  }
  return null;
}

/**
 * The first instant at or after `instant` that the meeting's clock shows on a whole
 * `stepMinutes` (10:00, 10:15 in Vancouver; also in Kathmandu, whose offset is 5 h 45).
 */
export function alignToLocalStep(instant: number, timeZone: string, stepMinutes: number): number {
  const step = stepMinutes * MINUTE;
  const offset = zoneOffsetMs(timeZone, instant);
  return Math.ceil((instant + offset) / step) * step - offset;
}

/**
 * The first free slots within the times on the table that suit every party, earliest first,
 * one room each (the first free one in the rooms' order): what the secretariat is offered
 * when it assigns a bilateral. Starts fall on the meeting clock's quarter hours; lengths are
 * real minutes, so a slot across a change of clocks lasts as long as any other.
 */
export function findSlots(request: SlotRequest, windows: readonly Span[], calendar: Calendar, limit = 5, stepMinutes = 15): Slot[] {
  const slots: Slot[] = [];
  const length = request.minutes * MINUTE;
  const seen = new Set<number>();
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    for (let start = alignToLocalStep(window.start, calendar.timeZone, stepMinutes); start + length <= window.end; start += stepMinutes * MINUTE) {
      if (seen.has(start)) continue;
      seen.add(start);
      const room = calendar.rooms.find((r) => clashOf(request, r.id, start, calendar) === null);
      if (room) slots.push({ roomId: room.id, start, end: start + length });
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}
