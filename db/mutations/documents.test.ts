import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraftText } from '@/lib/domain/draft-import';
import { demoDatabase, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { lisbonMeeting } from '@/test/meetings';
import { thrown } from '@/test/thrown';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { getDocument, listDocuments } from '../queries/documents';
import { getMeeting } from '../queries/meetings';
import { auditEntries, outcomeDocuments, revisions } from '../schema';
import { createDocument, type NewDocumentInput } from './documents';
import { createMeeting, setMeetingStatus } from './meetings';

const secretariat = () => viewerFor('secretariat@vancouver.test');
const lisbon = () => getMeeting(secretariat(), lisbonMeeting.slug);
const draft = readDraftText(
  ['Recalling the Lisbon Declaration,', '', '1. Ministers [commit / undertake] to protect the high seas.', '', '2. Ministers will meet again.'].join('\n'),
);
const summary: NewDocumentInput = { kind: 'chairs_summary', title: "Chair's Summary", draftingMode: 'chairs_text', paragraphs: draft.paragraphs };
const documentCount = () => getDb().select().from(outcomeDocuments).all().length;

describe('creating an outcome document', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    createMeeting(secretariat(), lisbonMeeting);
  });

  it('numbers the documents of each meeting from 1, with the meeting code in the symbol', () => {
    const first = createDocument(secretariat(), lisbon(), summary);
    const second = createDocument(secretariat(), lisbon(), { ...summary, kind: 'declaration', title: 'Lisbon Declaration', draftingMode: 'negotiated', paragraphs: [] });
    expect([first.symbol, second.symbol]).toEqual(['LOC/2026/1', 'LOC/2026/2']);
    expect(listDocuments(secretariat(), lisbon()).map((d) => [d.symbol, d.kind, d.title, d.paragraphCount])).toEqual([
      ['LOC/2026/1', 'chairs_summary', "Chair's Summary", 3],
      ['LOC/2026/2', 'declaration', 'Lisbon Declaration', 0],
    ]);
    // The demo meeting's numbering is its own.
    const vancouver = getMeeting(secretariat(), 'vancouver-2018');
    expect(createDocument(secretariat(), vancouver, summary).symbol).toBe('VG/2018/2');
    const row = getDb().select().from(outcomeDocuments).where(eq(outcomeDocuments.id, second.id)).get()!;
    expect(row).toMatchObject({ status: 'drafting', draftingMode: 'negotiated', distribution: 'limited', reissue: 0, revision: 1 });
  });

  it('saves the paragraphs in order, bracketed where they hold a bracket, as revision 1, with one audit entry', () => {
    const { id } = createDocument(secretariat(), lisbon(), summary);
    const document = getDocument(secretariat(), lisbon(), id);
    expect(document.paragraphs.map((p) => [p.kind, p.number, p.text, p.status])).toEqual([
      ['preambular', null, 'Recalling the Lisbon Declaration,', 'draft'],
      ['operative', 1, 'Ministers [commit / undertake] to protect the high seas.', 'bracketed'],
      ['operative', 2, 'Ministers will meet again.', 'draft'],
    ]);
    expect(document.openBrackets).toBe(1);
    expect(getDb().select().from(revisions).where(eq(revisions.documentId, id)).all().map((r) => [r.number, r.kind])).toEqual([
      [1, 'create'],
      [1, 'create'],
      [1, 'create'],
    ]);
    const audit = getDb().select().from(auditEntries).where(and(eq(auditEntries.action, 'create_document'), eq(auditEntries.outcome, 'done'))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ recordId: String(id), after: { symbol: 'LOC/2026/1', draftingMode: 'chairs_text', paragraphCount: 3 } });
  });

  it('takes the status from the text, not from what the caller claims', () => {
    const claimed: NewDocumentInput = { ...summary, paragraphs: [{ kind: 'operative', text: 'No brackets here.', status: 'agreed' } as NewDocumentInput['paragraphs'][number]] };
    const { id } = createDocument(secretariat(), lisbon(), claimed);
    expect(getDocument(secretariat(), lisbon(), id).paragraphs[0].status).toBe('draft');
  });

  it('refuses paragraphs whose brackets do not parse, empty ones and overlong ones at the source field, and saves nothing', () => {
    const before = documentCount();
    const cases: [string, string][] = [
      ['Ministers [call on all States.', 'bracketUnclosed'],
      ['   ', 'required'],
      ['x'.repeat(4001), 'paragraphTooLong'],
    ];
    for (const [text, code] of cases) {
      const paragraphs = [...summary.paragraphs, { kind: 'operative' as const, text }];
      expect(thrown(() => createDocument(secretariat(), lisbon(), { ...summary, paragraphs })), code).toMatchObject({ code, field: 'source' });
    }
    const tooMany = Array.from({ length: 1001 }, () => ({ kind: 'operative' as const, text: 'Again.' }));
    expect(thrown(() => createDocument(secretariat(), lisbon(), { ...summary, paragraphs: tooMany }))).toMatchObject({ code: 'importTooManyParagraphs' });
    expect(documentCount()).toBe(before);
  });

  it('is for the meeting secretariat only: delegations 403, a stranger 404, logged, nothing saved', async () => {
    const before = documentCount();
    const vancouver = getMeeting(secretariat(), 'vancouver-2018');
    for (const email of ['jp.head@vancouver.test', 'kr.staff@vancouver.test']) {
      const error = thrown(() => createDocument(viewerFor(email), vancouver, summary));
      expect(error).toBeInstanceOf(AccessDenied);
      expect((error as AccessDenied).status).toBe(403);
    }
    const stranger = await otherMeetingSecretariat('secretariat@other-meeting.test');
    expect((thrown(() => createDocument(stranger, vancouver, summary)) as AccessDenied).status).toBe(404);
    expect(documentCount()).toBe(before);
    expect(getDb().select().from(auditEntries).where(and(eq(auditEntries.action, 'create_document'), eq(auditEntries.outcome, 'denied'))).all()).toHaveLength(3);
  });

  it('is refused in a concluded meeting', () => {
    setMeetingStatus(secretariat(), lisbon(), 'in_session');
    setMeetingStatus(secretariat(), lisbon(), 'concluded');
    expect(thrown(() => createDocument(secretariat(), lisbon(), summary))).toMatchObject({ code: 'meetingConcluded' });
    expect(listDocuments(secretariat(), lisbon())).toEqual([]);
  });
});
