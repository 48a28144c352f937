import 'server-only';
import {
  checkBrackets,
  announce,
  documentForWrite,
  requireDrafting,
  penChange,
  unchanged,
  audit,
  liveParagraph,
  recordRevision,
  rewriteParagraph,
  insertParagraphAfter,
  type Paragraph,
} from '../drafting-steps';
import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { countBrackets } from '@/lib/domain/brackets';
import { writeTransaction, type Db } from '../client';
import { deny, mayTranslate } from '../access';
import type { Viewer } from '../viewer';
import { translationLanguage, translationProblem } from '@/lib/domain/translation-state';
import { RuleViolation, VersionConflict } from '../errors';
import {
  amendments,
  bracketHolders,
  delegations,
  meetings,
  outcomeDocuments,
  paragraphs,
  paragraphTranslations,
} from '../schema';

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
