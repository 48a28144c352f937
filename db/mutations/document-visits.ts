import 'server-only';
import { and, eq } from 'drizzle-orm';
import { nextVisit } from '@/lib/domain/document-visit';
import { writeTransaction } from '../client';
import type { Viewer } from '../viewer';
import { readableDocument } from '../queries/readable-documents';
import { documentVisits } from '../schema';

/**
 * Notes that the viewer's page of the document was shown at `now`, the text having last
 * changed at `latestChange`, and returns the moment its "changed since my last visit"
 * counts from (null on a first visit). No audit entry: this records what an account read,
 * not a change to the meeting's records, and the audit log would fill with every page view
 * (refused reads are still logged, by `readableDocument`). Throws AccessDenied(404) to
 * whoever may not read the document.
 */
export function recordDocumentVisit(
  viewer: Viewer,
  input: { meetingId: number; documentId: number; now: Date; latestChange: Date | null },
): Date | null {
  return writeTransaction((db) => {
    readableDocument(db, viewer, input.documentId, { action: 'read_document', meetingId: input.meetingId });
    const mine = and(eq(documentVisits.userId, viewer.userId), eq(documentVisits.documentId, input.documentId));
    const stored = db.select({ seenBefore: documentVisits.seenBefore, seenLast: documentVisits.seenLast }).from(documentVisits).where(mine).get();
    const { store, since } = nextVisit(stored, input.now, input.latestChange);
    if (stored) db.update(documentVisits).set(store).where(mine).run();
    else db.insert(documentVisits).values({ userId: viewer.userId, documentId: input.documentId, ...store }).run();
    return since;
  });
}
