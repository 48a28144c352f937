import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { subscribe, type MeetingEvent } from '@/lib/platform/events';
import { AccessDenied } from '../access';
import type { Viewer } from '../viewer';
import { getDb } from '../client';
import { VersionConflict } from '../errors';
import { auditEntries, positionStatements, positionVersions } from '../schema';
import { getMeeting, type MeetingSummary } from '../queries/meetings';
import { getPosition } from '../queries/positions';
import { advancePosition, createPosition, revisePosition } from './positions';

let meeting: MeetingSummary;
let krStaff: Viewer;
let krHead: Viewer;
let events: MeetingEvent[];
let unsubscribe: () => void;

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an exception');
}

const auditOf = (id: number) =>
  getDb()
    .select({ action: auditEntries.action, outcome: auditEntries.outcome, before: auditEntries.before, after: auditEntries.after, actor: auditEntries.actorUserId })
    .from(auditEntries)
    .where(and(eq(auditEntries.recordType, 'position_statement'), eq(auditEntries.recordId, String(id))))
    .orderBy(auditEntries.id)
    .all();

const draft = (body = 'First text.') => createPosition(krStaff, meeting, { agendaItemId: null, title: 'General line', body }).id;

describe('writing, sharing and circulating position statements', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    krStaff = viewerFor('kr.staff@vancouver.test');
    krHead = viewerFor('kr.head@vancouver.test');
    meeting = getMeeting(krStaff, 'vancouver-2018');
    events = [];
    unsubscribe = subscribe(meeting.id, (event) => events.push(event));
  });
  afterEach(() => unsubscribe());

  it('creates a draft of the writer’s delegation with its first version, audited', () => {
    const id = draft('Line one\u0002 with a stray control character.');
    const position = getPosition(krStaff, meeting, id);
    expect(position).toMatchObject({ visibility: 'delegation', version: 1, delegation: { code: 'kr' }, agendaItem: null });
    expect(position.versions).toMatchObject([{ number: 1, body: 'Line one with a stray control character.', authorName: krStaff.name }]);
    expect(auditOf(id)).toMatchObject([{ action: 'create_position', outcome: 'done', actor: krStaff.userId, after: { visibility: 'delegation', version: 1 } }]);
    expect(events).toEqual([]);
  });

  it('refuses the secretariat a statement of its own (403, logged) and unknown agenda items', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const refusal = thrown(() => createPosition(secretariat, meeting, { agendaItemId: null, title: 'x', body: 'y' }));
    expect(refusal).toBeInstanceOf(AccessDenied);
    expect((refusal as AccessDenied).status).toBe(403);
    expect(getDb().select().from(auditEntries).where(eq(auditEntries.action, 'create_position')).all()).toMatchObject([
      { outcome: 'denied', actorUserId: secretariat.userId },
    ]);
    const unknown = thrown(() => createPosition(krStaff, meeting, { agendaItemId: 999_999, title: 'x', body: 'y' }));
    expect(unknown).toMatchObject({ code: 'unknownAgendaItem', field: 'agendaItemId' });
  });

  it('keeps every version; a stale save is a conflict carrying what is saved now', () => {
    const id = draft();
    expect(revisePosition(krHead, meeting, { id, expectedVersion: 1, title: 'General line', body: 'Second text.' })).toEqual({ version: 2 });
    const stale = thrown(() => revisePosition(krStaff, meeting, { id, expectedVersion: 1, title: 'General line', body: 'My text.' }));
    expect(stale).toBeInstanceOf(VersionConflict);
    expect((stale as VersionConflict).current).toEqual({ version: 2, title: 'General line', body: 'Second text.' });
    expect(getPosition(krStaff, meeting, id).versions.map((v) => [v.number, v.body])).toEqual([
      [2, 'Second text.'],
      [1, 'First text.'],
    ]);
    expect(auditOf(id).at(-1)).toMatchObject({
      action: 'revise_position',
      before: { version: 1, body: 'First text.' },
      after: { version: 2, body: 'Second text.' },
    });
    expect(thrown(() => revisePosition(krStaff, meeting, { id, expectedVersion: 2, title: 'General line', body: 'Second text.' }))).toMatchObject({
      code: 'nothingChanged',
    });
    // The refused save wrote nothing: its version bump was rolled back.
    expect(getDb().select().from(positionVersions).where(eq(positionVersions.statementId, id)).all()).toHaveLength(2);
    expect(getDb().select().from(positionStatements).where(eq(positionStatements.id, id)).get()?.version).toBe(2);
  });

  it('lets staff share but only the head circulate, recording who and when', () => {
    const id = draft();
    advancePosition(krStaff, meeting, { id, expectedVersion: 1, to: 'secretariat' });
    expect(thrown(() => advancePosition(krStaff, meeting, { id, expectedVersion: 1, to: 'secretariat' }))).toMatchObject({ code: 'alreadyDone' });
    const staffCirculating = thrown(() => advancePosition(krStaff, meeting, { id, expectedVersion: 1, to: 'circulated' }));
    expect((staffCirculating as AccessDenied).status).toBe(403);

    const before = Date.now();
    advancePosition(krHead, meeting, { id, expectedVersion: 1, to: 'circulated' });
    const row = getDb().select().from(positionStatements).where(eq(positionStatements.id, id)).get()!;
    expect(row).toMatchObject({ visibility: 'circulated', circulatedByUserId: krHead.userId, sharedFromVersion: 1, circulatedFromVersion: 1 });
    expect(row.circulatedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(auditOf(id).map((e) => [e.action, e.outcome])).toEqual([
      ['create_position', 'done'],
      ['share_position', 'done'],
      ['circulate_position', 'denied'],
      ['circulate_position', 'done'],
    ]);
    expect(events.map((e) => [e.kind, e.recordId])).toEqual([['position_circulated', id]]);
  });

  it('never circulates a text the head has not read', () => {
    const id = draft();
    revisePosition(krStaff, meeting, { id, expectedVersion: 1, title: 'General line', body: 'Changed meanwhile.' });
    expect(thrown(() => advancePosition(krHead, meeting, { id, expectedVersion: 1, to: 'circulated' }))).toBeInstanceOf(VersionConflict);
    expect(getPosition(krHead, meeting, id).visibility).toBe('delegation');
  });

  it('supersedes a circulated statement with a new version by the head only; it stays circulated', () => {
    const id = draft();
    advancePosition(krHead, meeting, { id, expectedVersion: 1, to: 'circulated' });
    const staffEdit = thrown(() => revisePosition(krStaff, meeting, { id, expectedVersion: 1, title: 'General line', body: 'Quietly changed.' }));
    expect((staffEdit as AccessDenied).status).toBe(403);

    revisePosition(krHead, meeting, { id, expectedVersion: 1, title: 'General line', body: 'Superseding text.' });
    const japan = viewerFor('jp.staff@vancouver.test');
    const read = getPosition(japan, meeting, id);
    expect(read.visibility).toBe('circulated');
    expect(read.versions.map((v) => [v.number, v.body])).toEqual([
      [2, 'Superseding text.'],
      [1, 'First text.'],
    ]);
    expect(events.map((e) => e.kind)).toEqual(['position_circulated', 'position_superseded']);
  });

  it('answers 404 to another delegation writing to a draft, 403 to one writing to a circulated statement', () => {
    const id = draft();
    const japanHead = viewerFor('jp.head@vancouver.test');
    const onDraft = thrown(() => revisePosition(japanHead, meeting, { id, expectedVersion: 1, title: 'x', body: 'y' }));
    expect((onDraft as AccessDenied).status).toBe(404);
    expect((thrown(() => advancePosition(japanHead, meeting, { id, expectedVersion: 1, to: 'circulated' })) as AccessDenied).status).toBe(404);
    advancePosition(krHead, meeting, { id, expectedVersion: 1, to: 'circulated' });
    const onCirculated = thrown(() => revisePosition(japanHead, meeting, { id, expectedVersion: 1, title: 'x', body: 'y' }));
    expect((onCirculated as AccessDenied).status).toBe(403);
    expect(getPosition(krStaff, meeting, id).versions).toHaveLength(1);
    expect(auditOf(id).filter((e) => e.outcome === 'denied')).toHaveLength(3);
  });
});
