import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { publish } from '@/lib/platform/events';
import { writeTransaction } from '../client';
import { requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation, VersionConflict } from '../errors';
import { readableDocument } from '../queries/readable-documents';
import { delegations, documentRecipients, outcomeDocuments } from '../schema';
import { type DISTRIBUTION_VALUES } from '@/lib/domain/values';
import { writeAudit } from './audit';

type Distribution = (typeof DISTRIBUTION_VALUES)[number];

/**
 * The meeting's secretariat sets who reads a document: general or limited distribution
 * (every participant), or restricted to the delegations named by `recipientCodes` (at least
 * one, all of the document's meeting: RuleViolation('recipientsRequired' | 'recipientUnknown')
 * at the `recipients` field). Saved against the document's `version`; a stale one throws
 * VersionConflict with the distribution as it is now. Anyone else: 403 (404 outside the
 * meeting, or for a delegation a restricted document does not name), logged.
 */
export function setDocumentDistribution(
  viewer: Viewer,
  input: { documentId: number; version: number; distribution: Distribution; recipientCodes: string[] },
): void {
  const codes = input.distribution === 'restricted' ? [...new Set(input.recipientCodes)] : [];
  if (input.distribution === 'restricted' && codes.length === 0) throw new RuleViolation('recipientsRequired', 'recipients');
  const document = writeTransaction((db) => {
    const document = readableDocument(db, viewer, input.documentId, { action: 'set_document_distribution' });
    const attempt = { action: 'set_document_distribution', recordType: 'outcome_document', recordId: document.id, meetingId: document.meetingId } as const;
    requireSecretariat(viewer, attempt);
    const named = codes.length
      ? db
          .select({ id: delegations.id, code: delegations.countryCode })
          .from(delegations)
          .where(and(eq(delegations.meetingId, document.meetingId), inArray(delegations.countryCode, codes)))
          .all()
      : [];
    if (named.length !== codes.length) throw new RuleViolation('recipientUnknown', 'recipients');
    const recipientCodes = () =>
      db
        .select({ code: delegations.countryCode })
        .from(documentRecipients)
        .innerJoin(delegations, eq(delegations.id, documentRecipients.delegationId))
        .where(eq(documentRecipients.documentId, document.id))
        .orderBy(asc(delegations.countryCode))
        .all()
        .map((r) => r.code);
    const before = { distribution: document.distribution, recipients: recipientCodes() };
    const updated = db
      .update(outcomeDocuments)
      .set({ distribution: input.distribution, version: sql`${outcomeDocuments.version} + 1` })
      .where(and(eq(outcomeDocuments.id, document.id), eq(outcomeDocuments.version, input.version)))
      .returning({ version: outcomeDocuments.version })
      .get();
    if (!updated) throw new VersionConflict({ ...before, version: document.version });
    db.delete(documentRecipients).where(eq(documentRecipients.documentId, document.id)).run();
    if (named.length) db.insert(documentRecipients).values(named.map((d) => ({ documentId: document.id, delegationId: d.id }))).run();
    writeAudit(db, viewer, {
      ...attempt,
      before,
      after: { distribution: input.distribution, recipients: named.map((d) => d.code).sort() },
    });
    return document;
  });
  // Open pages re-read: a delegation no longer named finds the document gone.
  publish({ meetingId: document.meetingId, topic: 'document', recordId: document.id, kind: 'distribution_changed' });
}
