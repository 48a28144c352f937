import { eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agendaItemInput } from '@/test/agenda';
import { demoDatabase, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { addCalendarDays, toLocalDateTime } from '@/lib/domain/zoned-time';
import { thrown } from '@/test/thrown';
import { getDb } from '../client';
import { getMeeting, listMeetings } from '../queries/meetings';
import {
  agendaItems,
  agendaSpeakers,
  auditEntries,
  bilateralRooms,
  bilaterals,
  delegations,
  meetingSecretariat,
  meetings,
  outcomeDocuments,
  positionStatements,
  rosterMembers,
  users,
} from '../schema';
import { AccessDenied } from '../access';
import { listAgenda } from '../queries/agenda';
import { createAgendaItem } from './agenda';
import { requestFloor } from './agenda-speakers';
import { addDelegation, setPrecedenceRule, setSeatingLayout, swapSeats } from './delegations';
import {
  addSecretariatMember,
  copyMeeting,
  createMeeting,
  removeSecretariatMember,
  setMeetingStatus,
  updateMeeting,
  type MeetingCopyInput,
  type MeetingInput,
} from './meetings';
import { lisbonMeeting } from '@/test/meetings';

const lisbon = lisbonMeeting;

describe('creating a meeting', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('makes its creator its secretariat, its co-chairs its first delegations, times on its own clock', () => {
    const { slug } = createMeeting(viewerFor('secretariat@vancouver.test'), lisbon);
    const secretariat = viewerFor('secretariat@vancouver.test');
    expect(listMeetings(secretariat).map((m) => m.slug)).toEqual(['vancouver-2018', 'lisbon-ocean-2026']);
    const meeting = getMeeting(secretariat, slug);
    expect(meeting).toMatchObject({ status: 'planning', kind: 'ministerial', hostStates: ['pt'], workingLanguages: ['en', 'fr'] });
    // Lisbon is on summer time (UTC+1) in June.
    expect(meeting.startsAt).toEqual(new Date('2026-06-08T08:00:00Z'));
    const coChairs = getDb().select().from(delegations).where(eq(delegations.meetingId, meeting.id)).all();
    expect(coChairs.map((d) => [d.countryCode, d.protocolName, d.role, d.participation])).toEqual([
      ['ke', 'Kenya', 'co_chair', 'confirmed'],
      ['pt', 'Portugal', 'co_chair', 'confirmed'],
    ]);
    expect(getDb().select().from(auditEntries).where(eq(auditEntries.action, 'create_meeting')).get()).toMatchObject({ meetingId: meeting.id });
    // The demo's delegations do not serve it.
    expect(() => getMeeting(viewerFor('jp.head@vancouver.test'), slug)).toThrow();
  });

  it('refuses bad details at their field, and saves nothing', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const cases: [Partial<MeetingInput>, string, string][] = [
      [{ slug: 'vancouver-2018' }, 'slugTaken', 'slug'],
      [{ slug: 'Lisbon 2026' }, 'slugInvalid', 'slug'],
      [{ slug: 'new' }, 'slugInvalid', 'slug'],
      [{ documentCode: 'loc 2026' }, 'documentCodeInvalid', 'documentCode'],
      [{ documentCode: '2026/LOC' }, 'documentCodeInvalid', 'documentCode'],
      [{ timeZone: 'Europe/Atlantis' }, 'unknownTimeZone', 'timeZone'],
      [{ endsAt: '2026-06-08T08:00' }, 'endBeforeStart', 'endsAt'],
      [{ startsAt: '2026-03-29T01:30' }, 'invalidDateTime', 'startsAt'],
      [{ coChairs: ['zz'] }, 'unknownState', 'coChairs'],
    ];
    for (const [change, code, field] of cases) {
      expect(thrown(() => createMeeting(secretariat, { ...lisbon, ...change })), code).toMatchObject({ code, field });
    }
    expect(getDb().select().from(meetings).all()).toHaveLength(1);
  });

  it('moves agenda items with a new zone to the same clock time, and refuses dates that would leave some outside', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const meeting = getMeeting(secretariat, 'vancouver-2018');
    const details = { ...meeting, startsAt: toLocalDateTime(meeting.startsAt, meeting.timeZone), endsAt: toLocalDateTime(meeting.endsAt, meeting.timeZone), coChairs: ['ca', 'us'] };
    const before = listAgenda(secretariat, meeting);
    const clock = (items: { startsAt: Date }[], zone: string) => items.map((i) => toLocalDateTime(i.startsAt, zone));

    // The programme's last day is 16 January: ending on the 15th would leave items outside.
    const refused = updateMeeting(secretariat, meeting, { ...details, endsAt: '2018-01-15T23:00' });
    expect(refused).toMatchObject({ outside: expect.arrayContaining([expect.objectContaining({ startsAt: expect.stringMatching(/^2018-01-16/) })]) });
    expect(getMeeting(secretariat, 'vancouver-2018').endsAt).toEqual(meeting.endsAt);

    // On Toronto's clock, every item keeps its clock time: its instant moves three hours earlier.
    expect(updateMeeting(secretariat, meeting, { ...details, timeZone: 'America/Toronto' })).toEqual({ slug: 'vancouver-2018' });
    const moved = getMeeting(secretariat, 'vancouver-2018');
    const after = listAgenda(secretariat, moved);
    expect(clock(after, 'America/Toronto')).toEqual(clock(before, 'America/Vancouver'));
    expect(after[0].startsAt.getTime()).toBe(before[0].startsAt.getTime() - 3 * 60 * 60 * 1000);
  });

  it('makes a concluded meeting read-only for everyone until its secretariat reopens it', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    setMeetingStatus(secretariat, getMeeting(secretariat, 'vancouver-2018'), 'concluded');
    const meeting = getMeeting(secretariat, 'vancouver-2018');
    expect(thrown(() => createAgendaItem(secretariat, meeting, agendaItemInput()))).toMatchObject({ code: 'meetingConcluded' });
    expect(thrown(() => addDelegation(secretariat, meeting, { code: 'de', protocolName: '', role: 'participant', participation: 'invited' }))).toMatchObject({ code: 'meetingConcluded' });
    const japan = viewerFor('jp.head@vancouver.test');
    expect(thrown(() => requestFloor(japan, meeting, listAgenda(japan, meeting)[0].id))).toMatchObject({ code: 'meetingConcluded' });
    expect(thrown(() => setMeetingStatus(secretariat, meeting, 'concluded'))).toMatchObject({ code: 'statusNotNext' });
    setMeetingStatus(secretariat, meeting, 'in_session');
    expect(createAgendaItem(secretariat, getMeeting(secretariat, 'vancouver-2018'), agendaItemInput()).id).toBeGreaterThan(0);
  });

  it('adds an existing secretariat account to the meeting and takes it off again, never the last one', async () => {
    const vancouver = viewerFor('secretariat@vancouver.test');
    const ottawa = await otherMeetingSecretariat('secretariat@ottawa.test');
    const meeting = getMeeting(vancouver, 'vancouver-2018');
    expect(thrown(() => addSecretariatMember(vancouver, meeting, 'jp.head@vancouver.test'))).toMatchObject({ code: 'noSecretariatAccount', field: 'email' });
    addSecretariatMember(vancouver, meeting, 'Secretariat@Ottawa.test');
    expect(getMeeting(viewerFor('secretariat@ottawa.test'), 'vancouver-2018').id).toBe(meeting.id);
    expect(thrown(() => addSecretariatMember(vancouver, meeting, 'secretariat@ottawa.test'))).toMatchObject({ code: 'alreadyMember' });
    removeSecretariatMember(vancouver, meeting, ottawa.userId);
    expect(() => getMeeting(viewerFor('secretariat@ottawa.test'), 'vancouver-2018')).toThrow(AccessDenied);
    expect(thrown(() => removeSecretariatMember(vancouver, meeting, vancouver.userId))).toMatchObject({ code: 'lastSecretariatMember' });
  });
});

describe('copying a meeting as a template', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  // The demo ran from the evening of 15 January 2018 to the evening of the 16th; a year on,
  // the same two days begin on Monday 14 January 2019.
  const nextYear: MeetingCopyInput = {
    title: "Vancouver Foreign Ministers' Meeting 2019",
    shortTitle: 'Vancouver 2019',
    documentCode: 'VG/2019',
    slug: 'vancouver-2019',
    timeZone: 'America/Vancouver',
    startsAt: '2019-01-14T18:00',
    endsAt: '2019-01-15T18:00',
  };
  const rowsOf = <T extends typeof delegations | typeof agendaItems>(table: T, meetingId: number) =>
    getDb().select().from(table).where(eq(table.meetingId, meetingId)).all() as T['$inferSelect'][];

  it('takes the delegations (invited again), the order, the seating and the agenda shifted to the new dates, and no people or texts', async () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const source = getMeeting(secretariat, 'vancouver-2018');
    setPrecedenceRule(secretariat, source, 'french');
    setSeatingLayout(secretariat, source, 'horseshoe');
    swapSeats(secretariat, source, 'jp', 'kr');
    // A second member of the source's secretariat does not serve the copy.
    await otherMeetingSecretariat('secretariat@ottawa.test');
    addSecretariatMember(secretariat, source, 'secretariat@ottawa.test');

    expect(copyMeeting(secretariat, source, nextYear)).toEqual({ slug: 'vancouver-2019' });
    const copy = getMeeting(viewerFor('secretariat@vancouver.test'), 'vancouver-2019');
    const row = getDb().select().from(meetings).where(eq(meetings.id, copy.id)).get()!;
    expect(row).toMatchObject({
      title: nextYear.title,
      status: 'planning',
      kind: source.kind,
      venue: source.venue,
      city: source.city,
      hostStates: source.hostStates,
      workingLanguages: source.workingLanguages,
      precedenceRule: 'french',
      seatingLayout: 'horseshoe',
      startsAt: new Date('2019-01-15T02:00:00Z'),
    });
    expect(getDb().select({ userId: meetingSecretariat.userId }).from(meetingSecretariat).where(eq(meetingSecretariat.meetingId, copy.id)).all()).toEqual([
      { userId: secretariat.userId },
    ]);

    // Every delegation, as it stood in the order and at the table, each invited again.
    const template = (d: typeof delegations.$inferSelect) => [d.countryCode, d.protocolName, d.role, d.manualRank, d.seatRank];
    const byCode = (a: typeof delegations.$inferSelect, b: typeof delegations.$inferSelect) => a.countryCode.localeCompare(b.countryCode);
    const before = rowsOf(delegations, source.id).sort(byCode);
    const copied = rowsOf(delegations, copy.id).sort(byCode);
    expect(copied.map(template)).toEqual(before.map(template));
    expect(before.some((d) => d.participation !== 'invited')).toBe(true);
    expect(new Set(copied.map((d) => d.participation))).toEqual(new Set(['invited']));
    expect(copied.find((d) => d.countryCode === 'jp')!.seatRank).not.toBeNull();

    // The programme: same titles, kinds, rooms and clock times, 364 days on, as drafts.
    const clock = (at: Date) => toLocalDateTime(at, 'America/Vancouver');
    const programme = rowsOf(agendaItems, source.id).sort((a, b) => a.position - b.position);
    const drafts = rowsOf(agendaItems, copy.id).sort((a, b) => a.position - b.position);
    expect(drafts.map((i) => [i.position, i.title, i.kind, i.location, clock(i.startsAt), clock(i.endsAt)])).toEqual(
      programme.map((i) => [i.position, i.title, i.kind, i.location, addCalendarDays(clock(i.startsAt), 364), addCalendarDays(clock(i.endsAt), 364)]),
    );
    expect(programme.some((i) => i.publishedAt && i.chair && i.description)).toBe(true);
    expect(drafts.every((i) => i.publishedAt === null && i.chair === '' && i.description === '')).toBe(true);

    // Nothing of the old meeting's people or texts: no members, accounts, positions, documents, speakers.
    const copiedIds = copied.map((d) => d.id);
    expect(getDb().select().from(rosterMembers).where(inArray(rosterMembers.delegationId, copiedIds)).all()).toEqual([]);
    expect(getDb().select().from(users).where(inArray(users.delegationId, copiedIds)).all()).toEqual([]);
    expect(getDb().select().from(positionStatements).where(eq(positionStatements.meetingId, copy.id)).all()).toEqual([]);
    expect(getDb().select().from(outcomeDocuments).where(eq(outcomeDocuments.meetingId, copy.id)).all()).toEqual([]);
    expect(getDb().select().from(agendaSpeakers).where(inArray(agendaSpeakers.agendaItemId, drafts.map((i) => i.id))).all()).toEqual([]);
    expect(getDb().select().from(agendaSpeakers).all().length).toBeGreaterThan(0);
    // The venue's bilateral rooms come along; the bilaterals held in them do not.
    const roomsOf = (meetingId: number) =>
      getDb().select({ name: bilateralRooms.name, capacity: bilateralRooms.capacity, interpretation: bilateralRooms.interpretation, position: bilateralRooms.position }).from(bilateralRooms).where(eq(bilateralRooms.meetingId, meetingId)).all();
    expect(roomsOf(copy.id)).toEqual(roomsOf(source.id));
    expect(roomsOf(copy.id).length).toBeGreaterThan(0);
    expect(getDb().select().from(bilaterals).where(eq(bilaterals.meetingId, copy.id)).all()).toEqual([]);

    const audit = getDb().select().from(auditEntries).where(eq(auditEntries.action, 'copy_meeting')).all();
    expect(audit).toEqual([
      expect.objectContaining({ meetingId: copy.id, actorUserId: secretariat.userId, recordId: String(copy.id), outcome: 'done', after: expect.objectContaining({ copiedFrom: 'vancouver-2018' }) }),
    ]);
    // The demo's delegations are not part of the copy, nor is its other secretariat member.
    expect(() => getMeeting(viewerFor('jp.head@vancouver.test'), 'vancouver-2019')).toThrow(AccessDenied);
    expect(() => getMeeting(viewerFor('secretariat@ottawa.test'), 'vancouver-2019')).toThrow(AccessDenied);
    expect(listMeetings(viewerFor('secretariat@vancouver.test')).map((m) => m.slug)).toEqual(['vancouver-2018', 'vancouver-2019']);
  });

  it('keeps each clock time on the new zone, and copies a concluded meeting too', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    setMeetingStatus(secretariat, getMeeting(secretariat, 'vancouver-2018'), 'concluded');
    const source = getMeeting(secretariat, 'vancouver-2018');
    copyMeeting(secretariat, source, { ...nextYear, slug: 'seoul-2019', timeZone: 'Asia/Seoul', startsAt: '2019-06-03T18:00', endsAt: '2019-06-04T18:00' });
    const copy = getMeeting(viewerFor('secretariat@vancouver.test'), 'seoul-2019');
    const programme = rowsOf(agendaItems, source.id).sort((a, b) => a.position - b.position);
    const drafts = rowsOf(agendaItems, copy.id).sort((a, b) => a.position - b.position);
    // 15 January 2018 to 3 June 2019 is 504 days: the welcome dinner at 18:00 on the first
    // day, then the sessions from 08:30 on the second, now on Seoul's clock.
    expect(drafts.map((i) => toLocalDateTime(i.startsAt, 'Asia/Seoul'))).toEqual(
      programme.map((i) => addCalendarDays(toLocalDateTime(i.startsAt, 'America/Vancouver'), 504)),
    );
    expect(toLocalDateTime(drafts[0].startsAt, 'Asia/Seoul')).toBe('2019-06-03T18:00');
    expect(copy.status).toBe('planning');
  });

  it('refuses new dates too short for the agenda, naming the items, and saves nothing', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const source = getMeeting(secretariat, 'vancouver-2018');
    const result = copyMeeting(secretariat, source, { ...nextYear, endsAt: '2019-01-14T23:00' });
    const secondDay = rowsOf(agendaItems, source.id).filter((i) => toLocalDateTime(i.startsAt, source.timeZone).startsWith('2018-01-16'));
    expect(result).toEqual({ outside: expect.any(Array) });
    expect('outside' in result && result.outside.map((i) => i.title).sort()).toEqual(secondDay.map((i) => i.title).sort());
    expect('outside' in result && result.outside[0].startsAt).toMatch(/^2019-01-15 /);
    expect(getDb().select().from(meetings).all()).toHaveLength(1);
  });

  it('refuses a taken address or an end before the start at their field, and saves nothing', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const source = getMeeting(secretariat, 'vancouver-2018');
    expect(thrown(() => copyMeeting(secretariat, source, { ...nextYear, slug: 'vancouver-2018' }))).toMatchObject({ code: 'slugTaken', field: 'slug' });
    expect(thrown(() => copyMeeting(secretariat, source, { ...nextYear, endsAt: '2019-01-13T18:00' }))).toMatchObject({ code: 'endBeforeStart', field: 'endsAt' });
    expect(thrown(() => copyMeeting(secretariat, source, { ...nextYear, timeZone: 'Pacific/Atlantis' }))).toMatchObject({ code: 'unknownTimeZone', field: 'timeZone' });
    expect(getDb().select().from(meetings).all()).toHaveLength(1);
    expect(getDb().select().from(delegations).all()).toHaveLength(rowsOf(delegations, source.id).length);
  });

  it("is for the source's secretariat: its delegations get 403, another meeting's secretariat 404, both logged", async () => {
    const source = getMeeting(viewerFor('secretariat@vancouver.test'), 'vancouver-2018');
    const ottawa = await otherMeetingSecretariat('secretariat@ottawa.test');
    expect(thrown(() => copyMeeting(viewerFor('jp.head@vancouver.test'), source, nextYear))).toMatchObject({ status: 403 });
    expect(thrown(() => copyMeeting(ottawa, source, nextYear))).toMatchObject({ status: 404 });
    const denied = getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all();
    expect(denied.filter((e) => e.action === 'copy_meeting')).toHaveLength(2);
    expect(getDb().select().from(meetings).where(eq(meetings.slug, 'vancouver-2019')).all()).toEqual([]);
  });
});
