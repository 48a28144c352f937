import { and, count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openItems } from '@/db/document-readiness';
import { demoDatabase, viewerFor } from '@/test/database';
import { readyTheText } from '@/test/drafting';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation, VersionConflict } from '../errors';
import { getDocument } from '../queries/documents';
import { getMeeting } from '../queries/meetings';
import { amendments, auditEntries, outcomeDocuments, paragraphs } from '../schema';
import {
  acceptAmendment,
  addComment,
  breakSilence,
  deleteParagraph,
  editParagraph,
  proposeAmendment,
  recordStance,
  reopenDocument,
  resumeSilences,
  settleSilences,
  SILENCE_DEADLINE_MARGIN_MS,
  startSilence,
  withdrawSilence,
} from './drafting';

const SLUG = 'vancouver-2018';
let documentId: number;

const secretariat = () => viewerFor('secretariat@vancouver.test');
const japan = () => viewerFor('jp.staff@vancouver.test');
const document = () => getDocument(secretariat(), getMeeting(secretariat(), SLUG), documentId);
const paragraphWith = (status: string) => document().paragraphs.find((p) => p.status === status)!;
const auditCount = (action: string) =>
  getDb().select({ n: count() }).from(auditEntries).where(eq(auditEntries.action, action)).get()!.n;

function expectRule(work: () => unknown, code: string) {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).code).toBe(code);
    return;
  }
  throw new Error(`expected RuleViolation ${code}`);
}

describe('drafting the outcome document', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    documentId = getDb().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
  });

  it('lets the pen edit a paragraph, with a revision and an audit entry; a stale version gets a conflict', () => {
    const p = paragraphWith('draft');
    editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Ministers agreed on new words.' });
    const after = document();
    expect(after.paragraphs.find((x) => x.id === p.id)!.text).toBe('Ministers agreed on new words.');
    expect(after.revision).toBe(2);
    expect(auditCount('edit_paragraph')).toBe(1);

    let conflict: unknown;
    try {
      editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'A second editor, late.' });
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toEqual({ text: 'Ministers agreed on new words.', version: p.version + 1 });
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe('Ministers agreed on new words.');
  });

  it('refuses unbalanced or empty brackets and leaves the text as it was', () => {
    const p = paragraphWith('draft');
    expectRule(() => editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Ministers [urged all' }), 'bracketUnclosed');
    expectRule(() => editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Ministers [] all' }), 'bracketEmpty');
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe(p.text);
  });

  it('refuses the pen to a delegation and logs the refusal', () => {
    const p = paragraphWith('draft');
    expect(() => editParagraph(japan(), { documentId, paragraphId: p.id, version: p.version, text: 'Japan writes.' })).toThrow(AccessDenied);
    const refusal = getDb()
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'edit_paragraph'), eq(auditEntries.outcome, 'denied')))
      .all();
    expect(refusal).toHaveLength(1);
    expect(refusal[0].actorUserId).toBe(japan().userId);
  });

  it('accepts an amendment in one transaction; one whose paragraph changed since needs a confirmation', () => {
    const p = paragraphWith('draft');
    const id = proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'replace', text: 'Japan’s wording.', rationale: 'Clearer.', positionStatementId: null });
    editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'The pen moved first.' });
    expectRule(() => acceptAmendment(secretariat(), { amendmentId: id, confirmedParagraphVersion: null }), 'amendmentStale');
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe('The pen moved first.');

    acceptAmendment(secretariat(), { amendmentId: id, confirmedParagraphVersion: p.version + 1 });
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe('Japan’s wording.');
    expect(getDb().select({ status: amendments.status }).from(amendments).where(eq(amendments.id, id)).get()!.status).toBe('accepted');
    expect(auditCount('accept_amendment')).toBe(1);
  });

  it('refuses an amendment to a paragraph deleted meanwhile', () => {
    const p = paragraphWith('draft');
    deleteParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version });
    expectRule(
      () => proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'delete', text: '', rationale: 'Gone?', positionStatementId: null }),
      'paragraphDeleted',
    );
  });

  it('marks a stance given on an earlier revision once the text changes', () => {
    const head = viewerFor('jp.head@vancouver.test');
    recordStance(head, { documentId, kind: 'endorse', text: '' });
    const jp = () => document().stances.find((s) => s.delegation.code === 'jp')!.stance!;
    expect(jp().earlier).toBe(false);
    const p = paragraphWith('draft');
    editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Changed.' });
    expect(jp().earlier).toBe(true);
    expect(() => recordStance(japan(), { documentId, kind: 'endorse', text: '' })).toThrow(AccessDenied);
  });

  it('refuses a silence deadline in the past or far beyond the meeting, at the deadline field', () => {
    expect(() => startSilence(secretariat(), { documentId, deadline: new Date(Date.now() - 1000) })).toThrow(new RuleViolation('deadlinePast', 'deadline'));
    expect(() => startSilence(secretariat(), { documentId, deadline: new Date('9999-12-31T23:59:00Z') })).toThrow(new RuleViolation('deadlineTooLate', 'deadline'));
    expect(() => startSilence(secretariat(), { documentId, deadline: new Date(Date.now() + SILENCE_DEADLINE_MARGIN_MS + 60_000) })).toThrow(
      new RuleViolation('deadlineTooLate', 'deadline'),
    );
    expect(document().status).toBe('drafting');
  });

  it('refuses silence while a paragraph is bracketed or in draft or an amendment is open, naming each as delegates do', () => {
    const items = openItems(getDb(), documentId, 100);
    const bracketed = document().paragraphs.filter((p) => p.status === 'bracketed');
    expect(items.paragraphs.filter((p) => p.status === 'bracketed').map((p) => p.id)).toEqual(bracketed.map((p) => p.id));
    expect(items.paragraphs.some((p) => p.status === 'draft')).toBe(true);
    // Named by kind and number within the kind, as the page prints them.
    for (const p of items.paragraphs.filter((x) => x.kind === 'operative')) {
      expect(document().paragraphs.find((x) => x.id === p.id)!.number).toBe(p.number);
    }
    expect(items.amendmentCount).toBeGreaterThan(0);
    expect(items.amendments[0].delegation).toMatch(/^[A-Z]/);
    const before = document();
    expectRule(() => startSilence(secretariat(), { documentId, deadline: new Date(Date.now() + 3_600_000) }), 'textNotReady');
    expect(document().status).toBe('drafting');
    expect(auditCount('start_silence')).toBe(0);

    // One open amendment left is enough to refuse.
    readyTheText(documentId);
    const p = document().paragraphs[0];
    proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'delete', text: '', rationale: 'Late.', positionStatementId: null });
    expectRule(() => startSilence(secretariat(), { documentId, deadline: new Date(Date.now() + 3_600_000) }), 'textNotReady');
    expect(before.paragraphs.length).toBe(document().paragraphs.length);
  });

  it('lets the secretariat withdraw a silence with a reason everyone sees; the text returns to drafting unchanged', () => {
    readyTheText(documentId);
    const ready = document();
    startSilence(secretariat(), { documentId, deadline: new Date(Date.now() + 3_600_000) });
    expect(() => withdrawSilence(viewerFor('kr.head@vancouver.test'), { documentId, reason: 'Not ours to withdraw.' })).toThrow(AccessDenied);
    withdrawSilence(secretariat(), { documentId, reason: 'The deadline was typed wrong.' });
    const after = getDocument(japan(), getMeeting(japan(), SLUG), documentId);
    expect(after.status).toBe('drafting');
    expect(after.silence.withdrawnBy).toBe(secretariat().name);
    expect(after.silence.brokenBy).toBeNull();
    expect(after.silence.brokenReason).toBe('The deadline was typed wrong.');
    expect(after.paragraphs.map((p) => [p.id, p.text, p.status])).toEqual(ready.paragraphs.map((p) => [p.id, p.text, p.status]));
    expect(after.revision).toBe(ready.revision);
    // The head's refused attempt and the secretariat's withdrawal.
    expect(auditCount('withdraw_silence')).toBe(2);
    expectRule(() => withdrawSilence(secretariat(), { documentId, reason: 'Again.' }), 'notUnderSilence');
    // A withdrawn silence does not adopt the text when its deadline passes.
    settleSilences(documentId, new Date(Date.now() + 7_200_000));
    expect(document().status).toBe('drafting');
  });

  it('freezes the text under silence; a head breaks it with an objection that everyone sees', () => {
    readyTheText(documentId);
    startSilence(secretariat(), { documentId, deadline: new Date(Date.now() + 3_600_000) });
    const p = document().paragraphs[0];
    expectRule(() => editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'x' }), 'underSilence');
    expectRule(
      () => proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'delete', text: '', rationale: 'r', positionStatementId: null }),
      'underSilence',
    );
    breakSilence(viewerFor('kr.head@vancouver.test'), { documentId, reason: 'Paragraph 9 needs another look.' });
    const after = document();
    expect(after.status).toBe('drafting');
    expect(after.silence.brokenBy?.delegation).toBe('Republic of Korea');
    expect(after.silence.brokenReason).toBe('Paragraph 9 needs another look.');
    expect(after.stances.find((s) => s.delegation.code === 'kr')!.stance!.kind).toBe('objection');
  });

  it('adopts the text when the deadline passes unbroken: at the deadline, after it, and after a restart', () => {
    readyTheText(documentId);
    const deadline = new Date(Date.now() + 60_000);
    startSilence(secretariat(), { documentId, deadline });
    settleSilences(documentId, new Date(deadline.getTime() - 1));
    expect(document().status).toBe('silence');
    settleSilences(documentId, deadline);
    const adopted = getDb().select().from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get()!;
    expect(adopted.status).toBe('adopted');
    expect(adopted.adoptedAt).toEqual(deadline);
    expect(() => breakSilence(viewerFor('kr.head@vancouver.test'), { documentId, reason: 'Too late.' })).toThrow(RuleViolation);
    expect(auditCount('adopt_after_silence')).toBe(1);

    expect(document().symbol).toBe('VG/2018/1');
    reopenDocument(secretariat(), { documentId, reason: 'A factual error in paragraph 2.' });
    expect(document().status).toBe('drafting');
    expect(auditCount('reopen_document')).toBe(1);
    // What comes of a reopened adopted text is its reissue.
    expect(document().symbol).toBe('VG/2018/1/Rev.1');
  });

  it('settles at start-up a silence that ran out while the server was down', () => {
    getDb()
      .update(outcomeDocuments)
      .set({ status: 'silence', silenceDeadline: new Date(Date.now() - 1000) })
      .where(eq(outcomeDocuments.id, documentId))
      .run();
    resumeSilences();
    expect(getDb().select().from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get()!.status).toBe('adopted');
  });

  it('keeps bracket holders with their brackets when the text around them changes', () => {
    const bracketed = document().paragraphs.find((p) => p.pieces.some((x) => x.kind === 'bracket' && x.holders.length > 0))!;
    const firstBracket = bracketed.pieces.find((x) => x.kind === 'bracket')!;
    if (firstBracket.kind !== 'bracket') throw new Error('no bracket');
    const newText = `Preface. ${bracketed.text}`;
    editParagraph(secretariat(), { documentId, paragraphId: bracketed.id, version: bracketed.version, text: newText });
    const after = document().paragraphs.find((p) => p.id === bracketed.id)!;
    const moved = after.pieces.find((x) => x.kind === 'bracket')!;
    expect(moved.kind === 'bracket' && moved.holders).toEqual(firstBracket.holders);
  });

  it('comments go on paragraphs of this document only', () => {
    const p = paragraphWith('agreed');
    addComment(japan(), { documentId, paragraphId: p.id, amendmentId: null, body: 'We can live with this.' });
    expect(document().paragraphs.find((x) => x.id === p.id)!.comments.at(-1)!.body).toBe('We can live with this.');
    const other = getDb().select({ id: paragraphs.id }).from(paragraphs).get()!.id + 100_000;
    expectRule(() => addComment(japan(), { documentId, paragraphId: other, amendmentId: null, body: 'x' }), 'paragraphUnknown');
    const before = document().paragraphs.find((x) => x.id === p.id)!.comments.length;
    expectRule(() => addComment(japan(), { documentId, paragraphId: p.id, amendmentId: null, body: '\u200b\u200d\u2060\ufeff' }), 'required');
    expect(document().paragraphs.find((x) => x.id === p.id)!.comments.length).toBe(before);
  });
});
