import 'server-only';
import { announce, documentForWrite, audit } from '../drafting-steps';
import { and, eq, isNull } from 'drizzle-orm';
import { hasVisibleText } from '@/lib/domain/printable';
import { writeTransaction } from '../client';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { amendments, comments, paragraphs } from '../schema';

/** Anyone in the meeting comments on a paragraph or an amendment of the document. */
export function addComment(
  viewer: Viewer,
  input: { documentId: number; paragraphId: number | null; amendmentId: number | null; body: string },
): number {
  if (!hasVisibleText(input.body)) throw new RuleViolation('required', 'body');
  const { document, id, paragraphId } = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'add_comment');
    const target =
      input.amendmentId !== null
        ? db
            .select({ paragraphId: amendments.paragraphId })
            .from(amendments)
            .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
            .where(and(eq(amendments.id, input.amendmentId), eq(paragraphs.documentId, document.id)))
            .get()
        : input.paragraphId !== null
          ? db
              .select({ paragraphId: paragraphs.id })
              .from(paragraphs)
              .where(and(eq(paragraphs.id, input.paragraphId), eq(paragraphs.documentId, document.id), isNull(paragraphs.deletedAt)))
              .get()
          : undefined;
    if (!target) throw new RuleViolation('paragraphUnknown');
    const { id } = db
      .insert(comments)
      .values({
        documentId: document.id,
        paragraphId: input.amendmentId === null ? input.paragraphId : null,
        amendmentId: input.amendmentId,
        authorUserId: viewer.userId,
        body: input.body,
      })
      .returning({ id: comments.id })
      .get();
    audit(db, viewer, document, {
      action: 'add_comment',
      recordType: 'comment',
      recordId: id,
      after: { paragraphId: input.paragraphId, amendmentId: input.amendmentId, body: input.body },
    });
    return { document, id, paragraphId: target.paragraphId };
  });
  announce(document, 'comment_added', viewer, { paragraphId, amendmentId: input.amendmentId });
  return id;
}
