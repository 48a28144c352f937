import 'server-only';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { operativeNumbers } from '@/lib/paragraph-numbers';
import { getDb } from '../client';
import { belongsToMeeting, deny, type Viewer } from '../access';
import { amendments, comments, outcomeDocuments, paragraphs } from '../schema';
import type { MeetingSummary } from './meetings';

export type DocumentListItem = {
  id: number;
  kind: 'communique' | 'co_chairs_summary';
  title: string;
  status: 'drafting' | 'silence' | 'adopted';
  revision: number;
  paragraphCount: number;
  openAmendmentCount: number;
};

const documentColumns = {
  id: outcomeDocuments.id,
  kind: outcomeDocuments.kind,
  title: outcomeDocuments.title,
  status: outcomeDocuments.status,
  revision: outcomeDocuments.revision,
};

const liveParagraph = isNull(paragraphs.deletedAt);

/** The meeting's outcome documents. The draft is readable by every participant. */
export function listDocuments(viewer: Viewer, meeting: MeetingSummary): DocumentListItem[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_documents', recordType: 'meeting', recordId: meeting.slug });
  }
  const db = getDb();
  const paragraphCounts = db
    .select({ documentId: paragraphs.documentId, n: count().as('paragraph_n') })
    .from(paragraphs)
    .where(liveParagraph)
    .groupBy(paragraphs.documentId)
    .as('paragraph_counts');
  const amendmentCounts = db
    .select({ documentId: paragraphs.documentId, n: count().as('amendment_n') })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(eq(amendments.status, 'open'))
    .groupBy(paragraphs.documentId)
    .as('amendment_counts');
  return db
    .select({
      ...documentColumns,
      paragraphCount: sql<number>`coalesce(${paragraphCounts.n}, 0)`,
      openAmendmentCount: sql<number>`coalesce(${amendmentCounts.n}, 0)`,
    })
    .from(outcomeDocuments)
    .leftJoin(paragraphCounts, eq(paragraphCounts.documentId, outcomeDocuments.id))
    .leftJoin(amendmentCounts, eq(amendmentCounts.documentId, outcomeDocuments.id))
    .where(eq(outcomeDocuments.meetingId, meeting.id))
    .orderBy(asc(outcomeDocuments.id))
    .all();
}

export type DocumentParagraph = {
  id: number;
  /** The operative paragraph's number; null for headings and preambular paragraphs. */
  number: number | null;
  kind: 'heading' | 'preambular' | 'operative';
  text: string;
  status: 'draft' | 'bracketed' | 'agreed_ad_ref' | 'agreed';
  openAmendmentCount: number;
  commentCount: number;
};

export type DocumentDetail = Omit<DocumentListItem, 'paragraphCount' | 'openAmendmentCount'> & {
  paragraphs: DocumentParagraph[];
};

/** One outcome document with its paragraphs in order. Throws AccessDenied(404) if not the viewer's meeting's. */
export function getDocument(viewer: Viewer, meeting: MeetingSummary, id: number): DocumentDetail {
  const db = getDb();
  const document = belongsToMeeting(viewer, meeting.id)
    ? db
        .select(documentColumns)
        .from(outcomeDocuments)
        .where(and(eq(outcomeDocuments.id, id), eq(outcomeDocuments.meetingId, meeting.id)))
        .get()
    : undefined;
  if (!document) {
    deny(viewer, 404, { action: 'read_document', recordType: 'outcome_document', recordId: id, meetingId: meeting.id });
  }
  const openAmendments = db
    .select({ paragraphId: amendments.paragraphId, n: count().as('amendment_n') })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(and(eq(paragraphs.documentId, id), eq(amendments.status, 'open')))
    .groupBy(amendments.paragraphId)
    .as('open_amendments');
  const commentCounts = db
    .select({ paragraphId: comments.paragraphId, n: count().as('comment_n') })
    .from(comments)
    .where(eq(comments.documentId, id))
    .groupBy(comments.paragraphId)
    .as('comment_counts');
  const rows = db
    .select({
      id: paragraphs.id,
      kind: paragraphs.kind,
      text: paragraphs.text,
      status: paragraphs.status,
      openAmendmentCount: sql<number>`coalesce(${openAmendments.n}, 0)`,
      commentCount: sql<number>`coalesce(${commentCounts.n}, 0)`,
    })
    .from(paragraphs)
    .leftJoin(openAmendments, eq(openAmendments.paragraphId, paragraphs.id))
    .leftJoin(commentCounts, eq(commentCounts.paragraphId, paragraphs.id))
    .where(and(eq(paragraphs.documentId, id), liveParagraph))
    .orderBy(asc(paragraphs.position))
    .all();
  const numbers = operativeNumbers(rows.map((r) => r.kind));
  return { ...document, paragraphs: rows.map((r, i) => ({ ...r, number: numbers[i] })) };
}
