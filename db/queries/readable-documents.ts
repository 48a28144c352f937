import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { asc, eq, inArray, sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '../client';
import { deny, mayReadDocument } from '../access';
import type { Viewer } from '../viewer';
import { documentRecipients, outcomeDocuments } from '../schema';

/** What every read and write of a document decides from: whose it is, who reads it, where it stands. */
export type DocumentFacts = Pick<
  typeof outcomeDocuments.$inferSelect,
  'id' | 'meetingId' | 'status' | 'revision' | 'distribution' | 'draftingMode' | 'version'
>;

/**
 * A document's status and adoption time as of `now` (milliseconds, or a placeholder bound
 * to them): a silence whose deadline passed unbroken reads as adopted at its deadline, even
 * before the silence scheduler (db/mutations/silence-scheduler.ts) has written so, because a
 * read never writes.
 */
export function statusAt(now: Placeholder | number) {
  const ranOut = sql`(${outcomeDocuments.status} = 'silence' and ${outcomeDocuments.silenceDeadline} <= ${now})`;
  return {
    status: sql<DocumentFacts['status']>`case when ${ranOut} then 'adopted' else ${outcomeDocuments.status} end`,
    adoptedAt: sql`case when ${ranOut} then ${outcomeDocuments.silenceDeadline} else ${outcomeDocuments.adoptedAt} end`.mapWith(
      outcomeDocuments.adoptedAt,
    ),
  };
}

const factColumns = () => ({
  id: outcomeDocuments.id,
  meetingId: outcomeDocuments.meetingId,
  status: statusAt(Date.now()).status,
  revision: outcomeDocuments.revision,
  distribution: outcomeDocuments.distribution,
  draftingMode: outcomeDocuments.draftingMode,
  version: outcomeDocuments.version,
});

/** The delegations named on these documents, by document. */
function recipientsOf(db: Db, documentIds: number[]): Map<number, number[]> {
  const rows = documentIds.length
    ? db
        .select({ documentId: documentRecipients.documentId, delegationId: documentRecipients.delegationId })
        .from(documentRecipients)
        .where(inArray(documentRecipients.documentId, documentIds))
        .all()
    : [];
  const named = new Map<number, number[]>();
  for (const row of rows) named.set(row.documentId, [...(named.get(row.documentId) ?? []), row.delegationId]);
  return named;
}

const readable = (db: Db, viewer: Viewer, documents: DocumentFacts[]) => {
  const restricted = documents.filter((d) => d.distribution === 'restricted').map((d) => d.id);
  const named = recipientsOf(db, restricted);
  return documents.filter((d) => mayReadDocument(viewer, d, named.get(d.id) ?? []));
};

/**
 * The document, if the viewer may read it (db/access.ts `mayReadDocument`) and, when
 * `attempt.meetingId` is given, it belongs to that meeting. Otherwise AccessDenied(404),
 * logged as `attempt.action`: an unknown document, one of another meeting and a restricted
 * one the viewer's delegation is not named on are alike. Every path to a document passes here.
 */
export function readableDocument(db: Db, viewer: Viewer, documentId: number, attempt: { action: AuditAction; meetingId?: number }): DocumentFacts {
  const found = findReadableDocument(db, viewer, documentId, attempt.meetingId);
  if (!found) {
    deny(viewer, 404, { action: attempt.action, recordType: 'outcome_document', recordId: documentId, meetingId: attempt.meetingId });
  }
  return found;
}

/** The document if the viewer may read it (and it is of `meetingId`, when given); undefined otherwise, and nothing logged. */
export function findReadableDocument(db: Db, viewer: Viewer, documentId: number, meetingId?: number): DocumentFacts | undefined {
  const document = db.select(factColumns()).from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get();
  if (!document || (meetingId !== undefined && document.meetingId !== meetingId)) return undefined;
  return readable(db, viewer, [document])[0];
}

/** The meeting's documents the viewer may read, in the order they were made: lists, counts and the overview start here. */
export function readableDocuments(db: Db, viewer: Viewer, meetingId: number): DocumentFacts[] {
  const documents = db
    .select(factColumns())
    .from(outcomeDocuments)
    .where(eq(outcomeDocuments.meetingId, meetingId))
    .orderBy(asc(outcomeDocuments.id))
    .all();
  return readable(db, viewer, documents);
}
