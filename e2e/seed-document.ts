import { writeDatabase } from './database';

export type SeededDocument = {
  title: string;
  kind?: 'communique' | 'joint_statement' | 'chairs_summary' | 'co_chairs_summary' | 'declaration';
  draftingMode?: 'negotiated' | 'chairs_text';
  distribution?: 'general' | 'limited' | 'restricted';
  /** The ISO codes of the delegations a restricted document names. */
  recipients?: string[];
  paragraphs: { kind: 'heading' | 'preambular' | 'operative'; text: string }[];
};

/**
 * Writes an outcome document with its paragraphs straight into the server's database. The
 * tests that call it are about what a document shows (its distribution, focus, live
 * changes), not how one is made, which e2e/new-document.spec.ts does through the page;
 * typing every paragraph through the interface would make each of them far slower.
 * Returns the new document's id.
 */
export function seedDocumentDirectly(meetingSlug: string, document: SeededDocument): number {
  return writeDatabase((db) => {
    const { id: meetingId } = db.prepare('select id from meetings where slug = ?').get(meetingSlug) as { id: number };
    const { next } = db.prepare('select coalesce(max(number), 0) + 1 next from outcome_documents where meeting_id = ?').get(meetingId) as { next: number };
    const now = Date.now();
    const documentId = Number(
      db
        .prepare('insert into outcome_documents (meeting_id, kind, title, number, drafting_mode, distribution, created_at) values (?, ?, ?, ?, ?, ?, ?)')
        .run(meetingId, document.kind ?? 'communique', document.title, next, document.draftingMode ?? 'negotiated', document.distribution ?? 'limited', now)
        .lastInsertRowid,
    );
    document.paragraphs.forEach((paragraph, i) => {
      const status = /\[/.test(paragraph.text) ? 'bracketed' : 'draft';
      const paragraphId = db
        .prepare('insert into paragraphs (document_id, position, kind, text, status, created_at) values (?, ?, ?, ?, ?, ?)')
        .run(documentId, i + 1, paragraph.kind, paragraph.text, status, now).lastInsertRowid;
      db.prepare(`insert into revisions (document_id, paragraph_id, number, kind, text_after, created_at) values (?, ?, 1, 'create', ?, ?)`).run(
        documentId,
        paragraphId,
        paragraph.text,
        now,
      );
    });
    for (const code of document.recipients ?? []) {
      db.prepare('insert into document_recipients (document_id, delegation_id) select ?, id from delegations where meeting_id = ? and country_code = ?').run(
        documentId,
        meetingId,
        code,
      );
    }
    return documentId;
  });
}
