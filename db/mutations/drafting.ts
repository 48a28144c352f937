import 'server-only';
import type { AuditAction } from '@/lib/audit-actions';
import { and, asc, desc, eq, gt, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { countBrackets, matchBrackets, parseBrackets, type BracketError } from '@/lib/brackets';
import { publish } from '@/lib/events';
import { hasVisibleText } from '@/lib/printable';
import { getDb, writeTransaction, type Db } from '../client';
import { preparedQuery } from '../prepared';
import { deny, mayTranslate, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { translationLanguage, translationProblem } from '@/lib/translation-state';
import { readableDocument, type DocumentFacts } from '../queries/readable-documents';
import { openItems } from '../document-readiness';
import { isReady } from '@/lib/text-readiness';
import { RuleViolation, VersionConflict } from '../errors';
import {
  amendments,
  amendmentSupports,
  bracketHolders,
  comments,
  delegations,
  meetings,
  outcomeDocuments,
  paragraphs,
  paragraphTranslations,
  positionStatements,
  revisions,
  stances,
} from '../schema';
import { writeAudit, type AuditFacts } from './audit';
import { notifyAmendmentDecided, notifyDocumentReaders } from './notifications';

type Paragraph = typeof paragraphs.$inferSelect;
type Document = DocumentFacts;

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

/** Where in the text a change happened, for the live pages to point at it (lib/events.ts). */
type ChangePlace = { paragraphId?: number | null; amendmentId?: number | null };

/** Tells open pages of `kind`, once committed; with `viewer`, who acted and where. */
function announce(document: Pick<Document, 'id' | 'meetingId'>, kind: string, viewer?: Viewer, place: ChangePlace = {}) {
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
function documentForWrite(db: Db, viewer: Viewer, documentId: number, action: AuditAction): Document {
  settleDocumentSilence(db, documentId, new Date());
  return readableDocument(db, viewer, documentId, { action });
}

/**
 * A chair's text is drafted by the secretariat alone and issued under the chair's
 * authority: amendments, stances and silence belong to negotiated texts. Refused (403,
 * logged) with the reason, whoever asks.
 */
function requireNegotiated(viewer: Viewer, document: Document, action: AuditAction) {
  if (document.draftingMode === 'chairs_text') {
    deny(viewer, 403, { action, recordType: 'outcome_document', recordId: document.id, meetingId: document.meetingId }, 'chairsTextNotNegotiated');
  }
}

function requirePen(viewer: Viewer, document: Document, action: AuditAction, recordId: number) {
  requireSecretariat(viewer, { action, recordType: 'outcome_document', recordId, meetingId: document.meetingId });
}

/** Under silence or adopted, the text is frozen. */
function requireDrafting(document: Document) {
  if (document.status !== 'drafting') throw new RuleViolation(document.status === 'silence' ? 'underSilence' : 'documentAdopted');
}

/**
 * A change only the pen may make, to a text still in drafting: in one IMMEDIATE transaction
 * the document is loaded (silence settled, 404 outside the viewer's meeting), the viewer
 * checked (403 unless secretariat) and the text checked (frozen under silence or once
 * adopted); then `change` writes. Open pages hear `kind` once it is committed, with the
 * paragraph `paragraphOf` names, unless `change` returns `unchanged`.
 */
function penChange<T>(
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
const unchanged = Symbol('unchanged');

/** The audit entry of a change to `document`, in the change's transaction. */
function audit(db: Db, viewer: Viewer, document: Document, facts: Omit<AuditFacts, 'meetingId' | 'outcome'>) {
  writeAudit(db, viewer, { ...facts, meetingId: document.meetingId });
}

function liveParagraph(db: Db, document: Document, paragraphId: number): Paragraph {
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
function recordRevision(
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
function rewriteParagraph(db: Db, paragraph: Paragraph, version: number, text: string): Paragraph {
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

/** The pen: the secretariat rewrites a paragraph. Stale `version` → VersionConflict. */
export function editParagraph(
  viewer: Viewer,
  input: { documentId: number; paragraphId: number; version: number; text: string },
) {
  checkBrackets(input.text);
  penChange(viewer, input.documentId, 'edit_paragraph', 'paragraph_edited', (db, document) => {
    const before = liveParagraph(db, document, input.paragraphId);
    if (before.text === input.text && before.version === input.version) return unchanged;
    const after = rewriteParagraph(db, before, input.version, input.text);
    recordRevision(db, viewer, document, { paragraphId: before.id, kind: 'edit', before: before.text, after: after.text });
    audit(db, viewer, document, {
      action: 'edit_paragraph',
      recordType: 'paragraph',
      recordId: before.id,
      before: { text: before.text, version: before.version },
      after: { text: after.text, version: after.version },
    });
  }, () => input.paragraphId);
}

/** The secretariat adds a paragraph after another one (or first, with `afterParagraphId` null). */
export function addParagraph(
  viewer: Viewer,
  input: { documentId: number; afterParagraphId: number | null; kind: Paragraph['kind']; text: string },
): number {
  checkBrackets(input.text);
  return penChange(viewer, input.documentId, 'add_paragraph', 'paragraph_added', (db, document) => {
    const id = insertParagraphAfter(db, document, input.afterParagraphId, input.kind, input.text);
    recordRevision(db, viewer, document, { paragraphId: id, kind: 'create', before: null, after: input.text });
    audit(db, viewer, document, {
      action: 'add_paragraph',
      recordType: 'paragraph',
      recordId: id,
      after: { kind: input.kind, text: input.text, afterParagraphId: input.afterParagraphId },
    });
    return id;
  }, (id) => id)!;
}

function insertParagraphAfter(
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

/** The secretariat moves a paragraph one place up or down among the live paragraphs. */
export function moveParagraph(
  viewer: Viewer,
  input: { documentId: number; paragraphId: number; direction: 'up' | 'down' },
) {
  penChange(viewer, input.documentId, 'move_paragraph', 'paragraph_moved', (db, document) => {
    const paragraph = liveParagraph(db, document, input.paragraphId);
    const neighbour = db
      .select({ id: paragraphs.id, position: paragraphs.position })
      .from(paragraphs)
      .where(
        and(
          eq(paragraphs.documentId, document.id),
          isNull(paragraphs.deletedAt),
          input.direction === 'up'
            ? sql`${paragraphs.position} < ${paragraph.position}`
            : gt(paragraphs.position, paragraph.position),
        ),
      )
      .orderBy(input.direction === 'up' ? desc(paragraphs.position) : asc(paragraphs.position))
      .limit(1)
      .get();
    if (!neighbour) throw new RuleViolation(input.direction === 'up' ? 'alreadyFirst' : 'alreadyLast');
    db.update(paragraphs).set({ position: neighbour.position }).where(eq(paragraphs.id, paragraph.id)).run();
    db.update(paragraphs).set({ position: paragraph.position }).where(eq(paragraphs.id, neighbour.id)).run();
    recordRevision(db, viewer, document, { paragraphId: paragraph.id, kind: 'move', before: paragraph.text, after: paragraph.text });
    audit(db, viewer, document, {
      action: 'move_paragraph',
      recordType: 'paragraph',
      recordId: paragraph.id,
      before: { position: paragraph.position },
      after: { position: neighbour.position },
    });
  }, () => input.paragraphId);
}

/**
 * The secretariat deletes a paragraph (kept for history). Open amendments on it are
 * closed as rejected, with the reason, so their proposers see what happened.
 */
export function deleteParagraph(viewer: Viewer, input: { documentId: number; paragraphId: number; version: number }) {
  penChange(viewer, input.documentId, 'delete_paragraph', 'paragraph_deleted', (db, document) => {
    const paragraph = liveParagraph(db, document, input.paragraphId);
    const deleted = db
      .update(paragraphs)
      .set({ deletedAt: new Date(), version: sql`${paragraphs.version} + 1` })
      .where(and(eq(paragraphs.id, paragraph.id), eq(paragraphs.version, input.version)))
      .returning({ id: paragraphs.id })
      .get();
    if (!deleted) throw new VersionConflict({ text: paragraph.text, version: paragraph.version });
    closeOpenAmendments(db, viewer, paragraph.id, 'Paragraph deleted by the secretariat.');
    recordRevision(db, viewer, document, { paragraphId: paragraph.id, kind: 'delete', before: paragraph.text, after: null });
    audit(db, viewer, document, {
      action: 'delete_paragraph',
      recordType: 'paragraph',
      recordId: paragraph.id,
      before: { text: paragraph.text, status: paragraph.status },
    });
  }, () => input.paragraphId);
}

function closeOpenAmendments(db: Db, viewer: Viewer, paragraphId: number, reason: string) {
  db.update(amendments)
    .set({ status: 'rejected', decidedAt: new Date(), decidedByUserId: viewer.userId, decisionReason: reason })
    .where(and(eq(amendments.paragraphId, paragraphId), eq(amendments.status, 'open')))
    .run();
}

/**
 * The secretariat sets a paragraph's status. A paragraph with open brackets cannot be
 * called agreed: resolve them first.
 */
export function setParagraphStatus(
  viewer: Viewer,
  input: { documentId: number; paragraphId: number; status: Paragraph['status'] },
) {
  penChange(viewer, input.documentId, 'set_paragraph_status', 'paragraph_status', (db, document) => {
    const paragraph = liveParagraph(db, document, input.paragraphId);
    if ((input.status === 'agreed' || input.status === 'agreed_ad_ref') && countBrackets(paragraph.text) > 0) {
      throw new RuleViolation('bracketsStillOpen', 'status');
    }
    // updatedAt: "changed since my last visit" counts a new status as a change.
    db.update(paragraphs).set({ status: input.status, updatedAt: new Date() }).where(eq(paragraphs.id, paragraph.id)).run();
    audit(db, viewer, document, {
      action: 'set_paragraph_status',
      recordType: 'paragraph',
      recordId: paragraph.id,
      before: { status: paragraph.status },
      after: { status: input.status },
    });
  }, () => input.paragraphId);
}

/** The secretariat records which delegations hold a bracket (by their codes). */
export function setBracketHolders(
  viewer: Viewer,
  input: { documentId: number; paragraphId: number; bracketIndex: number; delegationCodes: string[] },
) {
  penChange(viewer, input.documentId, 'set_bracket_holders', 'brackets', (db, document) => {
    const paragraph = liveParagraph(db, document, input.paragraphId);
    if (input.bracketIndex >= countBrackets(paragraph.text)) throw new RuleViolation('bracketUnknown');
    const holders = input.delegationCodes.length
      ? db
          .select({ id: delegations.id, code: delegations.countryCode })
          .from(delegations)
          .where(and(eq(delegations.meetingId, document.meetingId), inArray(delegations.countryCode, input.delegationCodes)))
          .all()
      : [];
    const where = and(eq(bracketHolders.paragraphId, paragraph.id), eq(bracketHolders.bracketIndex, input.bracketIndex));
    const before = db.select({ delegationId: bracketHolders.delegationId }).from(bracketHolders).where(where).all();
    db.delete(bracketHolders).where(where).run();
    if (holders.length) {
      db.insert(bracketHolders)
        .values(holders.map((h) => ({ paragraphId: paragraph.id, bracketIndex: input.bracketIndex, delegationId: h.id })))
        .run();
    }
    audit(db, viewer, document, {
      action: 'set_bracket_holders',
      recordType: 'paragraph',
      recordId: paragraph.id,
      before: { bracketIndex: input.bracketIndex, delegationIds: before.map((b) => b.delegationId) },
      after: { bracketIndex: input.bracketIndex, delegations: holders.map((h) => h.code) },
    });
  }, () => input.paragraphId);
}

/**
 * The secretariat or a translator of the meeting saves a paragraph's version in the
 * document's other working language, made from the negotiated text at `sourceVersion` (the
 * paragraph's version they translated). It is then current until that text changes.
 * `version` is the translation's own (0 for the first): a stale one → VersionConflict with
 * the translation as it is now; a negotiated text changed meanwhile → 'translationStale',
 * so nobody marks current a translation of words they did not read. Drafting only.
 */
export function translateParagraph(
  viewer: Viewer,
  input: { documentId: number; paragraphId: number; version: number; sourceVersion: number; text: string },
) {
  const document = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'translate_paragraph');
    if (!mayTranslate(viewer, document.meetingId)) {
      deny(viewer, 403, { action: 'translate_paragraph', recordType: 'paragraph', recordId: input.paragraphId, meetingId: document.meetingId });
    }
    requireDrafting(document);
    const languages = db
      .select({ working: meetings.workingLanguages, negotiating: outcomeDocuments.negotiatingLanguage })
      .from(outcomeDocuments)
      .innerJoin(meetings, eq(meetings.id, outcomeDocuments.meetingId))
      .where(eq(outcomeDocuments.id, document.id))
      .get()!;
    const language = translationLanguage(languages.working, languages.negotiating);
    if (!language) throw new RuleViolation('noTranslationLanguage');
    const paragraph = liveParagraph(db, document, input.paragraphId);
    if (paragraph.version !== input.sourceVersion) throw new RuleViolation('translationStale', 'text');
    const problem = translationProblem(paragraph.text, input.text);
    if (problem) throw new RuleViolation(problem, 'text');
    const where = and(eq(paragraphTranslations.paragraphId, paragraph.id), eq(paragraphTranslations.language, language));
    const before = db.select().from(paragraphTranslations).where(where).get();
    if ((before?.version ?? 0) !== input.version) {
      throw new VersionConflict({ text: before?.text ?? '', version: before?.version ?? 0 });
    }
    const values = { text: input.text, sourceText: paragraph.text, translatedByUserId: viewer.userId, updatedAt: new Date() };
    if (before) {
      db.update(paragraphTranslations).set({ ...values, version: before.version + 1 }).where(where).run();
    } else {
      db.insert(paragraphTranslations).values({ ...values, paragraphId: paragraph.id, language }).run();
    }
    audit(db, viewer, document, {
      action: 'translate_paragraph',
      recordType: 'paragraph',
      recordId: paragraph.id,
      before: before ? { language, text: before.text, version: before.version } : undefined,
      after: { language, text: input.text, version: input.version + 1, sourceVersion: paragraph.version },
    });
    return document;
  });
  announce(document, 'translation_updated', viewer, { paragraphId: input.paragraphId });
}

/** A delegation user's own delegation; the secretariat holds the pen and proposes nothing. */
function ownDelegation(viewer: Viewer, document: Document, action: AuditAction, recordId: number) {
  if (!viewer.delegation) {
    deny(viewer, 403, { action, recordType: 'outcome_document', recordId, meetingId: document.meetingId });
  }
  return viewer.delegation;
}

/**
 * A delegation proposes to replace, insert after, or delete a paragraph, with a rationale
 * and optionally its own circulated position statement. Refused under silence, after
 * adoption, or when the paragraph was deleted meanwhile.
 */
export function proposeAmendment(
  viewer: Viewer,
  input: {
    documentId: number;
    paragraphId: number;
    action: 'replace' | 'insert_after' | 'delete';
    text: string;
    rationale: string;
    positionStatementId: number | null;
  },
): number {
  const text = input.action === 'delete' ? '' : input.text;
  if (input.action !== 'delete') {
    if (!text.trim()) throw new RuleViolation('required', 'text');
    checkBrackets(text);
  }
  const { document, id } = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'propose_amendment');
    const delegation = ownDelegation(viewer, document, 'propose_amendment', input.documentId);
    requireNegotiated(viewer, document, 'propose_amendment');
    requireDrafting(document);
    const paragraph = liveParagraph(db, document, input.paragraphId);
    if (input.positionStatementId !== null) {
      const own = db
        .select({ id: positionStatements.id })
        .from(positionStatements)
        .where(
          and(
            eq(positionStatements.id, input.positionStatementId),
            eq(positionStatements.delegationId, delegation.id),
            eq(positionStatements.visibility, 'circulated'),
          ),
        )
        .get();
      if (!own) throw new RuleViolation('positionNotCirculated', 'positionStatementId');
    }
    const { id } = db
      .insert(amendments)
      .values({
        paragraphId: paragraph.id,
        delegationId: delegation.id,
        proposedByUserId: viewer.userId,
        action: input.action,
        proposedText: text,
        rationale: input.rationale,
        positionStatementId: input.positionStatementId,
        baseParagraphVersion: paragraph.version,
        baseText: paragraph.text,
      })
      .returning({ id: amendments.id })
      .get();
    audit(db, viewer, document, {
      action: 'propose_amendment',
      recordType: 'amendment',
      recordId: id,
      after: { paragraphId: paragraph.id, action: input.action, text, rationale: input.rationale },
    });
    return { document, id };
  });
  announce(document, 'amendment_proposed', viewer, { paragraphId: input.paragraphId, amendmentId: id });
  return id;
}

type Amendment = typeof amendments.$inferSelect;

/** The amendment with its paragraph's document, for a decision on it. */
function amendmentForWrite(db: Db, viewer: Viewer, amendmentId: number, action: AuditAction) {
  const row = db
    .select({ amendment: amendments, documentId: paragraphs.documentId })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(eq(amendments.id, amendmentId))
    .get();
  if (!row) deny(viewer, 404, { action, recordType: 'amendment', recordId: amendmentId });
  const document = documentForWrite(db, viewer, row.documentId, action);
  return { amendment: row.amendment, document };
}

function requireOpen(amendment: Amendment) {
  if (amendment.status !== 'open') throw new RuleViolation('amendmentClosed');
}

/**
 * Another delegation co-sponsors or opposes an open amendment, or takes that back
 * (`none`). The proposer's own delegation cannot do either.
 */
export function supportAmendment(
  viewer: Viewer,
  input: { amendmentId: number; stance: 'cosponsor' | 'oppose' | 'none' },
) {
  const { document, paragraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'support_amendment');
    const delegation = ownDelegation(viewer, document, 'support_amendment', amendment.id);
    requireNegotiated(viewer, document, 'support_amendment');
    requireOpen(amendment);
    if (amendment.delegationId === delegation.id) throw new RuleViolation('ownAmendment');
    const where = and(eq(amendmentSupports.amendmentId, amendment.id), eq(amendmentSupports.delegationId, delegation.id));
    const before = db.select({ kind: amendmentSupports.kind }).from(amendmentSupports).where(where).get();
    db.delete(amendmentSupports).where(where).run();
    if (input.stance !== 'none') {
      db.insert(amendmentSupports).values({ amendmentId: amendment.id, delegationId: delegation.id, kind: input.stance }).run();
    }
    audit(db, viewer, document, {
      action: 'support_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { stance: before?.kind ?? 'none' },
      after: { stance: input.stance },
    });
    return { document, paragraphId: amendment.paragraphId };
  });
  announce(document, 'amendment_supported', viewer, { paragraphId, amendmentId: input.amendmentId });
}

/** The proposing delegation withdraws its open amendment. */
export function withdrawAmendment(viewer: Viewer, input: { amendmentId: number }) {
  const { document, paragraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'withdraw_amendment');
    if (viewer.delegation?.id !== amendment.delegationId) {
      deny(viewer, 403, { action: 'withdraw_amendment', recordType: 'amendment', recordId: amendment.id, meetingId: document.meetingId });
    }
    requireOpen(amendment);
    db.update(amendments)
      .set({ status: 'withdrawn', decidedAt: new Date(), decidedByUserId: viewer.userId })
      .where(eq(amendments.id, amendment.id))
      .run();
    audit(db, viewer, document, {
      action: 'withdraw_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { status: 'open' },
      after: { status: 'withdrawn' },
    });
    return { document, paragraphId: amendment.paragraphId };
  });
  announce(document, 'amendment_withdrawn', viewer, { paragraphId, amendmentId: input.amendmentId });
}

/**
 * The secretariat accepts an open amendment: the text changes in the same transaction,
 * with a new revision. If the paragraph changed since the amendment was proposed, the
 * secretariat must have seen the change: `confirmedParagraphVersion` must name the
 * paragraph's current version, otherwise RuleViolation('amendmentStale').
 */
export function acceptAmendment(
  viewer: Viewer,
  input: { amendmentId: number; confirmedParagraphVersion: number | null },
) {
  const { document, changedParagraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'accept_amendment');
    requirePen(viewer, document, 'accept_amendment', document.id);
    requireDrafting(document);
    requireOpen(amendment);
    const paragraph = liveParagraph(db, document, amendment.paragraphId);
    if (paragraph.version !== amendment.baseParagraphVersion && input.confirmedParagraphVersion !== paragraph.version) {
      throw new RuleViolation('amendmentStale');
    }
    let changedParagraphId = paragraph.id;
    if (amendment.action === 'replace') {
      rewriteParagraph(db, paragraph, paragraph.version, amendment.proposedText);
      recordRevision(db, viewer, document, {
        paragraphId: paragraph.id,
        kind: 'amendment',
        before: paragraph.text,
        after: amendment.proposedText,
        amendmentId: amendment.id,
      });
    } else if (amendment.action === 'insert_after') {
      changedParagraphId = insertParagraphAfter(db, document, paragraph.id, paragraph.kind, amendment.proposedText);
      recordRevision(db, viewer, document, {
        paragraphId: changedParagraphId,
        kind: 'amendment',
        before: null,
        after: amendment.proposedText,
        amendmentId: amendment.id,
      });
    } else {
      db.update(paragraphs)
        .set({ deletedAt: new Date(), version: sql`${paragraphs.version} + 1` })
        .where(eq(paragraphs.id, paragraph.id))
        .run();
      recordRevision(db, viewer, document, {
        paragraphId: paragraph.id,
        kind: 'amendment',
        before: paragraph.text,
        after: null,
        amendmentId: amendment.id,
      });
    }
    db.update(amendments)
      .set({ status: 'accepted', decidedAt: new Date(), decidedByUserId: viewer.userId })
      .where(eq(amendments.id, amendment.id))
      .run();
    if (amendment.action === 'delete') {
      db.update(amendments)
        .set({ status: 'rejected', decidedAt: new Date(), decidedByUserId: viewer.userId, decisionReason: 'Paragraph deleted by an accepted amendment.' })
        .where(and(eq(amendments.paragraphId, paragraph.id), eq(amendments.status, 'open'), ne(amendments.id, amendment.id)))
        .run();
    }
    audit(db, viewer, document, {
      action: 'accept_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { status: 'open', paragraphText: paragraph.text },
      after: { status: 'accepted', paragraphId: changedParagraphId, text: amendment.proposedText },
    });
    notifyAmendmentDecided(db, viewer, amendment, document.id, 'accepted');
    return { document, changedParagraphId };
  });
  // The paragraph the text changed in: the amended one, or the one the amendment inserted.
  announce(document, 'amendment_accepted', viewer, { paragraphId: changedParagraphId, amendmentId: input.amendmentId });
}

/** The secretariat rejects an open amendment, with its reason. */
export function rejectAmendment(viewer: Viewer, input: { amendmentId: number; reason: string }) {
  const { document, paragraphId } = writeTransaction((db) => {
    const { amendment, document } = amendmentForWrite(db, viewer, input.amendmentId, 'reject_amendment');
    requirePen(viewer, document, 'reject_amendment', document.id);
    requireOpen(amendment);
    db.update(amendments)
      .set({ status: 'rejected', decidedAt: new Date(), decidedByUserId: viewer.userId, decisionReason: input.reason })
      .where(eq(amendments.id, amendment.id))
      .run();
    audit(db, viewer, document, {
      action: 'reject_amendment',
      recordType: 'amendment',
      recordId: amendment.id,
      before: { status: 'open' },
      after: { status: 'rejected', reason: input.reason },
    });
    notifyAmendmentDecided(db, viewer, amendment, document.id, 'rejected');
    return { document, paragraphId: amendment.paragraphId };
  });
  announce(document, 'amendment_rejected', viewer, { paragraphId, amendmentId: input.amendmentId });
}

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

/**
 * The head of a delegation records its stance on the current text. A reservation or an
 * objection needs its words. Not after adoption: the text is locked.
 */
export function recordStance(
  viewer: Viewer,
  input: { documentId: number; kind: 'endorse' | 'reservation' | 'objection'; text: string },
) {
  if (input.kind !== 'endorse' && !input.text.trim()) throw new RuleViolation('required', 'text');
  const document = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'record_stance');
    if (viewer.role !== 'head' || !viewer.delegation) {
      deny(viewer, 403, { action: 'record_stance', recordType: 'outcome_document', recordId: document.id, meetingId: document.meetingId });
    }
    requireNegotiated(viewer, document, 'record_stance');
    if (document.status === 'adopted') throw new RuleViolation('documentAdopted');
    writeStance(db, viewer, document, input.kind, input.kind === 'endorse' ? '' : input.text);
    return document;
  });
  announce(document, 'stance_recorded', viewer);
}

function writeStance(db: Db, viewer: Viewer, document: Document, kind: 'endorse' | 'reservation' | 'objection', text: string) {
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
 * How long after the meeting's end (or after now, for a text still negotiated once the
 * meeting's days are past) a silence may run: a text can be finalised in the weeks after
 * the ministers leave, but a deadline years away is a typing slip.
 */
export const SILENCE_DEADLINE_MARGIN_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The secretariat puts the text under silence until `deadline` (a future instant). The
 * text is frozen until a head breaks silence, the secretariat withdraws it, or the deadline
 * passes, when it is adopted. Only a ready text may go under silence, since silence ends in
 * adoption: RuleViolation('textNotReady') while a paragraph holds a bracket or is still
 * draft, or an amendment is open (the document page lists them).
 */
export function startSilence(viewer: Viewer, input: { documentId: number; deadline: Date }) {
  if (input.deadline.getTime() <= Date.now()) throw new RuleViolation('deadlinePast', 'deadline');
  penChange(viewer, input.documentId, 'start_silence', 'silence_started', (db, document) => {
    requireNegotiated(viewer, document, 'start_silence');
    const { endsAt } = db.select({ endsAt: meetings.endsAt }).from(meetings).where(eq(meetings.id, document.meetingId)).get()!;
    const latest = Math.max(endsAt.getTime(), Date.now()) + SILENCE_DEADLINE_MARGIN_MS;
    if (input.deadline.getTime() > latest) throw new RuleViolation('deadlineTooLate', 'deadline');
    if (!isReady(openItems(db, document.id, 0))) throw new RuleViolation('textNotReady');
    db.update(outcomeDocuments)
      .set({
        status: 'silence',
        silenceDeadline: input.deadline,
        silenceStartedAt: new Date(),
        silenceBrokenAt: null,
        silenceBrokenByDelegationId: null,
        silenceBrokenByUserId: null,
        silenceBrokenReason: null,
      })
      .where(eq(outcomeDocuments.id, document.id))
      .run();
    audit(db, viewer, document, {
      action: 'start_silence',
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: document.status },
      after: { status: 'silence', deadline: input.deadline.toISOString() },
    });
    notifyDocumentReaders(db, viewer, document.id, (facts) => ({ kind: 'silence_started', ...facts, deadline: input.deadline }));
  });
  scheduleSilenceEnd(input.documentId, input.deadline);
}

/**
 * Ends a running silence short of adoption: the text returns to drafting as it stands, with
 * who ended it, when and why for everyone to read. A head breaks it (the delegation is
 * recorded); the secretariat withdraws it (no delegation). Its timer is disarmed.
 */
function interruptSilence(viewer: Viewer, documentId: number, action: 'break_silence' | 'withdraw_silence', reason: string) {
  const breaking = action === 'break_silence';
  const document = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, documentId, action);
    if (!breaking) requirePen(viewer, document, action, document.id);
    else if (viewer.role !== 'head' || !viewer.delegation) {
      deny(viewer, 403, { action, recordType: 'outcome_document', recordId: document.id, meetingId: document.meetingId });
    }
    requireNegotiated(viewer, document, action);
    if (document.status !== 'silence') throw new RuleViolation(document.status === 'adopted' ? 'documentAdopted' : 'notUnderSilence');
    db.update(outcomeDocuments)
      .set({
        status: 'drafting',
        silenceBrokenAt: new Date(),
        silenceBrokenByDelegationId: breaking ? viewer.delegation!.id : null,
        silenceBrokenByUserId: viewer.userId,
        silenceBrokenReason: reason,
      })
      .where(eq(outcomeDocuments.id, document.id))
      .run();
    audit(db, viewer, document, {
      action,
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: 'silence' },
      after: { status: 'drafting', reason },
    });
    // Breaking silence is the delegation's objection to the text.
    if (breaking) writeStance(db, viewer, document, 'objection', reason);
    // A withdrawal is the secretariat's own step back; only a broken silence is news.
    if (breaking) {
      notifyDocumentReaders(db, viewer, document.id, (facts) => ({ kind: 'silence_ended', ...facts, outcome: 'broken', by: viewer.delegation!.protocolName }));
    }
    return document;
  });
  clearTimeout(silenceTimers.get(document.id));
  silenceTimers.delete(document.id);
  announce(document, breaking ? 'silence_broken' : 'silence_withdrawn', viewer);
}

/**
 * A head of delegation breaks silence with a written objection: the document returns to
 * drafting, everyone sees who broke it and why, and the objection is the delegation's stance.
 */
export function breakSilence(viewer: Viewer, input: { documentId: number; reason: string }) {
  interruptSilence(viewer, input.documentId, 'break_silence', input.reason);
}

/**
 * The secretariat withdraws the silence it started (a wrong deadline, a text sent too
 * early): the text returns to drafting as it stood, and everyone sees who withdrew it, when
 * and why. Stored where a broken silence is, with no delegation.
 */
export function withdrawSilence(viewer: Viewer, input: { documentId: number; reason: string }) {
  interruptSilence(viewer, input.documentId, 'withdraw_silence', input.reason);
}

/**
 * The secretariat issues a chair's text: adopted at once, under the chair's authority, with
 * no silence (a negotiated text is adopted through silence: RuleViolation('negotiatedNeedsSilence')).
 * Refused while a paragraph still holds a bracket ('issueBracketsOpen'), a translation is
 * missing or out of date ('issueTranslationsOpen'), or the text is empty.
 */
export function issueChairsText(viewer: Viewer, input: { documentId: number }) {
  penChange(viewer, input.documentId, 'issue_chairs_text', 'adopted', (db, document) => {
    if (document.draftingMode !== 'chairs_text') throw new RuleViolation('negotiatedNeedsSilence');
    const texts = db
      .select({ text: paragraphs.text })
      .from(paragraphs)
      .where(and(eq(paragraphs.documentId, document.id), isNull(paragraphs.deletedAt)))
      .all();
    if (texts.length === 0) throw new RuleViolation('issueEmpty');
    if (texts.some((p) => countBrackets(p.text) > 0)) throw new RuleViolation('issueBracketsOpen');
    if (openItems(db, document.id, 0).translations.length > 0) throw new RuleViolation('issueTranslationsOpen');
    const adoptedAt = new Date();
    db.update(outcomeDocuments).set({ status: 'adopted', adoptedAt }).where(eq(outcomeDocuments.id, document.id)).run();
    audit(db, viewer, document, {
      action: 'issue_chairs_text',
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: document.status },
      after: { status: 'adopted', revision: document.revision },
    });
  });
}

/**
 * The secretariat reopens an adopted text for drafting; logged with the reason. What comes
 * of it is a reissue of the adopted text, so its symbol gains the next `/Rev.n`.
 */
export function reopenDocument(viewer: Viewer, input: { documentId: number; reason: string }) {
  const document = writeTransaction((db) => {
    const document = documentForWrite(db, viewer, input.documentId, 'reopen_document');
    requirePen(viewer, document, 'reopen_document', document.id);
    if (document.status !== 'adopted') throw new RuleViolation('notAdopted');
    const { reissue } = db
      .update(outcomeDocuments)
      .set({ status: 'drafting', adoptedAt: null, reissue: sql`${outcomeDocuments.reissue} + 1` })
      .where(eq(outcomeDocuments.id, document.id))
      .returning({ reissue: outcomeDocuments.reissue })
      .get();
    audit(db, viewer, document, {
      action: 'reopen_document',
      recordType: 'outcome_document',
      recordId: document.id,
      before: { status: 'adopted', reissue: reissue - 1 },
      after: { status: 'drafting', reissue, reason: input.reason },
    });
    return document;
  });
  announce(document, 'reopened', viewer);
}

/**
 * Adopts the document if its silence ran out unbroken by `now`. Safe to call at any time
 * and from any path (start-up, reads, writes, timers); returns whether it adopted.
 */
function settleDocumentSilence(db: Db, documentId: number, now: Date): boolean {
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

// Run before every read of a document, so compiled once; a null document id means all of them.
const silencesDue = preparedQuery((db) =>
  db
    .select({ id: outcomeDocuments.id, meetingId: outcomeDocuments.meetingId })
    .from(outcomeDocuments)
    .where(
      and(
        eq(outcomeDocuments.status, 'silence'),
        // The deadline column holds milliseconds (timestamp_ms); a placeholder is bound as given.
        lte(outcomeDocuments.silenceDeadline, sql.placeholder('now')),
        sql`(${sql.placeholder('documentId')} is null or ${outcomeDocuments.id} = ${sql.placeholder('documentId')})`,
      ),
    )
    .prepare(),
);

/**
 * Adopts every document whose silence ran out (`documentId` limits it to one). Called at
 * start-up and before a document is read, so adoption survives a restart. Announces each.
 */
export function settleSilences(documentId?: number, now = new Date()): void {
  const due = silencesDue().all({ documentId: documentId ?? null, now: now.getTime() });
  for (const document of due) {
    if (writeTransaction((tx) => settleDocumentSilence(tx, document.id, now))) announce(document, 'adopted');
  }
}

const timers = (globalThis as unknown as { vancouverSilenceTimers?: Map<number, NodeJS.Timeout> });
const silenceTimers = (timers.vancouverSilenceTimers ??= new Map());

/** Adopts the document when its deadline arrives, so open pages see it without a reload. */
export function scheduleSilenceEnd(documentId: number, deadline: Date): void {
  clearTimeout(silenceTimers.get(documentId));
  // setTimeout holds at most ~24.8 days; a later deadline is settled on read or re-armed at start-up.
  const delay = Math.min(Math.max(deadline.getTime() - Date.now(), 0) + 50, 2 ** 31 - 1);
  const timer = setTimeout(() => {
    silenceTimers.delete(documentId);
    settleSilences(documentId);
  }, delay);
  timer.unref();
  silenceTimers.set(documentId, timer);
}

/** At start-up: settle what ran out while the server was down, and arm timers for the rest. */
export function resumeSilences(): void {
  settleSilences();
  const pending = getDb()
    .select({ id: outcomeDocuments.id, deadline: outcomeDocuments.silenceDeadline })
    .from(outcomeDocuments)
    .where(eq(outcomeDocuments.status, 'silence'))
    .all();
  for (const document of pending) if (document.deadline) scheduleSilenceEnd(document.id, document.deadline);
}
