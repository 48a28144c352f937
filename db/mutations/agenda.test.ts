import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agendaItemInput } from '@/test/agenda';
import { demoDatabase, viewerFor } from '@/test/database';
import { thrown } from '@/test/thrown';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation, VersionConflict } from '../errors';
import { getMeeting, type MeetingSummary } from '../queries/meetings';
import { listAgenda } from '../queries/agenda';
import { agendaItems, auditEntries, meetingSecretariat, meetings } from '../schema';
import {
  createAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  publishAgendaItems,
  updateAgendaItem,
  type AgendaItemInput,
} from './agenda';

const SLUG = 'vancouver-2018';

const audit = (action: string) =>
  getDb().select().from(auditEntries).where(eq(auditEntries.action, action)).all();

describe('the secretariat edits the programme', () => {
  let meeting: MeetingSummary;
  const secretariat = () => viewerFor('secretariat@vancouver.test');
  const japan = () => viewerFor('jp.head@vancouver.test');
  const titles = (viewer = secretariat()) => listAgenda(viewer, meeting).map((i) => i.title);

  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    meeting = getMeeting(secretariat(), SLUG);
  });

  it('adds a draft in time order that delegations do not see until it is published, with audit entries', () => {
    const { id, overlaps } = createAgendaItem(secretariat(), meeting, agendaItemInput());
    expect(overlaps).toEqual([]);
    // 16:00 on the 15th comes before the welcome dinner at 18:00.
    expect(titles()[0]).toBe('Heads of delegation briefing');
    const draft = listAgenda(secretariat(), meeting)[0];
    expect(draft).toMatchObject({ id, published: false, number: null, version: 1 });
    expect(draft.startsAt).toEqual(new Date('2018-01-16T00:00:00Z'));
    expect(titles(japan())).not.toContain('Heads of delegation briefing');
    expect(audit('create_agenda_item')).toMatchObject([{ recordId: String(id), outcome: 'done', after: { title: 'Heads of delegation briefing' } }]);

    expect(publishAgendaItems(secretariat(), meeting, { day: '2018-01-15' })).toBe(1);
    expect(listAgenda(japan(), meeting)[0]).toMatchObject({ id, number: 1, published: true });
    expect(listAgenda(japan(), meeting)[1]).toMatchObject({ title: 'Welcome dinner', number: 2 });
    expect(audit('publish_agenda_item')).toHaveLength(1);
    expect(thrown(() => publishAgendaItems(secretariat(), meeting, { itemId: id }))).toMatchObject({ code: 'alreadyPublished' });
  });

  it('publishes the drafts of one day only', () => {
    const first = createAgendaItem(secretariat(), meeting, agendaItemInput());
    const second = createAgendaItem(secretariat(), meeting, agendaItemInput({ title: 'Bilateral slot', kind: 'bilateral', startsAt: '2018-01-16T07:30', endsAt: '2018-01-16T08:15', location: 'Room 1' }));
    publishAgendaItems(secretariat(), meeting, { day: '2018-01-16' });
    const published = listAgenda(japan(), meeting).map((i) => i.id);
    expect(published).toContain(second.id);
    expect(published).not.toContain(first.id);
  });

  it('refuses an end before the start, times outside the meeting’s dates, and a bad time, next to the field', () => {
    const cases: [Partial<AgendaItemInput>, string, string][] = [
      [{ endsAt: '2018-01-15T15:00' }, 'endBeforeStart', 'endsAt'],
      [{ endsAt: '2018-01-15T16:00' }, 'endBeforeStart', 'endsAt'],
      [{ startsAt: '2018-01-14T16:00' }, 'outsideMeetingDates', 'startsAt'],
      [{ startsAt: '2018-01-16T23:00', endsAt: '2018-01-17T01:00' }, 'outsideMeetingDates', 'endsAt'],
      [{ startsAt: '2018-01-15T25:00' }, 'invalidDateTime', 'startsAt'],
    ];
    for (const [change, code, field] of cases) {
      const error = thrown(() => createAgendaItem(secretariat(), meeting, agendaItemInput(change)));
      expect(error, JSON.stringify(change)).toBeInstanceOf(RuleViolation);
      expect(error).toMatchObject({ code, field });
    }
    expect(audit('create_agenda_item')).toHaveLength(0);
  });

  it('warns of an overlap in the same room but saves the item', () => {
    const { id, overlaps } = createAgendaItem(
      secretariat(),
      meeting,
      agendaItemInput({ title: 'Press briefing', startsAt: '2018-01-16T10:00', endsAt: '2018-01-16T11:30', location: 'coal harbour ballroom, level 3' }),
    );
    expect(overlaps.map((o) => o.title)).toEqual([
      'Session 1: Implementation of sanctions',
      'Session 2: Maritime interdiction of illicit ship-to-ship transfers',
    ]);
    expect(listAgenda(secretariat(), meeting).find((i) => i.id === id)?.overlaps).toHaveLength(2);
    expect(listAgenda(japan(), meeting).every((i) => i.overlaps.length === 0)).toBe(true);
  });

  it('refuses every edit by a delegation, logs it, and changes nothing', () => {
    const dinner = listAgenda(secretariat(), meeting)[0];
    const order = listAgenda(secretariat(), meeting).map((i) => i.id);
    for (const viewer of [japan(), viewerFor('kr.staff@vancouver.test')]) {
      const attempts = [
        () => createAgendaItem(viewer, meeting, agendaItemInput()),
        () => updateAgendaItem(viewer, meeting, dinner.id, dinner.version, agendaItemInput({ title: 'Hijacked' })),
        () => deleteAgendaItem(viewer, meeting, dinner.id, dinner.version),
        () => publishAgendaItems(viewer, meeting, { day: '2018-01-15' }),
        () => moveAgendaItem(viewer, meeting, { itemId: order[2], targetId: order[1], placement: 'before', expectedOrder: order }),
      ];
      for (const attempt of attempts) {
        const error = thrown(attempt);
        expect(error).toBeInstanceOf(AccessDenied);
        expect((error as AccessDenied).status).toBe(403);
      }
    }
    expect(titles()).toHaveLength(order.length);
    expect(listAgenda(secretariat(), meeting)[0]).toMatchObject({ title: 'Welcome dinner', version: 1 });
    const denied = getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all();
    expect(denied.map((e) => e.action)).toEqual(
      expect.arrayContaining(['create_agenda_item', 'update_agenda_item', 'delete_agenda_item', 'publish_agenda_item', 'move_agenda_item']),
    );
    expect(denied).toHaveLength(10);
  });

  it('gives the later of two concurrent saves a conflict with the current version, overwriting nothing', () => {
    const session = listAgenda(secretariat(), meeting)[2];
    const common = { title: session.title, description: session.description, kind: session.kind, location: session.location, chair: session.chair, startsAt: '2018-01-16T09:00', endsAt: '2018-01-16T10:45' };
    updateAgendaItem(secretariat(), meeting, session.id, session.version, { ...common, chair: 'Chrystia Freeland' });
    const conflict = thrown(() => updateAgendaItem(secretariat(), meeting, session.id, session.version, { ...common, location: 'Room 2' }));
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toEqual({ ...common, chair: 'Chrystia Freeland', version: 2 });
    const now = listAgenda(secretariat(), meeting)[2];
    expect(now).toMatchObject({ chair: 'Chrystia Freeland', location: 'Coal Harbour Ballroom, Level 3', version: 2 });
    // Re-applied on the current version, the second save goes through.
    updateAgendaItem(secretariat(), meeting, session.id, 2, { ...common, chair: 'Chrystia Freeland', location: 'Room 2' });
    expect(listAgenda(secretariat(), meeting)[2]).toMatchObject({ location: 'Room 2', version: 3 });
    expect(thrown(() => deleteAgendaItem(secretariat(), meeting, session.id, 2))).toBeInstanceOf(VersionConflict);
  });

  it('shows everyone what changed in a published item, and when', () => {
    const session = listAgenda(japan(), meeting)[3];
    expect(session.changes).toEqual([]);
    updateAgendaItem(secretariat(), meeting, session.id, session.version, {
      title: session.title,
      description: session.description,
      kind: session.kind,
      startsAt: '2018-01-16T11:15',
      endsAt: '2018-01-16T12:30',
      location: 'Press Theatre, Level 1',
      chair: session.chair,
    });
    const [change] = listAgenda(japan(), meeting)[3].changes;
    expect(change.changes).toEqual([
      { field: 'startsAt', before: Date.parse('2018-01-16T19:00:00Z'), after: Date.parse('2018-01-16T19:15:00Z') },
      { field: 'location', before: 'Coal Harbour Ballroom, Level 3', after: 'Press Theatre, Level 1' },
    ]);
    expect(Date.now() - change.at.getTime()).toBeLessThan(60_000);
    expect(audit('update_agenda_item')).toMatchObject([
      { before: { location: 'Coal Harbour Ballroom, Level 3', version: 1 }, after: { location: 'Press Theatre, Level 1', version: 2 } },
    ]);
  });

  it('keeps no change record for drafts, and moves an item re-dated to another day to its place in time', () => {
    const { id } = createAgendaItem(secretariat(), meeting, agendaItemInput());
    updateAgendaItem(secretariat(), meeting, id, 1, agendaItemInput({ startsAt: '2018-01-16T17:00', endsAt: '2018-01-16T17:30' }));
    const items = listAgenda(secretariat(), meeting);
    expect(items.find((i) => i.id === id)?.changes).toEqual([]);
    // After the press conference (16:45) and last in the programme.
    expect(items.at(-1)?.id).toBe(id);
  });

  it('reorders within a day, numbering follows, and refuses a stale order or a move to another day', () => {
    const order = listAgenda(secretariat(), meeting).map((i) => i.id);
    const [dinner, opening, sanctions, maritime] = order;
    const moved = moveAgendaItem(secretariat(), meeting, { itemId: maritime, targetId: sanctions, placement: 'before', expectedOrder: order });
    expect(moved).toEqual({ position: 3, count: order.length });
    const items = listAgenda(japan(), meeting);
    expect(items.map((i) => i.id).slice(0, 4)).toEqual([dinner, opening, maritime, sanctions]);
    expect(items.map((i) => i.number).slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(audit('move_agenda_item')).toMatchObject([{ recordId: String(maritime), before: { position: 4 }, after: { position: 3 } }]);

    const stale = thrown(() => moveAgendaItem(secretariat(), meeting, { itemId: sanctions, targetId: opening, placement: 'after', expectedOrder: order }));
    expect(stale).toBeInstanceOf(VersionConflict);
    const current = listAgenda(secretariat(), meeting).map((i) => i.id);
    expect((stale as VersionConflict).current).toEqual({ order: current });
    expect(thrown(() => moveAgendaItem(secretariat(), meeting, { itemId: opening, targetId: dinner, placement: 'before', expectedOrder: current }))).toMatchObject({ code: 'moveWithinDay' });
  });

  it('deletes an item with its speakers and closes the gap in the numbering', () => {
    const items = listAgenda(secretariat(), meeting);
    const sanctions = items[2];
    deleteAgendaItem(secretariat(), meeting, sanctions.id, sanctions.version);
    const after = listAgenda(secretariat(), meeting);
    expect(after.map((i) => i.id)).toEqual(items.filter((i) => i.id !== sanctions.id).map((i) => i.id));
    expect(after.map((i) => i.number)).toEqual(after.map((_, index) => index + 1));
    expect(audit('delete_agenda_item')).toMatchObject([{ recordId: String(sanctions.id), before: { title: sanctions.title } }]);
    expect(thrown(() => deleteAgendaItem(secretariat(), meeting, sanctions.id, sanctions.version))).toMatchObject({ code: 'itemGone' });
  });
});

describe('a meeting across the night clocks go forward', () => {
  it('refuses a time that never happens and stores one across the change at the right instants', async () => {
    await demoDatabase();
    const { id: springId } = getDb()
      .insert(meetings)
      .values({
        slug: 'spring-2018',
        title: 'Spring meeting',
        shortTitle: 'Spring',
        venue: 'Hotel',
        city: 'Vancouver',
        timeZone: 'America/Vancouver',
        startsAt: new Date('2018-03-10T17:00:00Z'),
        endsAt: new Date('2018-03-12T01:00:00Z'),
      })
      .returning({ id: meetings.id })
      .get();
    // The demo's secretariat serves the spring meeting too.
    getDb().insert(meetingSecretariat).values({ meetingId: springId, userId: viewerFor('secretariat@vancouver.test').userId }).run();
    const secretariat = viewerFor('secretariat@vancouver.test');
    const spring = getMeeting(secretariat, 'spring-2018');
    const night = agendaItemInput({ startsAt: '2018-03-11T01:30', endsAt: '2018-03-11T03:30', location: '' });
    expect(thrown(() => createAgendaItem(secretariat, spring, { ...night, startsAt: '2018-03-11T02:30' }))).toMatchObject({ code: 'skippedLocalTime', field: 'startsAt' });
    const { id } = createAgendaItem(secretariat, spring, night);
    const stored = getDb().select().from(agendaItems).where(and(eq(agendaItems.id, id))).get()!;
    expect(stored.startsAt).toEqual(new Date('2018-03-11T09:30:00Z'));
    expect(stored.endsAt).toEqual(new Date('2018-03-11T10:30:00Z'));
  });
});
