import { describe, expect, it } from 'vitest';
import { fromLocalDateTime, toLocalDateTime } from '@/lib/domain/zoned-time';
import { alignToLocalStep, clashOf, findSlots, type Calendar, type SlotRequest } from './slots';
import { bilateralStatus } from './status';

const at = (local: string, zone = 'America/Vancouver') => {
  const resolved = fromLocalDateTime(local, zone);
  if (resolved.kind !== 'unique') throw new Error(`${local} is ${resolved.kind} in ${zone}`);
  return resolved.instant.getTime();
};
const local = (instant: number, zone = 'America/Vancouver') => toLocalDateTime(new Date(instant), zone);
const MINUTE = 60_000;

const JAPAN = 1;
const KOREA = 2;
const THAILAND = 3;
const SALON_A = 10;
const SALON_B = 11;

const calendar = (overrides: Partial<Calendar> = {}): Calendar => ({
  meeting: { start: at('2018-01-15T18:00'), end: at('2018-01-16T20:00') },
  timeZone: 'America/Vancouver',
  plenary: [{ title: 'Session I', start: at('2018-01-16T09:00'), end: at('2018-01-16T10:30') }],
  bookings: [],
  rooms: [
    { id: SALON_A, interpretation: true },
    { id: SALON_B, interpretation: false },
  ],
  bufferMinutes: 15,
  ...overrides,
});
const japanKorea: SlotRequest = { minutes: 30, partyIds: [JAPAN, KOREA], interpretation: false, duringPlenary: false };

describe('the slot finder', () => {
  it('offers the earliest quarter hours of the times on the table, in the first free room', () => {
    const slots = findSlots(japanKorea, [{ start: at('2018-01-16T07:50'), end: at('2018-01-16T09:00') }], calendar());
    expect(slots.map((s) => [local(s.start), local(s.end), s.roomId])).toEqual([
      ['2018-01-16T08:00', '2018-01-16T08:30', SALON_A],
      ['2018-01-16T08:15', '2018-01-16T08:45', SALON_A],
      ['2018-01-16T08:30', '2018-01-16T09:00', SALON_A],
    ]);
  });

  it('blocks the plenary, unless the request allows it', () => {
    const window = [{ start: at('2018-01-16T09:00'), end: at('2018-01-16T11:00') }];
    expect(findSlots(japanKorea, window, calendar()).map((s) => local(s.start))).toEqual(['2018-01-16T10:30']);
    expect(findSlots({ ...japanKorea, duringPlenary: true }, window, calendar(), 2).map((s) => local(s.start))).toEqual([
      '2018-01-16T09:00',
      '2018-01-16T09:15',
    ]);
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T10:15'), calendar())).toMatchObject({ kind: 'plenary', title: 'Session I' });
  });

  it("keeps the buffer between a room's meetings, and moves to the next room meanwhile", () => {
    const booked = calendar({ plenary: [], bookings: [{ id: 7, roomId: SALON_A, delegationIds: [THAILAND], start: at('2018-01-16T08:00'), end: at('2018-01-16T08:30') }] });
    // 08:30 in Salon A would leave no time between the two meetings: Salon B has it.
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T08:30'), booked)).toMatchObject({ kind: 'room', booking: { id: 7 } });
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T08:45'), booked)).toBeNull();
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T07:30'), booked)).toMatchObject({ kind: 'room' });
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T07:15'), booked)).toBeNull();
    const slots = findSlots(japanKorea, [{ start: at('2018-01-16T08:30'), end: at('2018-01-16T09:00') }], booked);
    expect(slots).toEqual([{ roomId: SALON_B, start: at('2018-01-16T08:30'), end: at('2018-01-16T09:00') }]);
    // With no buffer, back to back in one room is fine.
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T08:30'), { ...booked, bufferMinutes: 0 })).toBeNull();
  });

  it('never puts a delegation in two bilaterals at once, whatever the room', () => {
    const booked = calendar({ bookings: [{ id: 8, roomId: SALON_B, delegationIds: [KOREA, THAILAND], start: at('2018-01-16T08:00'), end: at('2018-01-16T09:00') }] });
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T08:30'), booked)).toEqual({ kind: 'delegation', delegationId: KOREA, booking: booked.bookings[0] });
    expect(findSlots(japanKorea, [{ start: at('2018-01-16T07:30'), end: at('2018-01-16T09:30') }], booked).map((s) => local(s.start))).toEqual(['2018-01-16T07:30']);
  });

  it('sends a request that needs interpretation only to a room that has it', () => {
    const needs = { ...japanKorea, interpretation: true };
    expect(clashOf(needs, SALON_B, at('2018-01-16T08:00'), calendar())).toEqual({ kind: 'noInterpretation' });
    const busyA = calendar({ bookings: [{ id: 9, roomId: SALON_A, delegationIds: [THAILAND], start: at('2018-01-16T08:00'), end: at('2018-01-16T08:30') }] });
    expect(findSlots(needs, [{ start: at('2018-01-16T08:00'), end: at('2018-01-16T08:45') }], busyA)).toEqual([]);
  });

  it('stays within the meeting', () => {
    expect(clashOf(japanKorea, SALON_A, at('2018-01-16T19:45'), calendar())).toEqual({ kind: 'outsideMeeting' });
    expect(findSlots(japanKorea, [{ start: at('2018-01-15T17:00'), end: at('2018-01-15T18:45') }], calendar()).map((s) => local(s.start))).toEqual([
      '2018-01-15T18:00',
      '2018-01-15T18:15',
    ]);
  });

  it('counts real minutes across a change of clocks, and starts on the local quarter hours after it', () => {
    // Vancouver, 11 March 2018: 02:00 PST became 03:00 PDT.
    const dst = calendar({ meeting: { start: at('2018-03-10T12:00'), end: at('2018-03-12T12:00') }, plenary: [] });
    const slots = findSlots({ ...japanKorea, minutes: 60 }, [{ start: at('2018-03-11T01:15'), end: at('2018-03-11T04:00') }], dst, 10);
    expect(slots.every((s) => s.end - s.start === 60 * MINUTE)).toBe(true);
    // 01:15 PST to 04:00 PDT is 105 minutes: four starts fit an hour's meeting.
    expect(slots.map((s) => `${local(s.start)}–${local(s.end).slice(11)}`)).toEqual([
      '2018-03-11T01:15–03:15',
      '2018-03-11T01:30–03:30',
      '2018-03-11T01:45–03:45',
      '2018-03-11T03:00–04:00',
    ]);
  });

  it("aligns to the meeting's own clock, also where it is not a whole hour from UTC", () => {
    expect(local(alignToLocalStep(at('2018-01-16T10:07', 'Asia/Kathmandu'), 'Asia/Kathmandu', 15), 'Asia/Kathmandu')).toBe('2018-01-16T10:15');
    expect(local(alignToLocalStep(at('2018-01-16T10:15', 'Asia/Kathmandu'), 'Asia/Kathmandu', 15), 'Asia/Kathmandu')).toBe('2018-01-16T10:15');
    expect(local(alignToLocalStep(at('2018-01-16T10:31', 'Asia/Kolkata'), 'Asia/Kolkata', 30), 'Asia/Kolkata')).toBe('2018-01-16T11:00');
  });
});

describe('a bilateral\'s status', () => {
  const now = new Date('2018-01-15T12:00:00Z');
  const before = new Date('2018-01-15T11:00:00Z');
  const after = new Date('2018-01-15T13:00:00Z');
  it('follows the answers, the deadline and the booking', () => {
    expect(bilateralStatus({ scheduled: false, answers: ['accepted', 'pending'], deadline: null, now })).toBe('pending');
    expect(bilateralStatus({ scheduled: false, answers: ['accepted', 'pending'], deadline: before, now })).toBe('expired');
    expect(bilateralStatus({ scheduled: false, answers: ['accepted', 'pending'], deadline: after, now })).toBe('pending');
    expect(bilateralStatus({ scheduled: false, answers: ['accepted', 'accepted'], deadline: before, now })).toBe('agreed');
    expect(bilateralStatus({ scheduled: false, answers: ['accepted', 'declined'], deadline: null, now })).toBe('declined');
    expect(bilateralStatus({ scheduled: true, answers: ['accepted', 'accepted'], deadline: before, now })).toBe('scheduled');
  });
});
