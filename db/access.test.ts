import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { AccessDenied } from './access';
import { getDb } from './client';
import { getRoster } from './queries/delegations';
import { listAccounts } from './queries/accounts';
import { getAuditFilterChoices } from './queries/audit';
import { getMeeting, listMeetings } from './queries/meetings';
import { searchPositions } from './queries/position-search';
import { getPosition, listPositions } from './queries/positions';
import { listAgenda } from './queries/agenda';
import { auditEntries, agendaItems, delegations, meetingSecretariat, meetings, positionStatements } from './schema';

const SLUG = 'vancouver-2018';

function positionOf(code: string, visibility: 'delegation' | 'secretariat' | 'circulated') {
  const row = getDb()
    .select({ id: positionStatements.id })
    .from(positionStatements)
    .innerJoin(delegations, eq(delegations.id, positionStatements.delegationId))
    .where(and(eq(delegations.countryCode, code), eq(positionStatements.visibility, visibility)))
    .get();
  if (!row) throw new Error(`demo has no ${visibility} statement by ${code}`);
  return row.id;
}

const deniedEntries = () =>
  getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all();

describe('access rules in the data layer', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('keeps a delegation-only statement to its own delegation: not listed, 404 by address, refusal logged', () => {
    const koreanDraft = positionOf('kr', 'delegation');
    const korea = viewerFor('kr.staff@vancouver.test');
    const japan = viewerFor('jp.staff@vancouver.test');
    const secretariat = viewerFor('secretariat@vancouver.test');
    const meeting = getMeeting(korea, SLUG);

    expect(listPositions(korea, meeting).items.map((p) => p.id)).toContain(koreanDraft);
    expect(getPosition(korea, meeting, koreanDraft).versions.length).toBeGreaterThan(0);
    for (const outsider of [japan, secretariat]) {
      expect(listPositions(outsider, meeting).items.map((p) => p.id)).not.toContain(koreanDraft);
      expect(() => getPosition(outsider, meeting, koreanDraft)).toThrow(AccessDenied);
    }
    const refusals = deniedEntries().filter((e) => e.recordId === String(koreanDraft));
    expect(refusals).toHaveLength(2);
    expect(refusals.map((e) => e.action)).toEqual(['read_position', 'read_position']);
  });

  it('shows a statement shared with the secretariat to the secretariat and its delegation only', () => {
    const shared = getDb()
      .select({ id: positionStatements.id, code: delegations.countryCode })
      .from(positionStatements)
      .innerJoin(delegations, eq(delegations.id, positionStatements.delegationId))
      .where(eq(positionStatements.visibility, 'secretariat'))
      .get()!;
    const owner = viewerFor(`${shared.code}.staff@vancouver.test`);
    const other = viewerFor(`${shared.code === 'jp' ? 'kr' : 'jp'}.head@vancouver.test`);
    const secretariat = viewerFor('secretariat@vancouver.test');
    const meeting = getMeeting(owner, SLUG);
    expect(getPosition(secretariat, meeting, shared.id).id).toBe(shared.id);
    expect(getPosition(owner, meeting, shared.id).id).toBe(shared.id);
    expect(() => getPosition(other, meeting, shared.id)).toThrow(AccessDenied);
  });

  it('shows circulated statements to every delegation', () => {
    const circulated = positionOf('us', 'circulated');
    const japan = viewerFor('jp.staff@vancouver.test');
    expect(getPosition(japan, getMeeting(japan, SLUG), circulated).delegation.code).toBe('us');
  });

  it('reads rosters: names for all, contact details only for the delegation itself and the secretariat', () => {
    const japan = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(japan, SLUG);
    const own = getRoster(japan, meeting, 'jp');
    expect(own.contactsVisible).toBe(true);
    expect(own.members.every((m) => m.contact)).toBe(true);
    const korea = getRoster(japan, meeting, 'kr');
    expect(korea.contactsVisible).toBe(false);
    expect(korea.members.length).toBeGreaterThan(0);
    expect(korea.members.some((m) => 'contact' in m)).toBe(false);
    expect(getRoster(viewerFor('secretariat@vancouver.test'), meeting, 'kr').contactsVisible).toBe(true);
  });

  it('answers 404 for a meeting the viewer is not part of, and logs it', () => {
    const db = getDb();
    db.insert(meetings)
      .values({
        slug: 'other-meeting',
        title: 'Another meeting',
        shortTitle: 'Other',
        venue: 'Somewhere',
        city: 'Ottawa',
        timeZone: 'America/Toronto',
        startsAt: new Date('2019-01-01T14:00:00Z'),
        endsAt: new Date('2019-01-02T22:00:00Z'),
      })
      .run();
    const japan = viewerFor('jp.staff@vancouver.test');
    let denial: unknown;
    try {
      getMeeting(japan, 'other-meeting');
    } catch (error) {
      denial = error;
    }
    expect(denial).toBeInstanceOf(AccessDenied);
    expect((denial as AccessDenied).status).toBe(404);
    expect(deniedEntries().some((e) => e.action === 'read_meeting' && e.recordId === 'other-meeting')).toBe(true);
    // The demo's secretariat serves the demo meeting only, until it is added to another.
    expect(() => getMeeting(viewerFor('secretariat@vancouver.test'), 'other-meeting')).toThrow(AccessDenied);
    const other = getDb().select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, 'other-meeting')).get()!;
    getDb().insert(meetingSecretariat).values({ meetingId: other.id, userId: viewerFor('secretariat@vancouver.test').userId }).run();
    expect(getMeeting(viewerFor('secretariat@vancouver.test'), 'other-meeting').slug).toBe('other-meeting');
  });

  it('shows delegations the published programme only; the secretariat also sees drafts', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const meeting = getMeeting(secretariat, SLUG);
    getDb().update(agendaItems).set({ publishedAt: null }).where(eq(agendaItems.position, 1)).run();
    const japan = viewerFor('jp.staff@vancouver.test');
    expect(listAgenda(secretariat, meeting).length).toBe(listAgenda(japan, meeting).length + 1);
    expect(listAgenda(japan, meeting).every((item) => item.published)).toBe(true);
  });

  it('keeps a secretariat account to its own meetings: the other is not listed, counted, searched or offered', async () => {
    const ottawa = await otherMeetingSecretariat('secretariat@ottawa.test');
    const vancouver = viewerFor('secretariat@vancouver.test');
    expect(listMeetings(ottawa).map((m) => m.slug)).toEqual(['ottawa-2019']);
    expect(listMeetings(vancouver).map((m) => m.slug)).toEqual([SLUG]);
    const meeting = getMeeting(vancouver, SLUG);
    expect(() => getMeeting(ottawa, SLUG)).toThrow(AccessDenied);
    expect(() => searchPositions(ottawa, meeting, { words: 'sanctions' })).toThrow(AccessDenied);
    expect(() => listPositions(ottawa, meeting)).toThrow(AccessDenied);
    expect(deniedEntries().filter((e) => e.actorUserId === ottawa.userId).length).toBe(3);
    // Nor does the Ottawa secretariat appear among the Vancouver meeting's people.
    expect(listAccounts(vancouver, meeting).items.map((a) => a.email)).not.toContain('secretariat@ottawa.test');
    expect(listAccounts(vancouver, meeting).items.map((a) => a.email)).toContain('secretariat@vancouver.test');
    expect(getAuditFilterChoices(vancouver, meeting).actors!.map((a) => a.email)).not.toContain('secretariat@ottawa.test');
  });
});
