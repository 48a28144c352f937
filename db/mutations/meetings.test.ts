import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { thrown } from '@/test/thrown';
import { getDb } from '../client';
import { getMeeting, listMeetings } from '../queries/meetings';
import { auditEntries, delegations, meetings } from '../schema';
import { createMeeting, type MeetingInput } from './meetings';
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
});
