import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAuditQuery } from '@/lib/domain/audit-filters';
import { demoDatabase, viewerFor } from '@/test/database';
import { AccessDenied } from '../access';
import type { Viewer } from '../viewer';
import { getDb } from '../client';
import { addComment } from '../mutations/comments';
import { proposeAmendment } from '../mutations/amendments';
import { recordStance } from '../mutations/stances';
import { setParagraphStatus } from '../mutations/paragraphs';
import { setDocumentDistribution } from '../mutations/document-settings';
import { createPosition } from '../mutations/positions';
import { auditEntries, delegations, outcomeDocuments, paragraphs, users } from '../schema';
import { allAuditEntries, AUDIT_ACTOR_CHOICES, getAuditFilterChoices, listAuditEntries } from './audit';
import { getDocument } from './documents';
import { getMeeting } from './meetings';

const SLUG = 'vancouver-2018';
const secretariat = () => viewerFor('secretariat@vancouver.test');
const meeting = () => getMeeting(secretariat(), SLUG);
const noFilters = parseAuditQuery({}, 'America/Vancouver').filters;

let documentId: number;
let paragraphId: number;
const comment = (viewer: Viewer, body: string) => addComment(viewer, { documentId, paragraphId, amendmentId: null, body });

describe('the audit log', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    documentId = getDb().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
    paragraphId = getDb().select({ id: paragraphs.id }).from(paragraphs).where(eq(paragraphs.documentId, documentId)).get()!.id;
  });

  it('names each record as people know it: operative paragraph 9, amendment 7 (Republic of Korea), Japan’s stance', () => {
    const operative = getDb().select().from(paragraphs).where(and(eq(paragraphs.documentId, documentId), eq(paragraphs.kind, 'operative'))).all();
    const second = [...operative].sort((a, b) => a.position - b.position)[1];
    const amendmentId = proposeAmendment(viewerFor('kr.staff@vancouver.test'), {
      documentId,
      paragraphId: second.id,
      action: 'delete',
      text: '',
      rationale: 'Overtaken.',
      positionStatementId: null,
    });
    recordStance(viewerFor('jp.head@vancouver.test'), { documentId, kind: 'endorse', text: '' });
    const [stance, amendment] = listAuditEntries(secretariat(), meeting(), noFilters, null).entries;
    expect(stance.record).toEqual({ kind: 'stance', delegation: 'Japan' });
    expect(amendment.record).toEqual({ kind: 'amendment', id: amendmentId, delegation: 'Republic of Korea' });
    setParagraphStatus(secretariat(), { documentId, paragraphId: second.id, status: 'draft' });
    const [status] = listAuditEntries(secretariat(), meeting(), noFilters, null).entries;
    expect(status.record).toEqual({ kind: 'paragraph', paragraphKind: 'operative', number: 2 });
  });

  it('names a restricted document by its title only to those who may read it', () => {
    const version = getDb().select({ version: outcomeDocuments.version }).from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get()!.version;
    setDocumentDistribution(secretariat(), { documentId, version, distribution: 'restricted', recipientCodes: ['jp'] });
    // Korea's staff tries to open it: the refusal is logged under Korea, whose head reads it.
    expect(() => getDocument(viewerFor('kr.staff@vancouver.test'), meeting(), documentId)).toThrow(AccessDenied);
    const refusal = (viewer: Viewer) => listAuditEntries(viewer, meeting(), noFilters, null).entries.find((e) => e.action === 'read_document' && e.outcome === 'denied')!;
    expect(refusal(viewerFor('kr.head@vancouver.test')).record).toBeNull();
    expect(refusal(secretariat()).record).toMatchObject({ kind: 'document' });
  });

  it('shows the secretariat every entry of the meeting and a head only their delegation’s', () => {
    comment(viewerFor('jp.staff@vancouver.test'), 'Japan staff');
    comment(viewerFor('jp.head@vancouver.test'), 'Japan head');
    comment(viewerFor('kr.staff@vancouver.test'), 'Korea staff');
    comment(secretariat(), 'Secretariat');

    const all = listAuditEntries(secretariat(), meeting(), noFilters, null);
    expect(all.entries.map((e) => e.actor?.email ?? 'system')).toEqual([
      'secretariat@vancouver.test',
      'kr.staff@vancouver.test',
      'jp.head@vancouver.test',
      'jp.staff@vancouver.test',
      'system', // the demo seed
    ]);
    expect(all.total).toBe(5);
    expect(all.entries[1]).toMatchObject({ delegation: 'Republic of Korea', action: 'add_comment', recordType: 'comment', outcome: 'done' });

    const japan = listAuditEntries(viewerFor('jp.head@vancouver.test'), meeting(), noFilters, null);
    expect(japan.entries.map((e) => e.actor?.email)).toEqual(['jp.head@vancouver.test', 'jp.staff@vancouver.test']);
    expect(japan.entries[1].details).toEqual({ before: null, after: { paragraphId, amendmentId: null, body: 'Japan staff' } });
    expect(getAuditFilterChoices(viewerFor('jp.head@vancouver.test'), meeting()).actors!.map((a) => a.email).sort()).toEqual([
      'jp.head@vancouver.test',
      'jp.staff@vancouver.test',
    ]);
  });

  it('refuses staff with 404 and logs the refusal', () => {
    const staff = viewerFor('kr.staff@vancouver.test');
    for (const read of [
      () => listAuditEntries(staff, meeting(), noFilters, null),
      () => allAuditEntries(staff, meeting(), noFilters).next(),
      () => getAuditFilterChoices(staff, meeting()),
    ]) {
      expect(read).toThrow(AccessDenied);
      try {
        read();
      } catch (error) {
        expect((error as AccessDenied).status).toBe(404);
      }
    }
    const refusals = getDb()
      .select({ id: auditEntries.id })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'read_audit_log'), eq(auditEntries.outcome, 'denied'), eq(auditEntries.actorUserId, staff.userId)))
      .all();
    expect(refusals).toHaveLength(6);
  });

  it('keeps a delegation’s position texts from the secretariat, not from its own head', () => {
    createPosition(viewerFor('jp.staff@vancouver.test'), meeting(), { agendaItemId: null, title: 'Draft line', body: 'Not for the secretariat.' });
    const [forSecretariat] = listAuditEntries(secretariat(), meeting(), noFilters, null).entries;
    expect(forSecretariat).toMatchObject({ action: 'create_position', recordType: 'position_statement', details: 'withheld' });
    expect(JSON.stringify(forSecretariat)).not.toContain('Not for the secretariat');
    const [forHead] = listAuditEntries(viewerFor('jp.head@vancouver.test'), meeting(), noFilters, null).entries;
    expect(forHead.details).toMatchObject({ after: { body: 'Not for the secretariat.' } });
  });

  it('lists the people to filter by up to AUDIT_ACTOR_CHOICES of them, and above that asks for an e-mail, which still filters', () => {
    const db = getDb();
    const people = () => getAuditFilterChoices(secretariat(), meeting()).actors;
    const listed = people()!.length;
    expect(listed).toBeGreaterThan(0);
    const delegationId = db.select({ id: delegations.id }).from(delegations).where(eq(delegations.meetingId, meeting().id)).get()!.id;
    const officers = Array.from({ length: AUDIT_ACTOR_CHOICES - listed }, (_, n) => ({ email: `officer${n}@example.test`, name: `Officer ${n}`, role: 'staff' as const, delegationId, createdAt: new Date() }));
    db.insert(users).values(officers).run();
    expect(people()).toHaveLength(AUDIT_ACTOR_CHOICES);
    db.insert(users).values({ email: 'one.more@example.test', name: 'One More', role: 'staff', delegationId, createdAt: new Date() }).run();
    expect(people()).toBeNull();
    // A head's own people are still listed.
    expect(getAuditFilterChoices(viewerFor('jp.head@vancouver.test'), meeting()).actors!.map((a) => a.email)).toContain('jp.staff@vancouver.test');
    comment(viewerFor('jp.staff@vancouver.test'), 'by e-mail');
    const filters = parseAuditQuery({ actor: 'jp.staff@vancouver.test' }, 'America/Vancouver').filters;
    expect(listAuditEntries(secretariat(), meeting(), filters, null).entries.map((e) => e.actor?.email)).toEqual(['jp.staff@vancouver.test']);
  });

  it('filters by actor, record and day in the meeting’s zone', () => {
    const jp = viewerFor('jp.staff@vancouver.test');
    const first = comment(jp, 'one');
    comment(jp, 'two');
    comment(viewerFor('kr.staff@vancouver.test'), 'three');
    const byQuery = (raw: Record<string, string>) =>
      listAuditEntries(secretariat(), meeting(), parseAuditQuery(raw, 'America/Vancouver').filters, null).entries.map((e) => e.recordId);

    expect(byQuery({ actor: 'JP.staff@vancouver.test ' })).toHaveLength(2);
    expect(byQuery({ actor: 'nobody@vancouver.test' })).toEqual([]);
    expect(byQuery({ type: 'comment', record: String(first) })).toEqual([String(first)]);
    expect(byQuery({ type: 'meeting' })).toHaveLength(1);

    // 16 January 2018, 23:30 in Vancouver is already the 17th in UTC. (The demo's own
    // entries are dated on the meeting's days too: comments only.)
    getDb().update(auditEntries).set({ at: new Date('2018-01-17T07:30:00Z') }).where(eq(auditEntries.recordId, String(first))).run();
    expect(byQuery({ type: 'comment', from: '2018-01-16', to: '2018-01-16' })).toEqual([String(first)]);
    expect(byQuery({ type: 'comment', from: '2018-01-17', to: '2018-01-17' })).toEqual([]);
    expect(byQuery({ type: 'comment', to: '2018-01-15' })).toEqual([]);
  });

  it('pages through thousands of entries by position, each once, and reads a page from an index', () => {
    const db = getDb();
    const base = Date.UTC(2018, 0, 16, 17);
    db.insert(auditEntries)
      .values(
        Array.from({ length: 2000 }, (_, i) => ({
          // Pairs share a millisecond, so paging must order by id too.
          at: new Date(base + Math.floor(i / 2)),
          meetingId: meeting().id,
          action: 'bulk',
          recordType: 'paragraph',
          recordId: String(i),
        })),
      )
      .run();
    const bulk = parseAuditQuery({ type: 'paragraph' }, 'UTC').filters;
    const seen: string[] = [];
    let page = listAuditEntries(secretariat(), meeting(), bulk, null, 300);
    expect(page.newer).toBeNull();
    for (;;) {
      seen.push(...page.entries.map((e) => e.recordId!));
      if (!page.older) break;
      page = listAuditEntries(secretariat(), meeting(), bulk, { before: page.older }, 300);
    }
    expect(seen).toEqual(Array.from({ length: 2000 }, (_, i) => String(1999 - i)));
    expect(page.total).toBe(2000);

    // And back towards the newest from the last page.
    const back = listAuditEntries(secretariat(), meeting(), bulk, { after: page.newer! }, 300);
    expect(back.entries.map((e) => e.recordId)).toEqual(seen.slice(seen.length - 200 - 300, seen.length - 200));

    const streamed = [...allAuditEntries(secretariat(), meeting(), bulk, 700)];
    expect(streamed.map((batch) => batch.length)).toEqual([700, 700, 600]);

    const plan = (sql: string, ...params: unknown[]) =>
      (db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    const newestFirst = 'order by at desc, id desc limit 50';
    const meetingPage = plan(`select id from audit_entries where meeting_id = ? and (at, id) < (?, ?) ${newestFirst}`, meeting().id, base, 3);
    const actorPage = plan(`select id from audit_entries where meeting_id = ? and actor_user_id = ? ${newestFirst}`, meeting().id, 5);
    expect(meetingPage).toMatch(/USING (COVERING )?INDEX audit_entries_meeting_at_idx/);
    expect(actorPage).toMatch(/USING (COVERING )?INDEX audit_entries_actor_at_idx/);
    for (const detail of [meetingPage, actorPage]) expect(detail).not.toContain('TEMP B-TREE');
  });
});
