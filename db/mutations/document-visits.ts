import 'server-only';
import { and, eq } from 'drizzle-orm';
import { nextVisit } from '@/lib/domain/document-visit';
import { getDb, writeTransaction, type Db } from '../client';
import type { Viewer } from '../viewer';
import { readableDocument } from '../queries/readable-documents';
import { documentVisits } from '../schema';

/**
 * Notes that the viewer's page of the document was shown at `now`, the text having last
 * changed at `latestChange`, and returns the moment its "changed since my last visit"
 * counts from (null on a first visit). No audit entry: this records what an account read,
 * not a change to the meeting's records, and the audit log would fill with every page view
 * (refused reads are still logged, by `readableDocument`). Throws AccessDenied(404) to
 * whoever may not read the document. A load with nothing new to store (lib/domain/
 * document-visit.ts) only reads: no write lock, no commit.
 */
export function recordDocumentVisit(
  viewer: Viewer,
  input: { meetingId: number; documentId: number; now: Date; latestChange: Date | null },
): Date | null {
  const mine = and(eq(documentVisits.userId, viewer.userId), eq(documentVisits.documentId, input.documentId));
  const visitOf = (db: Db) => {
    readableDocument(db, viewer, input.documentId, { action: 'read_document', meetingId: input.meetingId });
    const stored = db.select({ seenBefore: documentVisits.seenBefore, seenLast: documentVisits.seenLast }).from(documentVisits).where(mine).get();
    return { stored, ...nextVisit(stored, input.now, input.latestChange) };
  };
  const read = visitOf(getDb());
  if (read.store === null) return read.since;
  // Decided again under the write lock: another load of the same account may have stored first.
  return writeTransaction((db) => {
    const { stored, store, since } = visitOf(db);
    if (store && stored) db.update(documentVisits).set(store).where(mine).run();
    else if (store) db.insert(documentVisits).values({ userId: viewer.userId, documentId: input.documentId, ...store }).run();
    return since;
  });
}
