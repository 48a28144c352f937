import 'server-only';
import {
  checkBrackets,
  announce,
  documentForWrite,
  requireNegotiated,
  requirePen,
  requireDrafting,
  audit,
  liveParagraph,
  recordRevision,
  rewriteParagraph,
  insertParagraphAfter,
  type Document,
} from '../drafting-steps';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq, ne, sql } from 'drizzle-orm';
import { writeTransaction, type Db } from '../client';
import { deny } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { amendments, amendmentSupports, paragraphs, positionStatements } from '../schema';
import { notifyAmendmentDecided } from './notifications';

/** A delegation user's own delegation; the secretariat holds the pen and proposes nothing. */
function ownDelegation(viewer: Viewer, document: Document, action: AuditAction, recordId: number) {
  if (!viewer.delegation) {
    deny(viewer, 403, { action, recordType: 'outcome_document', recordId, meetingId: document.meetingId });
  }
  return viewer.delegation;
}

/**
 * A delegation proposes to replace, insert after, or delete a paragraph, with a rationale
 * and optionally its own circulated position statement. Refused under silence, after
 * adoption, or when the paragraph was deleted meanwhile.
 */
export function proposeAmendment(
  viewer: Viewer,
  input: {
    documentId: number;
    paragraphId: number;
    action: 'replace' | 'insert_after' | 'delete';
    text: string;
    rationale: string;
    positionStatementId: number | null;
  },
): number {
  const text = input.action === 'delete' ? '' : input.text;
  if (input.action !== 'delete') {
    if (!text.trim()) throw new RuleViolation('required', 'text');
    checkBrackets(text);
  }
  const { document, id } = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'propose_amendment');
    const delegation = ownDelegation(viewer, document, 'propose_amendment', input.documentId);
    requireNegotiated(viewer, document, 'propose_amendment');
    requireDrafting(document);
    const paragraph = liveParagraph(db, document, input.paragraphId);
    if (input.positionStatementId !== null) {
      const own = db
        .select({ id: positionStatements.id })
        .from(positionStatements)
        .where(
          and(
            eq(positionStatements.id, input.positionStatementId),
            eq(positionStatements.delegationId, delegation.id),
            eq(positionStatements.visibility, 'circulated'),
          ),
        )
        .get();
      if (!own) throw new RuleViolation('positionNotCirculated', 'positionStatementId');
    }
    const { id } = db
      .insert(amendments)
      .values({
        paragraphId: paragraph.id,
        delegationId: delegation.id,
        proposedByUserId: viewer.userId,
        action: input.action,
        proposedText: text,
        rationale: input.rationale,
        positionStatementId: input.positionStatementId,
        baseParagraphVersion: paragraph.version,
        baseText: paragraph.text,
      })
      .returning({ id: amendments.id })
      .get();
    audit(db, viewer, document, {
      action: 'propose_amendment',
      recordType: 'amendment',
      recordId: id,
      after: { paragraphId: paragraph.id, action: input.action, text, rationale: input.rationale },
    });
    return { document, id };
  });
  announce(document, 'amendment_proposed', viewer, { paragraphId: input.paragraphId, amendmentId: id });
  return id;
}

type Amendment = typeof amendments.$inferSelect;

/** The amendment with its paragraph's document, for a decision on it. */
function amendmentForWrite(db: Db, viewer: Viewer, amendmentId: number, action: AuditAction) {
  const row = db
    .select({ amendment: amendments, documentId: paragraphs.documentId })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(eq(amendments.id, amendmentId))
    .get();
  if (!row) deny(viewer, 404, { action, recordType: 'amendment', recordId: amendmentId });
  const document = documentForWrite(db, viewer, row.documentId, action);
  return { amendment: row.amendment, document };
}

function requireOpen(amendment: Amendment) {
  if (amendment.status !== 'open') throw new RuleViolation('amendmentClosed');
}

/**
 * Another delegation co-sponsors or opposes an open amendment, or takes that back
 * (`none`). The proposer's own delegation cannot do either.
 */
export function supportAmendment(
  viewer: Viewer,
  input: { amendmentId: number; stance: 'cosponsor' | 'oppose' | 'none' },
) {
  const { document, paragraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'support_amendment');
    const delegation = ownDelegation(viewer, document, 'support_amendment', amendment.id);
    requireNegotiated(viewer, document, 'support_amendment');
    requireOpen(amendment);
    if (amendment.delegationId === delegation.id) throw new RuleViolation('ownAmendment');
    const where = and(eq(amendmentSupports.amendmentId, amendment.id), eq(amendmentSupports.delegationId, delegation.id));
    const before = db.select({ kind: amendmentSupports.kind }).from(amendmentSupports).where(where).get();
    db.delete(amendmentSupports).where(where).run();
    if (input.stance !== 'none') {
      db.insert(amendmentSupports).values({ amendmentId: amendment.id, delegationId: delegation.id, kind: input.stance }).run();
    }
    audit(db, viewer, document, {
      action: 'support_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { stance: before?.kind ?? 'none' },
      after: { stance: input.stance },
    });
    return { document, paragraphId: amendment.paragraphId };
  });
  announce(document, 'amendment_supported', viewer, { paragraphId, amendmentId: input.amendmentId });
}

/** The proposing delegation withdraws its open amendment. */
export function withdrawAmendment(viewer: Viewer, input: { amendmentId: number }) {
  const { document, paragraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'withdraw_amendment');
    if (viewer.delegation?.id !== amendment.delegationId) {
      deny(viewer, 403, { action: 'withdraw_amendment', recordType: 'amendment', recordId: amendment.id, meetingId: document.meetingId });
    }
    requireOpen(amendment);
    db.update(amendments)
      .set({ status: 'withdrawn', decidedAt: new Date(), decidedByUserId: viewer.userId })
      .where(eq(amendments.id, amendment.id))
      .run();
    audit(db, viewer, document, {
      action: 'withdraw_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { status: 'open' },
      after: { status: 'withdrawn' },
    });
    return { document, paragraphId: amendment.paragraphId };
  });
  announce(document, 'amendment_withdrawn', viewer, { paragraphId, amendmentId: input.amendmentId });
}

/**
 * The secretariat accepts an open amendment: the text changes in the same transaction,
 * with a new revision. If the paragraph changed since the amendment was proposed, the
 * secretariat must have seen the change: `confirmedParagraphVersion` must name the
 * paragraph's current version, otherwise RuleViolation('amendmentStale').
 */
export function acceptAmendment(
  viewer: Viewer,
  input: { amendmentId: number; confirmedParagraphVersion: number | null },
) {
  const { document, changedParagraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'accept_amendment');
    requirePen(viewer, document, 'accept_amendment', document.id);
    requireDrafting(document);
    requireOpen(amendment);
    const paragraph = liveParagraph(db, document, amendment.paragraphId);
    if (paragraph.version !== amendment.baseParagraphVersion && input.confirmedParagraphVersion !== paragraph.version) {
      throw new RuleViolation('amendmentStale');
    }
    let changedParagraphId = paragraph.id;
    if (amendment.action === 'replace') {
      rewriteParagraph(db, paragraph, paragraph.version, amendment.proposedText);
      recordRevision(db, viewer, document, {
        paragraphId: paragraph.id,
        kind: 'amendment',
        before: paragraph.text,
        after: amendment.proposedText,
        amendmentId: amendment.id,
      });
    } else if (amendment.action === 'insert_after') {
      changedParagraphId = insertParagraphAfter(db, document, paragraph.id, paragraph.kind, amendment.proposedText);
      recordRevision(db, viewer, document, {
        paragraphId: changedParagraphId,
        kind: 'amendment',
        before: null,
        after: amendment.proposedText,
        amendmentId: amendment.id,
      });
    } else {
      db.update(paragraphs)
        .set({ deletedAt: new Date(), version: sql`${paragraphs.version} + 1` })
        .where(eq(paragraphs.id, paragraph.id))
        .run();
      recordRevision(db, viewer, document, {
        paragraphId: paragraph.id,
        kind: 'amendment',
        before: paragraph.text,
        after: null,
        amendmentId: amendment.id,
      });
    }
    db.update(amendments)
      .set({ status: 'accepted', decidedAt: new Date(), decidedByUserId: viewer.userId })
      .where(eq(amendments.id, amendment.id))
      .run();
    if (amendment.action === 'delete') {
      db.update(amendments)
        .set({ status: 'rejected', decidedAt: new Date(), decidedByUserId: viewer.userId, decisionReason: 'Paragraph deleted by an accepted amendment.' })
        .where(and(eq(amendments.paragraphId, paragraph.id), eq(amendments.status, 'open'), ne(amendments.id, amendment.id)))
        .run();
    }
    audit(db, viewer, document, {
      action: 'accept_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { status: 'open', paragraphText: paragraph.text },
      after: { status: 'accepted', paragraphId: changedParagraphId, text: amendment.proposedText },
    });
    notifyAmendmentDecided(db, viewer, amendment, document.id, 'accepted');
    return { document, changedParagraphId };
  });
  // The paragraph the text changed in: the amended one, or the one the amendment inserted.
  announce(document, 'amendment_accepted', viewer, { paragraphId: changedParagraphId, amendmentId: input.amendmentId });
}

/** The secretariat rejects an open amendment, with its reason. */
export function rejectAmendment(viewer: Viewer, input: { amendmentId: number; reason: string }) {
  const { document, paragraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'reject_amendment');
    requirePen(viewer, document, 'reject_amendment', document.id);
    requireOpen(amendment);
    db.update(amendments)
      .set({ status: 'rejected', decidedAt: new Date(), decidedByUserId: viewer.userId, decisionReason: input.reason })
      .where(eq(amendments.id, amendment.id))
      .run();
    audit(db, viewer, document, {
      action: 'reject_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { status: 'open' },
      after: { status: 'rejected', reason: input.reason },
    });
    notifyAmendmentDecided(db, viewer, amendment, document.id, 'rejected');
    return { document, paragraphId: amendment.paragraphId };
  });
  announce(document, 'amendment_rejected', viewer, { paragraphId, amendmentId: input.amendmentId });
}
