import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { editParagraph, rejectAmendment, setParagraphStatus } from '@/db/mutations/drafting';
import { amendments, paragraphs } from '@/db/schema';
import { firstAlternatives } from './brackets';
import { viewerFor } from './database';

/**
 * Brings document `documentId` to where silence may start, as the secretariat would: open
 * amendments rejected, brackets resolved to their first alternative, every paragraph agreed.
 */
export function readyTheText(documentId: number): void {
  const pen = viewerFor('secretariat@vancouver.test');
  const db = getDb();
  const live = and(eq(paragraphs.documentId, documentId), isNull(paragraphs.deletedAt));
  const open = db
    .select({ id: amendments.id })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(and(live, eq(amendments.status, 'open')))
    .all();
  for (const { id } of open) rejectAmendment(pen, { amendmentId: id, reason: 'Not taken up.' });
  const rows = db.select().from(paragraphs).where(live).orderBy(asc(paragraphs.position)).all();
  for (const p of rows) {
    const resolved = firstAlternatives(p.text);
    if (resolved !== p.text) editParagraph(pen, { documentId, paragraphId: p.id, version: p.version, text: resolved });
    if (p.status !== 'agreed' && p.status !== 'agreed_ad_ref') setParagraphStatus(pen, { documentId, paragraphId: p.id, status: 'agreed' });
  }
}
