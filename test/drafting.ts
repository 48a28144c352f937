import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { openItems } from '@/db/document-readiness';
import { editParagraph, rejectAmendment, setParagraphStatus, translateParagraph } from '@/db/mutations/drafting';
import { amendments, paragraphs, paragraphTranslations } from '@/db/schema';
import { firstAlternatives } from './brackets';
import { viewerFor } from './database';

/**
 * Brings document `documentId` to where silence may start, as the secretariat would: open
 * amendments rejected, brackets resolved to their first alternative, every paragraph agreed,
 * and every translation brought up to date the same way (a placeholder where there is none).
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
  for (const { id } of openItems(db, documentId, 0).translations) {
    const source = db.select({ version: paragraphs.version, text: paragraphs.text }).from(paragraphs).where(eq(paragraphs.id, id)).get()!;
    const translation = db.select().from(paragraphTranslations).where(eq(paragraphTranslations.paragraphId, id)).get();
    const text = translation ? firstAlternatives(translation.text) : `Version française : ${source.text}`;
    translateParagraph(pen, { documentId, paragraphId: id, version: translation?.version ?? 0, sourceVersion: source.version, text });
  }
}
