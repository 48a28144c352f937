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
 * Writes an outcome document straight into the server's database, the one thing an
 * end-to-end test here does not do through the interface: this branch has no "New document"
 * page yet (it is being built beside it). Replace the calls with that page once it exists.
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
