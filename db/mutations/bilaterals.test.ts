import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { mayHear, subscribe, type MeetingEvent } from '@/lib/platform/events';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation, SlotClash } from '../errors';
import { getBilateralBoard, getDelegationSchedule } from '../queries/bilaterals';
import { getMeeting, type MeetingSummary } from '../queries/meetings';
import { bilateralRooms, delegations } from '../schema';
import { answerBilateral, requestBilateral, scheduleBilateral, setBilateralRules } from './bilaterals';

const secretariat = () => viewerFor('secretariat@vancouver.test');
const japan = () => viewerFor('jp.staff@vancouver.test');
const korea = () => viewerFor('kr.head@vancouver.test');
const thailand = () => viewerFor('th.staff@vancouver.test');
const onTheDay = (time: string) => new Date(`2018-01-16T${time}:00-08:00`);
const roomNamed = (name: string) => getDb().select({ id: bilateralRooms.id }).from(bilateralRooms).where(eq(bilateralRooms.name, name)).get()!.id;
const delegationOf = (code: string) => getDb().select({ id: delegations.id }).from(delegations).where(eq(delegations.countryCode, code)).get()!.id;
const TOPIC = 'A confidential word on the northern fisheries';

const ask = (meeting: MeetingSummary, invitedCodes = ['kr'], window = { start: onTheDay('12:30'), end: onTheDay('14:00') }, requester = japan(), topic = TOPIC) =>
  requestBilateral(requester, meeting, { invitedCodes, windows: [window], minutes: 30, level: 'ministers', topic, interpretation: false, duringPlenary: false }).id;

describe('bilaterals', () => {
  let meeting: MeetingSummary;
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    meeting = getMeeting(secretariat(), 'vancouver-2018');
  });

  it('goes from request to counter-proposal to agreement to a room, and never double-books the room', () => {
    const id = ask(meeting);
    answerBilateral(korea(), meeting, { bilateralId: id, version: 1, answer: 'propose', start: onTheDay('13:00') });
    const proposed = getBilateralBoard(japan(), meeting).bilaterals.find((b) => b.id === id)!;
    expect(proposed).toMatchObject({ status: 'pending', proposedBy: 'Republic of Korea', ownAnswer: 'pending' });
    expect(proposed.windows).toEqual([{ start: onTheDay('13:00'), end: onTheDay('13:30') }]);
    answerBilateral(japan(), meeting, { bilateralId: id, version: 2, answer: 'accept' });

    const offered = getBilateralBoard(secretariat(), meeting).bilaterals.find((b) => b.id === id)!;
    expect(offered.status).toBe('agreed');
    expect(offered.suggestions.map((s) => [s.room, new Date(s.start)])).toEqual([['Salon A', onTheDay('13:00')]]);
    scheduleBilateral(secretariat(), meeting, { bilateralId: id, version: 3, roomId: roomNamed('Salon A'), start: onTheDay('13:00') });

    // Another pair, the same room and time: refused, naming what is in the way.
    const second = requestBilateral(viewerFor('fr.staff@vancouver.test'), meeting, {
      invitedCodes: ['gb'],
      windows: [{ start: onTheDay('12:30'), end: onTheDay('14:00') }],
      minutes: 30,
      level: 'senior_officials',
      topic: 'Another',
      interpretation: false,
      duringPlenary: false,
    }).id;
    answerBilateral(viewerFor('gb.staff@vancouver.test'), meeting, { bilateralId: second, version: 1, answer: 'accept' });
    const clash = (() => {
      try {
        scheduleBilateral(secretariat(), meeting, { bilateralId: second, version: 2, roomId: roomNamed('Salon A'), start: onTheDay('13:15') });
      } catch (error) {
        return error;
      }
    })();
    expect(clash).toBeInstanceOf(SlotClash);
    expect((clash as SlotClash).clash).toMatchObject({ kind: 'room', roomName: 'Salon A', parties: [{ code: 'jp' }, { code: 'kr' }] });
    // The buffer: 13:45 in Salon A is too close after 13:30; 13:45 in Salon B is fine.
    expect(() => scheduleBilateral(secretariat(), meeting, { bilateralId: second, version: 2, roomId: roomNamed('Salon A'), start: onTheDay('13:30') })).toThrow(SlotClash);
    scheduleBilateral(secretariat(), meeting, { bilateralId: second, version: 2, roomId: roomNamed('Salon B'), start: onTheDay('13:15') });

    // A party already booked is never booked twice, in any room.
    const third = ask(meeting, ['nz']);
    answerBilateral(viewerFor('nz.staff@vancouver.test'), meeting, { bilateralId: third, version: 1, answer: 'accept' });
    expect(() => scheduleBilateral(secretariat(), meeting, { bilateralId: third, version: 2, roomId: roomNamed('Library'), start: onTheDay('13:00') })).toThrow(
      expect.objectContaining({ clash: expect.objectContaining({ kind: 'delegation', delegation: expect.objectContaining({ code: 'jp' }) }) }),
    );

    // Both parties see it on their schedule; the booking's change counts in the calendar's SEQUENCE.
    const entry = getDelegationSchedule(korea(), meeting, 'kr').entries.find((e) => e.uid.startsWith(`bilateral-${id}@`))!;
    expect(entry).toMatchObject({ location: 'Salon A', start: onTheDay('13:00'), end: onTheDay('13:30'), sequence: 3, bilateral: { with: ['Japan'], topic: TOPIC } });
  });

  it('shows a third delegation only that a room is busy: not who meets, nor why, nor their schedules', () => {
    const id = ask(meeting);
    answerBilateral(korea(), meeting, { bilateralId: id, version: 1, answer: 'accept' });
    scheduleBilateral(secretariat(), meeting, { bilateralId: id, version: 2, roomId: roomNamed('Library'), start: onTheDay('12:30') });
    const board = getBilateralBoard(thailand(), meeting);
    expect(board.bilaterals).toEqual([]);
    expect(JSON.stringify(board)).not.toContain(TOPIC);
    expect(board.rooms.find((r) => r.name === 'Library')!.busy).toEqual([{ start: onTheDay('12:30'), end: onTheDay('13:00') }]);
    expect(() => getDelegationSchedule(thailand(), meeting, 'jp')).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => answerBilateral(thailand(), meeting, { bilateralId: id, version: 3, answer: 'accept' })).toThrow(AccessDenied);
    // The secretariat sees it all, but does not answer for a delegation.
    expect(getBilateralBoard(secretariat(), meeting).bilaterals.some((b) => b.id === id && b.topic === TOPIC)).toBe(true);
    expect(() => answerBilateral(secretariat(), meeting, { bilateralId: id, version: 3, answer: 'decline' })).toThrow(expect.objectContaining({ status: 403 }));
  });

  it('lets the requester withdraw its request, and a party call off a booked bilateral, which frees its room', () => {
    const withdrawn = ask(meeting);
    answerBilateral(japan(), meeting, { bilateralId: withdrawn, version: 1, answer: 'decline' });
    expect(getBilateralBoard(korea(), meeting).bilaterals.find((b) => b.id === withdrawn)!.status).toBe('declined');

    const id = ask(meeting);
    answerBilateral(korea(), meeting, { bilateralId: id, version: 1, answer: 'accept' });
    scheduleBilateral(secretariat(), meeting, { bilateralId: id, version: 2, roomId: roomNamed('Library'), start: onTheDay('12:30') });
    // Booked, it takes no other answer: the secretariat moves it.
    expect(() => answerBilateral(korea(), meeting, { bilateralId: id, version: 3, answer: 'accept' })).toThrow(expect.objectContaining({ code: 'bilateralAlreadyScheduled' }));
    answerBilateral(korea(), meeting, { bilateralId: id, version: 3, answer: 'decline' });

    const calledOff = getBilateralBoard(japan(), meeting).bilaterals.find((b) => b.id === id)!;
    expect(calledOff).toMatchObject({ status: 'declined', room: null, startsAt: null });
    expect(getBilateralBoard(thailand(), meeting).rooms.find((r) => r.name === 'Library')!.busy).toEqual([]);
    expect(getDelegationSchedule(japan(), meeting, 'jp').entries.some((e) => e.uid.startsWith(`bilateral-${id}@`))).toBe(false);
    // Another pair may have the room and the time.
    const other = ask(meeting, ['gb'], undefined, viewerFor('fr.staff@vancouver.test'), 'Another');
    answerBilateral(viewerFor('gb.staff@vancouver.test'), meeting, { bilateralId: other, version: 1, answer: 'accept' });
    scheduleBilateral(secretariat(), meeting, { bilateralId: other, version: 2, roomId: roomNamed('Library'), start: onTheDay('12:30') });
  });

  it('tells of a change only the parties and the secretariat', () => {
    const heard: MeetingEvent[] = [];
    const stop = subscribe(meeting.id, (event) => heard.push(event));
    try {
      ask(meeting);
    } finally {
      stop();
    }
    const [event] = heard.filter((e) => e.topic === 'bilateral');
    expect(event.audience).toEqual([delegationOf('jp'), delegationOf('kr')]);
    expect(mayHear(event, { secretariat: false, delegationId: delegationOf('th') })).toBe(false);
    expect(mayHear(event, { secretariat: false, delegationId: delegationOf('kr') })).toBe(true);
    expect(mayHear(event, { secretariat: true, delegationId: null })).toBe(true);
  });

  it('keeps requests clear of the plenary and the meeting’s dates, and refuses them after the deadline', () => {
    const during = { start: onTheDay('09:00'), end: onTheDay('10:00') };
    expect(() => ask(meeting, ['kr'], during)).toThrow(expect.objectContaining({ code: 'bilateralDuringPlenary', field: 'window-0-start' }));
    expect(() => ask(meeting, ['kr'], { start: onTheDay('19:00'), end: onTheDay('20:00') })).toThrow(expect.objectContaining({ code: 'bilateralOutsideMeeting' }));
    expect(() => ask(meeting, ['jp'])).toThrow(expect.objectContaining({ code: 'bilateralChooseDelegations' }));
    // South Africa declined the meeting: it is not offered, and cannot be asked.
    expect(getBilateralBoard(japan(), meeting).others.map((d) => d.code)).not.toContain('za');
    expect(getBilateralBoard(japan(), meeting).others.map((d) => d.code)).toContain('kr');
    expect(() => ask(meeting, ['za'])).toThrow(expect.objectContaining({ code: 'bilateralChooseDelegations' }));
    expect(() =>
      requestBilateral(japan(), meeting, { invitedCodes: ['kr'], windows: [], minutes: 30, level: 'ministers', topic: TOPIC, interpretation: false, duringPlenary: false }),
    ).toThrow(expect.objectContaining({ code: 'required', field: 'window-0-start' }));
    const pending = ask(meeting);
    setBilateralRules(secretariat(), meeting, { bufferMinutes: 15, requestDeadline: new Date(Date.now() - 60_000) });
    expect(() => ask(meeting)).toThrow(RuleViolation);
    expect(getBilateralBoard(japan(), meeting).bilaterals.find((b) => b.id === pending)!.status).toBe('expired');
    expect(() => answerBilateral(korea(), meeting, { bilateralId: pending, version: 1, answer: 'accept' })).toThrow(expect.objectContaining({ code: 'bilateralDeadlinePassed' }));
  });
});
