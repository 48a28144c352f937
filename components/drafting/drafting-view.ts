import 'server-only';
import type { CommentView, DocumentParagraph } from '@/db/queries/documents';
import { formatDateTime } from '@/lib/domain/format-time';
import { compareWords } from '@/lib/domain/word-diff';
import type { AmendmentCardData, DraftingRole } from './amendment-card';
import type { ThreadComment } from './comment-thread';
import type { ParagraphBlockData } from './paragraph-data';

/**
 * The document page's paragraphs as the data its client components draw: redlines worked
 * out and times formatted here, on the server, and only the fields they show.
 */
export function paragraphBlocks(paragraphs: DocumentParagraph[], role: DraftingRole, timeZone: string, locale: string): ParagraphBlockData[] {
  const thread = (comments: CommentView[]): ThreadComment[] =>
    comments.map(({ id, authorName, affiliation, body, createdAt }) => ({ id, authorName, affiliation, body, at: formatDateTime(createdAt, timeZone, locale, 'medium') }));
  const names = (list: { protocolName: string }[]) => list.map((d) => d.protocolName);
  return paragraphs.map((p) => ({
    ...p,
    // Most paragraphs have no brackets: their one piece would send the text a second time.
    pieces: p.pieces.some((piece) => piece.kind === 'bracket') ? p.pieces : null,
    comments: thread(p.comments),
    translation: p.translation && {
      text: p.translation.text,
      version: p.translation.version,
      state: p.translation.state,
      changes: p.translation.changedFrom === null ? null : compareWords(p.translation.changedFrom, p.text).changes,
    },
    amendments: p.amendments.map(
      (a): AmendmentCardData => ({
        id: a.id,
        delegation: a.delegation.protocolName,
        action: a.action,
        insertion: a.action === 'insert_after' ? a.proposedText : null,
        rationale: a.rationale,
        positionStatement: a.positionStatement,
        cosponsors: names(a.cosponsors),
        opponents: names(a.opponents),
        viewerSupport: a.viewerSupport,
        isViewersOwn: a.isViewersOwn,
        stale: a.stale,
        changes: a.action === 'replace' ? compareWords(p.text, a.proposedText).changes : null,
        changesSinceProposal: role.pen && role.editable && a.stale ? compareWords(a.baseText, p.text).changes : null,
        comments: thread(a.comments),
      }),
    ),
  }));
}
