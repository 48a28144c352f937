import 'server-only';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { getDb } from '../client';
import type { Viewer } from '../access';
import { outcomeDocuments, paragraphs, revisions, users } from '../schema';
import type { MeetingSummary } from './meetings';
import { readableDocument } from './readable-documents';

export type RevisionEntry = {
  number: number;
  kind: 'create' | 'edit' | 'move' | 'delete' | 'amendment';
  paragraphId: number;
  authorName: string | null;
  at: Date;
};

export type DocumentHistory = {
  document: { id: number; title: string; revision: number };
  revisions: RevisionEntry[];
};

/** The document, if the viewer may read it; AccessDenied(404) otherwise. */
function documentOf(viewer: Viewer, meeting: MeetingSummary, id: number) {
  const db = getDb();
  readableDocument(db, viewer, id, { action: 'read_history', meetingId: meeting.id });
  return db
    .select({ id: outcomeDocuments.id, title: outcomeDocuments.title, revision: outcomeDocuments.revision })
    .from(outcomeDocuments)
    .where(eq(outcomeDocuments.id, id))
    .get()!;
}

/** Every change of the document's text, newest first, with author and time. Readable by whoever reads the document. */
export function getDocumentHistory(viewer: Viewer, meeting: MeetingSummary, id: number): DocumentHistory {
  const document = documentOf(viewer, meeting, id);
  const entries = getDb()
    .select({
      number: revisions.number,
      kind: revisions.kind,
      paragraphId: revisions.paragraphId,
      authorName: users.name,
      at: revisions.createdAt,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorUserId))
    .where(eq(revisions.documentId, id))
    .orderBy(desc(revisions.number), desc(revisions.id))
    .all();
  // The seed writes every paragraph as revision 1: show that as one entry.
  const seen = new Set<string>();
  return {
    document,
    revisions: entries.filter((e) => {
      const key = e.kind === 'create' && e.number === 1 ? 'initial' : `${e.number}:${e.paragraphId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/**
 * The document's paragraphs as they read at `revision`, in today's order (a paragraph
 * that did not exist yet, or was deleted by then, reads as null).
 */
export function documentTextAt(
  viewer: Viewer,
  meeting: MeetingSummary,
  id: number,
  revision: number,
): { paragraphId: number; text: string | null }[] {
  documentOf(viewer, meeting, id);
  const db = getDb();
  const order = db
    .select({ id: paragraphs.id })
    .from(paragraphs)
    .where(eq(paragraphs.documentId, id))
    .orderBy(asc(paragraphs.position), asc(paragraphs.id))
    .all();
  const changes = db
    .select({ paragraphId: revisions.paragraphId, textAfter: revisions.textAfter })
    .from(revisions)
    .where(and(eq(revisions.documentId, id), lte(revisions.number, revision)))
    .orderBy(asc(revisions.number), asc(revisions.id))
    .all();
  const textAt = new Map<number, string | null>();
  for (const change of changes) textAt.set(change.paragraphId, change.textAfter);
  return order.map(({ id: paragraphId }) => ({ paragraphId, text: textAt.get(paragraphId) ?? null }));
}
