import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import type { Locale } from '@/i18n/locales';
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { getDb } from '../client';
import type { Viewer } from '../viewer';
import { auditEntries, delegations, outcomeDocuments, paragraphs, revisions, users } from '../schema';
import type { MeetingSummary } from './meetings';
import { readableDocument } from './readable-documents';
import { nameRecords, type RecordName } from './record-names';

export type RevisionEntry = {
  number: number;
  kind: 'create' | 'edit' | 'move' | 'delete' | 'amendment';
  paragraphId: number;
  /** The paragraph as delegates name it today ("operative paragraph 9"), or deleted. */
  paragraph: RecordName | null;
  authorName: string | null;
  at: Date;
};

/** The silence procedure's steps, which every participant saw on the document page. */
export const SILENCE_EVENTS = ['start_silence', 'withdraw_silence', 'break_silence', 'adopt_after_silence', 'reopen_document'] as const;

export type SilenceEvent = {
  action: (typeof SILENCE_EVENTS)[number];
  at: Date;
  /** Null when the clock acted (adoption at the deadline). */
  actorName: string | null;
  delegation: string | null;
  deadline: Date | null;
  reason: string | null;
};

export type DocumentHistory = {
  document: { id: number; title: string; revision: number };
  revisions: RevisionEntry[];
  /** Newest first. */
  silenceEvents: SilenceEvent[];
};

/** The document, if the viewer may read it; AccessDenied(404) otherwise. */
function documentOf(viewer: Viewer, meeting: MeetingSummary, id: number) {
  const db = getDb();
  readableDocument(db, viewer, id, { action: 'read_history', meetingId: meeting.id });
  return db
    .select({ id: outcomeDocuments.id, title: outcomeDocuments.title, revision: outcomeDocuments.revision })
    .from(outcomeDocuments)
    .where(eq(outcomeDocuments.id, id))
    .get()!;
}

/** Every change of the document's text, newest first, with author and time. Readable by whoever reads the document. */
export function getDocumentHistory(viewer: Viewer, meeting: MeetingSummary, id: number): DocumentHistory {
  const document = documentOf(viewer, meeting, id);
  const entries = getDb()
    .select({
      number: revisions.number,
      kind: revisions.kind,
      paragraphId: revisions.paragraphId,
      authorName: users.name,
      at: revisions.createdAt,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorUserId))
    .where(eq(revisions.documentId, id))
    .orderBy(desc(revisions.number), desc(revisions.id))
    .all();
  // The seed writes every paragraph as revision 1: show that as one entry.
  const seen = new Set<string>();
  const shown = entries.filter((e) => {
    const key = e.kind === 'create' && e.number === 1 ? 'initial' : `${e.number}:${e.paragraphId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const names = nameRecords(
    viewer,
    meeting.id,
    shown.map((e) => ({ recordType: 'paragraph', recordId: String(e.paragraphId) })),
  );
  return {
    document,
    revisions: shown.map((e) => ({ ...e, paragraph: names.get(`paragraph:${e.paragraphId}`) ?? null })),
    silenceEvents: silenceEventsOf(meeting, id, viewer.locale),
  };
}

function silenceEventsOf(meeting: MeetingSummary, documentId: number, locale: Locale): SilenceEvent[] {
  const text = (value: unknown, key: string) => {
    const field = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof field === 'string' ? field : null;
  };
  return getDb()
    .select({
      action: auditEntries.action,
      at: auditEntries.at,
      actorName: users.name,
      delegationCode: delegations.countryCode,
      delegation: delegations.protocolName,
      after: auditEntries.after,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .leftJoin(delegations, eq(delegations.id, auditEntries.actorDelegationId))
    .where(
      and(
        eq(auditEntries.meetingId, meeting.id),
        eq(auditEntries.recordType, 'outcome_document'),
        eq(auditEntries.recordId, String(documentId)),
        eq(auditEntries.outcome, 'done'),
        inArray(auditEntries.action, [...SILENCE_EVENTS]),
      ),
    )
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .all()
    .map((row) => {
      const deadline = text(row.after, 'deadline');
      return {
        action: row.action as SilenceEvent['action'],
        at: row.at,
        actorName: row.actorName,
        delegation: row.delegationCode && row.delegation ? delegationName(row.delegationCode, row.delegation, locale) : null,
        deadline: deadline ? new Date(deadline) : null,
        reason: text(row.after, 'reason'),
      };
    });
}

/**
 * The document's paragraphs as they read at `revision`, in today's order (a paragraph
 * that did not exist yet, or was deleted by then, reads as null).
 */
export function documentTextAt(
  viewer: Viewer,
  meeting: MeetingSummary,
  id: number,
  revision: number,
): { paragraphId: number; text: string | null }[] {
  documentOf(viewer, meeting, id);
  const db = getDb();
  const order = db
    .select({ id: paragraphs.id })
    .from(paragraphs)
    .where(eq(paragraphs.documentId, id))
    .orderBy(asc(paragraphs.position), asc(paragraphs.id))
    .all();
  const changes = db
    .select({ paragraphId: revisions.paragraphId, textAfter: revisions.textAfter })
    .from(revisions)
    .where(and(eq(revisions.documentId, id), lte(revisions.number, revision)))
    .orderBy(asc(revisions.number), asc(revisions.id))
    .all();
  const textAt = new Map<number, string | null>();
  for (const change of changes) textAt.set(change.paragraphId, change.textAfter);
  return order.map(({ id: paragraphId }) => ({ paragraphId, text: textAt.get(paragraphId) ?? null }));
}
