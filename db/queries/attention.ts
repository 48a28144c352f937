import 'server-only';
import { and, count, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { belongsToMeeting, deny, isSecretariat, isTranslator } from '../access';
import type { Viewer } from '../viewer';
import { openItems } from '../document-readiness';
import { amendments, comments, outcomeDocuments, paragraphs, positionStatements, stances, users } from '../schema';
import type { MeetingSummary } from './meetings';
import { bilateralsWaiting } from './bilaterals';
import { readableDocuments, statusAt } from './readable-documents';

export type AttentionItem =
  | { kind: 'amendmentsAwaiting'; documentId: number; title: string; count: number }
  | { kind: 'silenceDeadline'; documentId: number; title: string; deadline: Date }
  | { kind: 'stanceNeeded'; documentId: number; title: string; revision: number; givenOn: number | null }
  | { kind: 'amendmentDecided'; documentId: number; amendmentId: number; status: 'accepted' | 'rejected'; at: Date; reason: string | null }
  | { kind: 'newComment'; documentId: number; amendmentId: number; authorName: string; at: Date }
  | { kind: 'positionAwaitingCirculation'; statementId: number; title: string }
  | { kind: 'translationsBehind'; documentId: number; title: string; count: number }
  | { kind: 'bilateralsToAnswer'; count: number }
  | { kind: 'bilateralsToBook'; count: number };

const RECENT_ITEMS = 10;

/**
 * What waits for the viewer in this meeting. The secretariat: amendments awaiting a
 * decision on a text still in drafting (one under silence or adopted has nothing left to
 * decide) and running silences. A head: the delegation's statements shared with the
 * secretariat that only the head may circulate, and documents whose current text lacks the
 * delegation's stance. Delegation staff and heads: decisions on, and comments by others
 * on, their delegation's amendments (most recent first). A translator: texts in drafting
 * whose translations are missing or out of date. Bilaterals: those awaiting the delegation's
 * answer, and for the secretariat those agreed and waiting for a room. Only documents the
 * viewer may read count: a restricted one is not there for a delegation it does not name.
 */
export function getAttention(viewer: Viewer, meeting: MeetingSummary): AttentionItem[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_attention', recordType: 'meeting', recordId: meeting.slug });
  }
  const db = getDb();
  const readable = readableDocuments(db, viewer, meeting.id);
  // A meeting without a document may still have a statement waiting for its head.
  const documents = readable.length === 0 ? [] : db
    .select({
      id: outcomeDocuments.id,
      title: outcomeDocuments.title,
      status: statusAt(Date.now()).status,
      revision: outcomeDocuments.revision,
      draftingMode: outcomeDocuments.draftingMode,
      deadline: outcomeDocuments.silenceDeadline,
    })
    .from(outcomeDocuments)
    .where(inArray(outcomeDocuments.id, readable.map((d) => d.id)))
    .all();
  const documentIds = documents.map((d) => d.id);

  if (isSecretariat(viewer, meeting.id)) {
    const drafting = documents.filter((d) => d.status === 'drafting').map((d) => d.id);
    const awaiting = drafting.length === 0 ? [] : db
      .select({ documentId: paragraphs.documentId, n: count() })
      .from(amendments)
      .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
      .where(and(inArray(paragraphs.documentId, drafting), eq(amendments.status, 'open')))
      .groupBy(paragraphs.documentId)
      .all();
    const toBook = bilateralsWaiting(db, viewer, meeting);
    return [
      ...(toBook ? [{ kind: 'bilateralsToBook', count: toBook } as const] : []),
      ...documents.flatMap((d): AttentionItem[] =>
        d.status === 'silence' && d.deadline ? [{ kind: 'silenceDeadline', documentId: d.id, title: d.title, deadline: d.deadline }] : [],
      ),
      ...awaiting.map((a): AttentionItem => ({
        kind: 'amendmentsAwaiting',
        documentId: a.documentId,
        title: documents.find((d) => d.id === a.documentId)!.title,
        count: a.n,
      })),
    ];
  }

  if (isTranslator(viewer, meeting.id)) {
    return documents.flatMap((d): AttentionItem[] => {
      const behind = d.status === 'drafting' ? openItems(db, d.id, 0).translations.length : 0;
      return behind ? [{ kind: 'translationsBehind', documentId: d.id, title: d.title, count: behind }] : [];
    });
  }

  const delegationId = viewer.delegation!.id;
  const items: AttentionItem[] = [];
  if (viewer.role === 'head') {
    // Staff may share a statement but only the head circulates it (mayAdvancePosition).
    const shared = db
      .select({ statementId: positionStatements.id, title: positionStatements.title })
      .from(positionStatements)
      .where(
        and(
          eq(positionStatements.meetingId, meeting.id),
          eq(positionStatements.delegationId, delegationId),
          eq(positionStatements.visibility, 'secretariat'),
        ),
      )
      .orderBy(positionStatements.id)
      .all();
    for (const statement of shared) items.push({ kind: 'positionAwaitingCirculation', ...statement });
  }
  const toAnswer = bilateralsWaiting(db, viewer, meeting);
  if (toAnswer) items.push({ kind: 'bilateralsToAnswer', count: toAnswer });
  if (documentIds.length === 0) return items;
  if (viewer.role === 'head') {
    const given = db
      .select({ documentId: stances.documentId, revision: stances.revision })
      .from(stances)
      .where(and(eq(stances.delegationId, delegationId), inArray(stances.documentId, documentIds)))
      .all();
    for (const d of documents) {
      // A chair's text takes no stances; an adopted text no more of them.
      if (d.status === 'adopted' || d.draftingMode === 'chairs_text') continue;
      const stance = given.find((g) => g.documentId === d.id);
      if (stance?.revision !== d.revision) {
        items.push({ kind: 'stanceNeeded', documentId: d.id, title: d.title, revision: d.revision, givenOn: stance?.revision ?? null });
      }
    }
  }
  const decided = db
    .select({
      amendmentId: amendments.id,
      documentId: paragraphs.documentId,
      status: amendments.status,
      at: amendments.decidedAt,
      reason: amendments.decisionReason,
    })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(
      and(
        eq(amendments.delegationId, delegationId),
        inArray(paragraphs.documentId, documentIds),
        or(eq(amendments.status, 'accepted'), eq(amendments.status, 'rejected')),
      ),
    )
    .orderBy(desc(amendments.decidedAt))
    .limit(RECENT_ITEMS)
    .all();
  for (const d of decided) {
    if (d.at && (d.status === 'accepted' || d.status === 'rejected')) {
      items.push({ kind: 'amendmentDecided', documentId: d.documentId, amendmentId: d.amendmentId, status: d.status, at: d.at, reason: d.reason });
    }
  }
  const author = alias(users, 'author');
  const newComments = db
    .select({ documentId: comments.documentId, amendmentId: amendments.id, authorName: author.name, at: comments.createdAt })
    .from(comments)
    .innerJoin(amendments, eq(amendments.id, comments.amendmentId))
    .innerJoin(author, eq(author.id, comments.authorUserId))
    .where(
      and(
        eq(amendments.delegationId, delegationId),
        inArray(comments.documentId, documentIds),
        // Comments by the delegation's own people are not news to it.
        or(ne(author.delegationId, delegationId), eq(author.role, 'secretariat')),
      ),
    )
    .orderBy(desc(comments.createdAt))
    .limit(RECENT_ITEMS)
    .all();
  for (const c of newComments) items.push({ kind: 'newComment', ...c });
  return items;
}
