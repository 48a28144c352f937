import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agendaItemInput } from '@/test/agenda';
import { demoDatabase, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { toLocalDateTime } from '@/lib/zoned-time';
import { thrown } from '@/test/thrown';
import { getDb } from '../client';
import { getMeeting, listMeetings } from '../queries/meetings';
import { auditEntries, delegations, meetings } from '../schema';
import { AccessDenied } from '../access';
import { listAgenda } from '../queries/agenda';
import { createAgendaItem } from './agenda';
import { requestFloor } from './agenda-speakers';
import { addDelegation } from './delegations';
import { addSecretariatMember, createMeeting, removeSecretariatMember, setMeetingStatus, updateMeeting, type MeetingInput } from './meetings';
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
