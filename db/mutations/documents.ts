import 'server-only';
import type { Locale } from '@/i18n/locales';
import { eq, max } from 'drizzle-orm';
import { countBrackets } from '@/lib/domain/brackets';
import { documentSymbol } from '@/lib/domain/document-symbol';
import { IMPORT_PARAGRAPH_LIMIT } from '@/lib/domain/draft-import';
import { PARAGRAPH_TEXT_LIMIT } from '@/lib/domain/limits';
import { publish } from '@/lib/platform/events';
import { writeTransaction } from '../client';
import { requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { outcomeDocuments, paragraphs, revisions } from '../schema';
import { type DOCUMENT_KIND_VALUES, type DRAFTING_MODE_VALUES, type PARAGRAPH_KIND_VALUES } from '@/lib/domain/values';
import type { MeetingSummary } from '../queries/meetings';
import { writeAudit } from './audit';
import { checkBrackets } from '../drafting-steps';

/** A new outcome document as "New document" gives it, with the paragraphs it starts with (none to start empty). */
export type NewDocumentInput = {
  kind: (typeof DOCUMENT_KIND_VALUES)[number];
  title: string;
  draftingMode: (typeof DRAFTING_MODE_VALUES)[number];
  /** One of the meeting's working languages; its first when not given. */
  negotiatingLanguage?: Locale;
  paragraphs: { kind: (typeof PARAGRAPH_KIND_VALUES)[number]; text: string }[];
};

/**
 * Creates an outcome document of the meeting, in drafting, with the next running number of
 * the meeting (its symbol `CODE/n`), and its paragraphs in order as revision 1, each
 * `bracketed` when it holds a bracket. One transaction with its audit entry. Its
 * secretariat only (403, logged; 404 for a stranger to the meeting). RuleViolation at
 * `source` when a paragraph's brackets do not parse, a paragraph is too long or there are
 * too many; a concluded meeting refuses it (meetingConcluded).
 */
export function createDocument(viewer: Viewer, meeting: MeetingSummary, input: NewDocumentInput): { id: number; symbol: string } {
  const created = writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'create_document', recordType: 'outcome_document', recordId: null, meetingId: meeting.id });
    if (input.paragraphs.length > IMPORT_PARAGRAPH_LIMIT) throw new RuleViolation('importTooManyParagraphs', 'source');
    for (const paragraph of input.paragraphs) {
      if (paragraph.text.trim() === '') throw new RuleViolation('required', 'source');
      if (paragraph.text.length > PARAGRAPH_TEXT_LIMIT) throw new RuleViolation('paragraphTooLong', 'source');
      checkBrackets(paragraph.text, 'source');
    }
    const negotiatingLanguage = input.negotiatingLanguage ?? meeting.workingLanguages[0];
    if (!meeting.workingLanguages.includes(negotiatingLanguage)) throw new RuleViolation('notWorkingLanguage', 'negotiatingLanguage');
    const last = db.select({ number: max(outcomeDocuments.number) }).from(outcomeDocuments).where(eq(outcomeDocuments.meetingId, meeting.id)).get();
    const number = (last?.number ?? 0) + 1;
    const { id } = db
      .insert(outcomeDocuments)
      .values({ meetingId: meeting.id, number, kind: input.kind, title: input.title, draftingMode: input.draftingMode, negotiatingLanguage })
      .returning({ id: outcomeDocuments.id })
      .get();
    input.paragraphs.forEach((paragraph, index) => {
      const { id: paragraphId } = db
        .insert(paragraphs)
        .values({
          documentId: id,
          position: index + 1,
          kind: paragraph.kind,
          text: paragraph.text,
          status: countBrackets(paragraph.text) > 0 ? 'bracketed' : 'draft',
        })
        .returning({ id: paragraphs.id })
        .get();
      // The text as it came in is the history's first revision, as the seeded demo's is.
      db.insert(revisions).values({ documentId: id, paragraphId, number: 1, kind: 'create', textAfter: paragraph.text, authorUserId: viewer.userId }).run();
    });
    const symbol = documentSymbol(meeting.documentCode, number, 0);
    writeAudit(db, viewer, {
      action: 'create_document',
      recordType: 'outcome_document',
      recordId: id,
      meetingId: meeting.id,
      after: { symbol, kind: input.kind, title: input.title, draftingMode: input.draftingMode, negotiatingLanguage, paragraphCount: input.paragraphs.length },
    });
    return { id, symbol };
  });
  publish({ meetingId: meeting.id, topic: 'document', recordId: created.id, kind: 'created' });
  return created;
}
