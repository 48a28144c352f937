import { and, count, eq, like } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabaseCopy, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { thrown } from '@/test/thrown';
import { AccessDenied, mayReadDocument } from '../access';
import type { Viewer } from '../viewer';
import { getDb } from '../client';
import { RuleViolation, VersionConflict } from '../errors';
import { getAttention } from '../queries/attention';
import { getDocument, getDocumentDistribution, listDocuments } from '../queries/documents';
import { getDocumentHistory } from '../queries/history';
import { getMeeting } from '../queries/meetings';
import { amendments, auditEntries, meetings, outcomeDocuments, paragraphs } from '../schema';
import { setDocumentDistribution } from './document-settings';
import { addComment } from './comments';
import { issueChairsText, startSilence } from './silence';
import { proposeAmendment } from './amendments';
import { recordStance } from './stances';

const SLUG = 'vancouver-2018';
let documentId: number;

const secretariat = () => viewerFor('secretariat@vancouver.test');
const japan = () => viewerFor('jp.head@vancouver.test');
const korea = () => viewerFor('kr.head@vancouver.test');
const meeting = () => getMeeting(secretariat(), SLUG);
const version = () => getDb().select({ version: outcomeDocuments.version }).from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get()!.version;
const restrictToJapan = () => setDocumentDistribution(secretariat(), { documentId, version: version(), distribution: 'restricted', recipientCodes: ['jp'] });
const audited = (action: string, outcome: 'done' | 'denied' = 'done') =>
  getDb().select({ n: count() }).from(auditEntries).where(and(eq(auditEntries.action, action), eq(auditEntries.outcome, outcome))).get()!.n;

const denied = (work: () => unknown) => thrown(work) as AccessDenied;

describe('who reads a document: mayReadDocument', () => {
  beforeEach(async () => {
    await demoDatabaseCopy();
  });

  it('lets every participant read general and limited texts, a restricted one only the secretariat and the named, nobody outside', async () => {
    const { id: meetingId } = meeting();
    const document = (distribution: 'general' | 'limited' | 'restricted') => ({ meetingId, distribution });
    const named = [japan().delegation!.id];
    for (const distribution of ['general', 'limited'] as const) {
      expect([secretariat(), japan(), korea()].map((v) => mayReadDocument(v, document(distribution), []))).toEqual([true, true, true]);
    }
    expect([secretariat(), japan(), korea()].map((v) => mayReadDocument(v, document('restricted'), named))).toEqual([true, true, false]);
    const stranger: Viewer = await otherMeetingSecretariat('secretariat@other-meeting.test');
    expect(['general', 'restricted'].map((d) => mayReadDocument(stranger, document(d as 'general'), named))).toEqual([false, false]);
  });
});

describe('a document of restricted distribution', () => {
  beforeEach(async () => {
    await demoDatabaseCopy();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    documentId = getDb().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
  });

  it('needs a delegation named, of this meeting; nothing is saved otherwise', () => {
    const refused = (codes: string[]) =>
      thrown(() => setDocumentDistribution(secretariat(), { documentId, version: version(), distribution: 'restricted', recipientCodes: codes })) as RuleViolation;
    expect([refused([]).code, refused([]).field]).toEqual(['recipientsRequired', 'recipients']);
    expect(refused(['jp', 'zz']).code).toBe('recipientUnknown');
    expect(getDocumentDistribution(secretariat(), meeting(), documentId)).toMatchObject({ distribution: 'limited', recipients: [], version: 1 });
    expect(audited('set_document_distribution')).toBe(0);
  });

  it('is saved against the version, audited, and a stale save gets a conflict with what stands now', () => {
    restrictToJapan();
    expect(getDocumentDistribution(secretariat(), meeting(), documentId)).toMatchObject({ distribution: 'restricted', recipients: ['jp'], version: 2 });
    expect(audited('set_document_distribution')).toBe(1);
    const conflict = thrown(() => setDocumentDistribution(secretariat(), { documentId, version: 1, distribution: 'general', recipientCodes: [] }));
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toEqual({ distribution: 'restricted', recipients: ['jp'], version: 2 });
    // General again: the named delegations are forgotten with the restriction.
    setDocumentDistribution(secretariat(), { documentId, version: 2, distribution: 'general', recipientCodes: ['jp'] });
    expect(getDocumentDistribution(secretariat(), meeting(), documentId)).toMatchObject({ distribution: 'general', recipients: [] });
  });

  it('is set by the secretariat only, and not in a concluded meeting', () => {
    expect(denied(() => setDocumentDistribution(japan(), { documentId, version: 1, distribution: 'general', recipientCodes: [] })).status).toBe(403);
    getDb().update(meetings).set({ status: 'concluded' }).where(eq(meetings.slug, SLUG)).run();
    expect((thrown(() => restrictToJapan()) as RuleViolation).code).toBe('meetingConcluded');
  });

  it('does not exist for a delegation it does not name: 404 on every read and action, absent from lists and the overview', () => {
    const before = audited('read_document', 'denied');
    restrictToJapan();
    expect(getDocument(japan(), meeting(), documentId).distribution).toBe('restricted');
    expect(listDocuments(japan(), meeting()).map((d) => d.id)).toContain(documentId);
    expect(getAttention(japan(), meeting()).some((item) => 'documentId' in item && item.documentId === documentId)).toBe(true);

    expect(denied(() => getDocument(korea(), meeting(), documentId)).status).toBe(404);
    expect(audited('read_document', 'denied')).toBe(before + 1);
    expect(denied(() => getDocumentHistory(korea(), meeting(), documentId)).status).toBe(404);
    expect(listDocuments(korea(), meeting())).toEqual([]);
    expect(getAttention(korea(), meeting())).toEqual([]);
    const paragraphId = getDocument(japan(), meeting(), documentId).paragraphs[0].id;
    expect(denied(() => addComment(korea(), { documentId, paragraphId, amendmentId: null, body: 'Seen?' })).status).toBe(404);
    expect(denied(() => recordStance(korea(), { documentId, kind: 'endorse', text: '' })).status).toBe(404);
    expect(denied(() => proposeAmendment(korea(), { documentId, paragraphId, action: 'delete', text: '', rationale: 'No.', positionStatementId: null })).status).toBe(404);
  });
});

describe("a chair's text", () => {
  beforeEach(async () => {
    await demoDatabaseCopy();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    documentId = getDb().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
    getDb().update(outcomeDocuments).set({ draftingMode: 'chairs_text' }).where(eq(outcomeDocuments.id, documentId)).run();
  });

  const firstParagraph = () => getDocument(secretariat(), meeting(), documentId).paragraphs[0];

  it('takes comments but refuses amendments, stances and silence, with the reason, logged', () => {
    const paragraphId = firstParagraph().id;
    addComment(japan(), { documentId, paragraphId, amendmentId: null, body: 'A welcome paragraph.' });
    const openBefore = getDb().select({ n: count() }).from(amendments).get()!.n;
    for (const refusal of [
      denied(() => proposeAmendment(japan(), { documentId, paragraphId, action: 'replace', text: 'Other words.', rationale: 'Clearer.', positionStatementId: null })),
      denied(() => recordStance(japan(), { documentId, kind: 'endorse', text: '' })),
      denied(() => startSilence(secretariat(), { documentId, deadline: new Date(Date.now() + 3_600_000) })),
    ]) {
      expect([refusal.status, refusal.reason]).toEqual([403, 'chairsTextNotNegotiated']);
    }
    expect(getDb().select({ n: count() }).from(amendments).get()!.n).toBe(openBefore);
    expect([audited('propose_amendment', 'denied'), audited('record_stance', 'denied'), audited('start_silence', 'denied')]).toEqual([1, 1, 1]);
  });

  it('is issued by the secretariat once no bracket is left: adopted at once, audited', () => {
    expect((thrown(() => issueChairsText(secretariat(), { documentId })) as RuleViolation).code).toBe('issueBracketsOpen');
    expect(denied(() => issueChairsText(japan(), { documentId })).status).toBe(403);
    getDb().update(paragraphs).set({ deletedAt: new Date() }).where(and(eq(paragraphs.documentId, documentId), like(paragraphs.text, '%[%'))).run();
    issueChairsText(secretariat(), { documentId });
    const issued = getDocument(japan(), meeting(), documentId);
    expect([issued.status, issued.adoptedAt !== null]).toEqual(['adopted', true]);
    expect(audited('issue_chairs_text')).toBe(1);
  });

  it('is the only kind of text issued without silence', () => {
    getDb().update(outcomeDocuments).set({ draftingMode: 'negotiated' }).where(eq(outcomeDocuments.id, documentId)).run();
    expect((thrown(() => issueChairsText(secretariat(), { documentId })) as RuleViolation).code).toBe('negotiatedNeedsSilence');
  });
});
