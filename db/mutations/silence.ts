import 'server-only';
import { announce, documentForWrite, requireNegotiated, requirePen, penChange, audit, writeStance } from '../drafting-steps';
import { cancelSilenceEnd, scheduleSilenceEnd } from './silence-scheduler';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { countBrackets } from '@/lib/domain/brackets';
import { writeTransaction } from '../client';
import { deny } from '../access';
import type { Viewer } from '../viewer';
import { openItems } from '../document-readiness';
import { isReady } from '@/lib/domain/text-readiness';
import { RuleViolation } from '../errors';
import { meetings, outcomeDocuments, paragraphs } from '../schema';
import { notifyDocumentReaders } from './notifications';

/**
 * How long after the meeting's end (or after now, for a text still negotiated once the
 * meeting's days are past) a silence may run: a text can be finalised in the weeks after
 * the ministers leave, but a deadline years away is a typing slip.
 */
export const SILENCE_DEADLINE_MARGIN_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The secretariat puts the text under silence until `deadline` (a future instant). The
 * text is frozen until a head breaks silence, the secretariat withdraws it, or the deadline
 * passes, when it is adopted. Only a ready text may go under silence, since silence ends in
 * adoption: RuleViolation('textNotReady') while a paragraph holds a bracket or is still
 * draft, or an amendment is open (the document page lists them).
 */
export function startSilence(viewer: Viewer, input: { documentId: number; deadline: Date }) {
  if (input.deadline.getTime() <= Date.now()) throw new RuleViolation('deadlinePast', 'deadline');
  penChange(viewer, input.documentId, 'start_silence', 'silence_started', (db, document) => {
    requireNegotiated(viewer, document, 'start_silence');
    const { endsAt } = db.select({ endsAt: meetings.endsAt }).from(meetings).where(eq(meetings.id, document.meetingId)).get()!;
    const latest = Math.max(endsAt.getTime(), Date.now()) + SILENCE_DEADLINE_MARGIN_MS;
    if (input.deadline.getTime() > latest) throw new RuleViolation('deadlineTooLate', 'deadline');
    if (!isReady(openItems(db, document.id, 0))) throw new RuleViolation('textNotReady');
    db.update(outcomeDocuments)
      .set({
        status: 'silence',
        silenceDeadline: input.deadline,
        silenceStartedAt: new Date(),
        silenceBrokenAt: null,
        silenceBrokenByDelegationId: null,
        silenceBrokenByUserId: null,
        silenceBrokenReason: null,
      })
      .where(eq(outcomeDocuments.id, document.id))
      .run();
    audit(db, viewer, document, {
      action: 'start_silence',
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: document.status },
      after: { status: 'silence', deadline: input.deadline.toISOString() },
    });
    notifyDocumentReaders(db, viewer, document.id, (facts) => ({ kind: 'silence_started', ...facts, deadline: input.deadline }));
  });
  scheduleSilenceEnd(input.documentId, input.deadline);
}

/**
 * Ends a running silence short of adoption: the text returns to drafting as it stands, with
 * who ended it, when and why for everyone to read. A head breaks it (the delegation is
 * recorded); the secretariat withdraws it (no delegation). Its timer is disarmed.
 */
function interruptSilence(viewer: Viewer, documentId: number, action: 'break_silence' | 'withdraw_silence', reason: string) {
  const breaking = action === 'break_silence';
  const document = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, documentId, action);
    if (!breaking) requirePen(viewer, document, action, document.id);
    else if (viewer.role !== 'head' || !viewer.delegation) {
      deny(viewer, 403, { action, recordType: 'outcome_document', recordId: document.id, meetingId: document.meetingId });
    }
    requireNegotiated(viewer, document, action);
    if (document.status !== 'silence') throw new RuleViolation(document.status === 'adopted' ? 'documentAdopted' : 'notUnderSilence');
    db.update(outcomeDocuments)
      .set({
        status: 'drafting',
        silenceBrokenAt: new Date(),
        silenceBrokenByDelegationId: breaking ? viewer.delegation!.id : null,
        silenceBrokenByUserId: viewer.userId,
        silenceBrokenReason: reason,
      })
      .where(eq(outcomeDocuments.id, document.id))
      .run();
    audit(db, viewer, document, {
      action,
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: 'silence' },
      after: { status: 'drafting', reason },
    });
    // Breaking silence is the delegation's objection to the text.
    if (breaking) writeStance(db, viewer, document, 'objection', reason);
    // A withdrawal is the secretariat's own step back; only a broken silence is news.
    if (breaking) {
      notifyDocumentReaders(db, viewer, document.id, (facts) => ({ kind: 'silence_ended', ...facts, outcome: 'broken', by: viewer.delegation!.protocolName }));
    }
    return document;
  });
  cancelSilenceEnd(document.id);
  announce(document, breaking ? 'silence_broken' : 'silence_withdrawn', viewer);
}

/**
 * A head of delegation breaks silence with a written objection: the document returns to
 * drafting, everyone sees who broke it and why, and the objection is the delegation's stance.
 */
export function breakSilence(viewer: Viewer, input: { documentId: number; reason: string }) {
  interruptSilence(viewer, input.documentId, 'break_silence', input.reason);
}

/**
 * The secretariat withdraws the silence it started (a wrong deadline, a text sent too
 * early): the text returns to drafting as it stood, and everyone sees who withdrew it, when
 * and why. Stored where a broken silence is, with no delegation.
 */
export function withdrawSilence(viewer: Viewer, input: { documentId: number; reason: string }) {
  interruptSilence(viewer, input.documentId, 'withdraw_silence', input.reason);
}

/**
 * The secretariat issues a chair's text: adopted at once, under the chair's authority, with
 * no silence (a negotiated text is adopted through silence: RuleViolation('negotiatedNeedsSilence')).
 * Refused while a paragraph still holds a bracket ('issueBracketsOpen'), a translation is
 * missing or out of date ('issueTranslationsOpen'), or the text is empty.
 */
export function issueChairsText(viewer: Viewer, input: { documentId: number }) {
  penChange(viewer, input.documentId, 'issue_chairs_text', 'adopted', (db, document) => {
    if (document.draftingMode !== 'chairs_text') throw new RuleViolation('negotiatedNeedsSilence');
    const texts = db
      .select({ text: paragraphs.text })
      .from(paragraphs)
      .where(and(eq(paragraphs.documentId, document.id), isNull(paragraphs.deletedAt)))
      .all();
    if (texts.length === 0) throw new RuleViolation('issueEmpty');
    if (texts.some((p) => countBrackets(p.text) > 0)) throw new RuleViolation('issueBracketsOpen');
    if (openItems(db, document.id, 0).translations.length > 0) throw new RuleViolation('issueTranslationsOpen');
    const adoptedAt = new Date();
    db.update(outcomeDocuments).set({ status: 'adopted', adoptedAt }).where(eq(outcomeDocuments.id, document.id)).run();
    audit(db, viewer, document, {
      action: 'issue_chairs_text',
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: document.status },
      after: { status: 'adopted', revision: document.revision },
    });
  });
}

/**
 * The secretariat reopens an adopted text for drafting; logged with the reason. What comes
 * of it is a reissue of the adopted text, so its symbol gains the next `/Rev.n`.
 */
export function reopenDocument(viewer: Viewer, input: { documentId: number; reason: string }) {
  const document = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'reopen_document');
    requirePen(viewer, document, 'reopen_document', document.id);
    if (document.status !== 'adopted') throw new RuleViolation('notAdopted');
    const { reissue } = db
      .update(outcomeDocuments)
      .set({ status: 'drafting', adoptedAt: null, reissue: sql`${outcomeDocuments.reissue} + 1` })
      .where(eq(outcomeDocuments.id, document.id))
      .returning({ reissue: outcomeDocuments.reissue })
      .get();
    audit(db, viewer, document, {
      action: 'reopen_document',
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: 'adopted', reissue: reissue - 1 },
      after: { status: 'drafting', reissue, reason: input.reason },
    });
    return document;
  });
  announce(document, 'reopened', viewer);
}
