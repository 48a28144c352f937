import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMeeting } from '@/db/queries/meetings';
import { listDocuments } from '@/db/queries/documents';
import { openItems } from '@/db/document-readiness';
import { viewerFor } from '@/test/database';
import { readyTheText } from '@/test/drafting';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation } from '../errors';
import { outcomeDocuments } from '../schema';
import { proposeAmendment } from './amendments';
import { breakSilence, reopenDocument, SILENCE_DEADLINE_MARGIN_MS, startSilence, withdrawSilence } from './silence';
import { editParagraph } from './paragraphs';
import { resumeSilences, scheduleSilenceEnd, settleSilences } from './silence-scheduler';
import { expectRule, onTheDemoDocument } from '@/test/drafting';

describe('silence and adoption', () => {
  const scene = onTheDemoDocument();
  const { secretariat, japan, document, auditCount } = scene;
  let documentId: number;
  beforeEach(() => {
    documentId = scene.documentId;
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
    const after = document(japan());
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

  describe('once the deadline has passed', () => {
    const storedStatus = () => getDb().select().from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get()!.status;
    const ranOutAt = (deadline: Date) =>
      getDb().update(outcomeDocuments).set({ status: 'silence', silenceDeadline: deadline }).where(eq(outcomeDocuments.id, documentId)).run();
    afterEach(() => {
      vi.useRealTimers();
    });

    it('a read shows the text adopted at its deadline and writes nothing: recording it is the scheduler’s job', () => {
      const deadline = new Date(Math.floor(Date.now() / 1000) * 1000 - 5000);
      ranOutAt(deadline);
      const read = document(japan());
      expect(read.status).toBe('adopted');
      expect(read.adoptedAt).toEqual(deadline);
      const viewer = japan();
      expect(listDocuments(viewer, getMeeting(viewer, 'vancouver-2018')).find((d) => d.id === documentId)!.status).toBe('adopted');
      expect(storedStatus()).toBe('silence');
      expect(auditCount('adopt_after_silence')).toBe(0);

      settleSilences(documentId);
      expect(storedStatus()).toBe('adopted');
      expect(auditCount('adopt_after_silence')).toBe(1);
      expect(document(japan()).adoptedAt).toEqual(deadline);
    });

    it('a deadline beyond what one timer holds (~24.8 days) is re-armed when the timer wakes, and adopts at the deadline', () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const deadline = new Date(Date.now() + 30 * 86_400_000);
      ranOutAt(deadline);
      scheduleSilenceEnd(documentId, deadline);
      vi.advanceTimersByTime(2 ** 31);
      expect(storedStatus()).toBe('silence');
      vi.advanceTimersByTime(deadline.getTime() - Date.now() + 100);
      expect(storedStatus()).toBe('adopted');
    });
  });
});
