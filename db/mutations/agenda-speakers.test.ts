import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { thrown } from '@/test/thrown';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation, VersionConflict } from '../errors';
import { getMeeting, type MeetingSummary } from '../queries/meetings';
import { listAgenda } from '../queries/agenda';
import { auditEntries } from '../schema';
import { createAgendaItem } from './agenda';
import {
  acceptSpeaker,
  moveSpeaker,
  removeSpeaker,
  requestFloor,
  setSpeakingTimes,
  withdrawFloorRequest,
} from './agenda-speakers';

const SLUG = 'vancouver-2018';
const staff = (code: string) => viewerFor(`${code}.staff@vancouver.test`);
const head = (code: string) => viewerFor(`${code}.head@vancouver.test`);
const secretariat = () => viewerFor('secretariat@vancouver.test');

describe('speakers lists', () => {
  let meeting: MeetingSummary;
  const item = (title: string) => {
    const found = listAgenda(secretariat(), meeting).find((i) => i.title.startsWith(title));
    if (!found) throw new Error(`no item ${title}`);
    return found;
  };
  const codes = (title: string) => item(title).speakers.map((s) => s.code);

  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    meeting = getMeeting(secretariat(), SLUG);
  });

  it('lists requests for the floor in the order of precedence, co-chairs first', () => {
    const lunch = item('Working lunch').id;
    expect(requestFloor(staff('gb'), meeting, lunch)).toEqual({ place: 1 });
    expect(requestFloor(head('au'), meeting, lunch)).toEqual({ place: 1 });
    expect(requestFloor(staff('kr'), meeting, lunch)).toEqual({ place: 2 });
    expect(requestFloor(staff('ca'), meeting, lunch)).toEqual({ place: 1 });
    expect(codes('Working lunch')).toEqual(['ca', 'au', 'kr', 'gb']);
    expect(item('Working lunch').speakers.every((s) => s.status === 'requested')).toBe(true);
    const entries = getDb().select().from(auditEntries).where(eq(auditEntries.action, 'request_floor')).all();
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ actorDelegationId: staff('gb').delegation!.id, after: { delegation: 'gb', status: 'requested' } });
  });

  it('places a request after the last delegation preceding it in a list the secretariat ordered by hand', () => {
    // Session 1 lists us, jp, kr, gb, au, fr, it, nl.
    expect(requestFloor(staff('se'), meeting, item('Session 1').id)).toEqual({ place: 9 });
    expect(requestFloor(staff('be'), meeting, item('Session 1').id)).toEqual({ place: 6 });
    expect(codes('Session 1')).toEqual(['us', 'jp', 'kr', 'gb', 'au', 'be', 'fr', 'it', 'nl', 'se']);
    expect(thrown(() => requestFloor(head('se'), meeting, item('Session 1').id))).toMatchObject({ code: 'alreadyOnList' });
  });

  it('refuses the floor on a draft a delegation cannot see (404) and to the secretariat (403), logged', () => {
    const draft = createAgendaItem(secretariat(), meeting, {
      title: 'Draft side event',
      description: '',
      kind: 'bilateral',
      startsAt: '2018-01-16T07:00',
      endsAt: '2018-01-16T07:30',
      location: '',
      chair: '',
    });
    const hidden = thrown(() => requestFloor(staff('jp'), meeting, draft.id));
    expect(hidden).toBeInstanceOf(AccessDenied);
    expect((hidden as AccessDenied).status).toBe(404);
    const host = thrown(() => requestFloor(secretariat(), meeting, item('Session 1').id));
    expect((host as AccessDenied).status).toBe(403);
    const denied = getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all();
    expect(denied.map((e) => [e.action, e.recordId])).toEqual([
      ['request_floor', String(draft.id)],
      ['request_floor', String(item('Session 1').id)],
    ]);
    expect(item('Draft side event').speakers).toEqual([]);
  });

  it('lets a delegation withdraw, and the list closes up', () => {
    const session = item('Session 2').id; // gb, au, jp, ph, nz, ca
    withdrawFloorRequest(staff('jp'), meeting, session);
    expect(codes('Session 2')).toEqual(['gb', 'au', 'ph', 'nz', 'ca']);
    expect(thrown(() => withdrawFloorRequest(staff('jp'), meeting, session))).toMatchObject({ code: 'notOnList' });
    // Asking again puts Japan after Canada, the last listed delegation that precedes it.
    expect(requestFloor(staff('jp'), meeting, session)).toEqual({ place: 6 });
  });

  it('lets the secretariat accept, reorder, time and remove speakers, with audit entries', () => {
    const lunch = item('Working lunch').id;
    requestFloor(staff('fr'), meeting, lunch);
    requestFloor(staff('it'), meeting, lunch);
    const [france, italy] = item('Working lunch').speakers;

    acceptSpeaker(secretariat(), meeting, italy.id);
    expect(item('Working lunch').speakers.map((s) => s.status)).toEqual(['requested', 'accepted']);
    expect(thrown(() => acceptSpeaker(secretariat(), meeting, italy.id))).toMatchObject({ code: 'alreadyAccepted' });

    expect(moveSpeaker(secretariat(), meeting, { speakerId: italy.id, direction: 'up', expectedOrder: [france.id, italy.id] })).toEqual({ place: 1, count: 2 });
    expect(codes('Working lunch')).toEqual(['it', 'fr']);
    const stale = thrown(() => moveSpeaker(secretariat(), meeting, { speakerId: italy.id, direction: 'down', expectedOrder: [france.id, italy.id] }));
    expect(stale).toBeInstanceOf(VersionConflict);
    expect(thrown(() => moveSpeaker(secretariat(), meeting, { speakerId: italy.id, direction: 'up', expectedOrder: [italy.id, france.id] }))).toMatchObject({ code: 'cannotMoveFurther' });

    setSpeakingTimes(secretariat(), meeting, lunch, [
      { speakerId: italy.id, minutes: 5 },
      { speakerId: france.id, minutes: 3 },
    ]);
    expect(item('Working lunch').speakers.map((s) => s.minutes)).toEqual([5, 3]);
    const invalid = thrown(() => setSpeakingTimes(secretariat(), meeting, lunch, [{ speakerId: france.id, minutes: 0 }]));
    expect(invalid).toBeInstanceOf(RuleViolation);
    expect(invalid).toMatchObject({ code: 'speakingMinutes', field: `minutes-${france.id}` });

    removeSpeaker(secretariat(), meeting, italy.id);
    expect(codes('Working lunch')).toEqual(['fr']);
    const actions = getDb().select({ action: auditEntries.action }).from(auditEntries).all().map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['accept_speaker', 'move_speaker', 'set_speaking_times', 'remove_speaker']));
    expect(getDb().select().from(auditEntries).where(eq(auditEntries.action, 'set_speaking_times')).get()).toMatchObject({
      before: { it: null, fr: null },
      after: { it: 5, fr: 3 },
    });
  });

  it('refuses a delegation the secretariat’s part of the list', () => {
    const session = item('Session 1');
    const [first, second] = session.speakers;
    const japan = head('jp');
    for (const attempt of [
      () => acceptSpeaker(japan, meeting, first.id),
      () => removeSpeaker(japan, meeting, first.id),
      () => moveSpeaker(japan, meeting, { speakerId: second.id, direction: 'up', expectedOrder: session.speakers.map((s) => s.id) }),
      () => setSpeakingTimes(japan, meeting, session.id, [{ speakerId: first.id, minutes: 30 }]),
    ]) {
      const error = thrown(attempt);
      expect(error).toBeInstanceOf(AccessDenied);
      expect((error as AccessDenied).status).toBe(403);
    }
    expect(item('Session 1').speakers).toEqual(session.speakers);
  });
});
