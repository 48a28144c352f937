import 'server-only';
/*
 * The steps every change to an outcome document is made of: the document loaded for a
 * write (an expired silence settled first), the pen's and the negotiation's checks, the
 * revision record, a paragraph rewritten under its version, the announcement to open pages.
 * The mutations of db/mutations/paragraphs, amendments, comments, stances and silence are
 * built from them; nothing outside db/mutations calls them.
 */
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { countBrackets, matchBrackets, parseBrackets, type BracketError } from '@/lib/domain/brackets';
import { publish } from '@/lib/platform/events';
import { writeTransaction, type Db } from './client';
import { deny, requireSecretariat } from './access';
import type { Viewer } from './viewer';
import { readableDocument, type DocumentFacts } from './queries/readable-documents';
import { RuleViolation, VersionConflict } from './errors';
import { bracketHolders, outcomeDocuments, paragraphs, revisions, stances } from './schema';
import { writeAudit, type AuditFacts } from './mutations/audit';
import { notifyDocumentReaders } from './mutations/notifications';

export type Paragraph = typeof paragraphs.$inferSelect;
export type Document = DocumentFacts;

const BRACKET_ERROR_CODES: Record<BracketError, string> = {
  unclosed: 'bracketUnclosed',
  unopened: 'bracketUnopened',
  nested: 'bracketNested',
  empty: 'bracketEmpty',
};

/** Refuses text whose brackets do not parse, naming the problem next to `field`. */
export function checkBrackets(text: string, field = 'text'): void {
  const parsed = parseBrackets(text);
  if (!parsed.ok) throw new RuleViolation(BRACKET_ERROR_CODES[parsed.error], field);
}

/** Where in the text a change happened, for the live pages to point at it (lib/platform/events.ts). */
type ChangePlace = { paragraphId?: number | null; amendmentId?: number | null };

/** Tells open pages of `kind`, once committed; with `viewer`, who acted and where. */
export function announce(document: Pick<Document, 'id' | 'meetingId'>, kind: string, viewer?: Viewer, place: ChangePlace = {}) {
  const detail = viewer && {
    paragraphId: place.paragraphId ?? null,
    amendmentId: place.amendmentId ?? null,
    actor: { userId: viewer.userId, delegation: viewer.delegation?.protocolName ?? null },
  };
  publish({ meetingId: document.meetingId, topic: 'document', recordId: document.id, kind, detail });
}

/**
 * The document for a write, after settling an expired silence (so a write cannot slip in
 * after the deadline). Unknown, outside the viewer's meeting or restricted to other
 * delegations: 404.
 */
export function documentForWrite(db: Db, viewer: Viewer, documentId: number, action: AuditAction): Document {
  settleDocumentSilence(db, documentId, new Date());
  return readableDocument(db, viewer, documentId, { action });
}

/**
 * A chair's text is drafted by the secretariat alone and issued under the chair's
 * authority: amendments, stances and silence belong to negotiated texts. Refused (403,
 * logged) with the reason, whoever asks.
 */
export function requireNegotiated(viewer: Viewer, document: Document, action: AuditAction) {
  if (document.draftingMode === 'chairs_text') {
    deny(viewer, 403, { action, recordType: 'outcome_document', recordId: document.id, meetingId: document.meetingId }, 'chairsTextNotNegotiated');
  }
}

export function requirePen(viewer: Viewer, document: Document, action: AuditAction, recordId: number) {
  requireSecretariat(viewer, { action, recordType: 'outcome_document', recordId, meetingId: document.meetingId });
}

/** Under silence or adopted, the text is frozen. */
export function requireDrafting(document: Document) {
  if (document.status !== 'drafting') throw new RuleViolation(document.status === 'silence' ? 'underSilence' : 'documentAdopted');
}

/**
 * A change only the pen may make, to a text still in drafting: in one IMMEDIATE transaction
 * the document is loaded (silence settled, 404 outside the viewer's meeting), the viewer
 * checked (403 unless secretariat) and the text checked (frozen under silence or once
 * adopted); then `change` writes. Open pages hear `kind` once it is committed, with the
 * paragraph `paragraphOf` names, unless `change` returns `unchanged`.
 */
export function penChange<T>(
  viewer: Viewer,
  documentId: number,
  action: AuditAction,
  kind: string,
  change: (db: Db, document: Document) => T | typeof unchanged,
  paragraphOf: (result: T) => number | null = () => null,
): T | undefined {
  const { document, result } = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, documentId, action);
    requirePen(viewer, document, action, documentId);
    requireDrafting(document);
    return { document, result: change(db, document) };
  });
  if (result === unchanged) return undefined;
  announce(document, kind, viewer, { paragraphId: paragraphOf(result as T) });
  return result as T;
}
export const unchanged = Symbol('unchanged');

/** The audit entry of a change to `document`, in the change's transaction. */
export function audit(db: Db, viewer: Viewer, document: Document, facts: Omit<AuditFacts, 'meetingId' | 'outcome'>) {
  writeAudit(db, viewer, { ...facts, meetingId: document.meetingId });
}

export function liveParagraph(db: Db, document: Document, paragraphId: number): Paragraph {
  const paragraph = db
    .select()
    .from(paragraphs)
    .where(and(eq(paragraphs.id, paragraphId), eq(paragraphs.documentId, document.id)))
    .get();
  if (!paragraph) throw new RuleViolation('paragraphUnknown');
  if (paragraph.deletedAt) throw new RuleViolation('paragraphDeleted');
  return paragraph;
}

/** Bumps the document's revision and records what changed; returns the new revision number. */
export function recordRevision(
  db: Db,
  viewer: Viewer,
  document: Document,
  change: {
    paragraphId: number;
    kind: 'create' | 'edit' | 'move' | 'delete' | 'amendment';
    before: string | null;
    after: string | null;
    amendmentId?: number;
  },
): number {
  const { revision } = db
    .update(outcomeDocuments)
    .set({ revision: sql`${outcomeDocuments.revision} + 1` })
    .where(eq(outcomeDocuments.id, document.id))
    .returning({ revision: outcomeDocuments.revision })
    .get();
  db.insert(revisions)
    .values({
      documentId: document.id,
      paragraphId: change.paragraphId,
      number: revision,
      kind: change.kind,
      textBefore: change.before,
      textAfter: change.after,
      authorUserId: viewer.userId,
      amendmentId: change.amendmentId ?? null,
    })
    .run();
  return revision;
}

/**
 * Writes new text into a paragraph if it is still at `version`; otherwise throws
 * VersionConflict with the text as it is now. Bracket holders follow their brackets by
 * content; an agreed paragraph that gains brackets becomes bracketed again.
 */
export function rewriteParagraph(db: Db, paragraph: Paragraph, version: number, text: string): Paragraph {
  const status = statusAfterEdit(paragraph.status, text);
  const updated = db
    .update(paragraphs)
    .set({ text, status, version: sql`${paragraphs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(paragraphs.id, paragraph.id), eq(paragraphs.version, version)))
    .returning()
    .get();
  if (!updated) throw new VersionConflict({ text: paragraph.text, version: paragraph.version });
  const moved = matchBrackets(paragraph.text, text);
  const holders = db.select().from(bracketHolders).where(eq(bracketHolders.paragraphId, paragraph.id)).all();
  db.delete(bracketHolders).where(eq(bracketHolders.paragraphId, paragraph.id)).run();
  const carried = moved.flatMap((oldIndex, newIndex) =>
    oldIndex === null
      ? []
      : holders.filter((h) => h.bracketIndex === oldIndex).map((h) => ({ ...h, bracketIndex: newIndex })),
  );
  if (carried.length) db.insert(bracketHolders).values(carried).run();
  return updated;
}

/** Open brackets make a paragraph bracketed; resolving the last one returns it to draft. */
function statusAfterEdit(current: Paragraph['status'], text: string): Paragraph['status'] {
  if (countBrackets(text) > 0) return 'bracketed';
  return current === 'bracketed' ? 'draft' : current;
}


export function insertParagraphAfter(
  db: Db,
  document: Document,
  afterParagraphId: number | null,
  kind: Paragraph['kind'],
  text: string,
): number {
  const position = afterParagraphId === null ? 0 : liveParagraph(db, document, afterParagraphId).position;
  db.update(paragraphs)
    .set({ position: sql`${paragraphs.position} + 1` })
    .where(and(eq(paragraphs.documentId, document.id), gt(paragraphs.position, position)))
    .run();
  return db
    .insert(paragraphs)
    .values({
      documentId: document.id,
      position: position + 1,
      kind,
      text,
      status: countBrackets(text) > 0 ? 'bracketed' : 'draft',
    })
    .returning({ id: paragraphs.id })
    .get().id;
}

export function writeStance(db: Db, viewer: Viewer, document: Document, kind: 'endorse' | 'reservation' | 'objection', text: string) {
  const delegationId = viewer.delegation!.id;
  const before = db
    .select({ kind: stances.kind, text: stances.text, revision: stances.revision })
    .from(stances)
    .where(and(eq(stances.documentId, document.id), eq(stances.delegationId, delegationId)))
    .get();
  const values = { kind, text, revision: document.revision, recordedByUserId: viewer.userId, recordedAt: new Date() };
  db.insert(stances)
    .values({ documentId: document.id, delegationId, ...values })
    .onConflictDoUpdate({ target: [stances.documentId, stances.delegationId], set: values })
    .run();
  audit(db, viewer, document, {
    action: 'record_stance',
    recordType: 'stance',
    recordId: `${document.id}:${delegationId}`,
    before: before ?? null,
    after: { kind, text, revision: document.revision },
  });
}

/**
 * Adopts the document if its silence ran out unbroken by `now`. Safe to call at any time
 * and from any write (start-up, timers, a write's first step); returns whether it adopted.
 */
export function settleDocumentSilence(db: Db, documentId: number, now: Date): boolean {
  const adopted = db
    .update(outcomeDocuments)
    .set({ status: 'adopted', adoptedAt: sql`${outcomeDocuments.silenceDeadline}` })
    .where(and(eq(outcomeDocuments.id, documentId), eq(outcomeDocuments.status, 'silence'), lte(outcomeDocuments.silenceDeadline, now)))
    .returning({ id: outcomeDocuments.id, meetingId: outcomeDocuments.meetingId, deadline: outcomeDocuments.silenceDeadline })
    .get();
  if (!adopted) return false;
  writeAudit(db, null, {
    action: 'adopt_after_silence',
    recordType: 'outcome_document',
    recordId: adopted.id,
    meetingId: adopted.meetingId,
    before: { status: 'silence' },
    after: { status: 'adopted', deadline: adopted.deadline?.toISOString() },
  });
  notifyDocumentReaders(db, null, adopted.id, (facts) => ({ kind: 'silence_ended', ...facts, outcome: 'adopted', by: null }));
  return true;
}
