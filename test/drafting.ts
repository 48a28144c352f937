import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { beforeEach, expect, vi } from 'vitest';
import { getDb } from '@/db/client';
import { openItems } from '@/db/document-readiness';
import { editParagraph, setParagraphStatus, translateParagraph } from '@/db/mutations/paragraphs';
import { rejectAmendment } from '@/db/mutations/amendments';
import { RuleViolation } from '@/db/errors';
import { getDocument } from '@/db/queries/documents';
import { getMeeting } from '@/db/queries/meetings';
import { amendments, auditEntries, outcomeDocuments, paragraphs, paragraphTranslations } from '@/db/schema';
import { firstAlternatives } from './brackets';
import { demoDatabase, viewerFor } from './database';

/**
 * Brings document `documentId` to where silence may start, as the secretariat would: open
 * amendments rejected, brackets resolved to their first alternative, every paragraph agreed,
 * and every translation brought up to date the same way (a placeholder where there is none).
 */
export function readyTheText(documentId: number): void {
  const pen = viewerFor('secretariat@vancouver.test');
  const db = getDb();
  const live = and(eq(paragraphs.documentId, documentId), isNull(paragraphs.deletedAt));
  const open = db
    .select({ id: amendments.id })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(and(live, eq(amendments.status, 'open')))
    .all();
  for (const { id } of open) rejectAmendment(pen, { amendmentId: id, reason: 'Not taken up.' });
  const rows = db.select().from(paragraphs).where(live).orderBy(asc(paragraphs.position)).all();
  for (const p of rows) {
    const resolved = firstAlternatives(p.text);
    if (resolved !== p.text) editParagraph(pen, { documentId, paragraphId: p.id, version: p.version, text: resolved });
    if (p.status !== 'agreed' && p.status !== 'agreed_ad_ref') setParagraphStatus(pen, { documentId, paragraphId: p.id, status: 'agreed' });
  }
  for (const { id } of openItems(db, documentId, 0).translations) {
    const source = db.select({ version: paragraphs.version, text: paragraphs.text }).from(paragraphs).where(eq(paragraphs.id, id)).get()!;
    const translation = db.select().from(paragraphTranslations).where(eq(paragraphTranslations.paragraphId, id)).get();
    const text = translation ? firstAlternatives(translation.text) : `Version française : ${source.text}`;
    translateParagraph(pen, { documentId, paragraphId: id, version: translation?.version ?? 0, sourceVersion: source.version, text });
  }
}

/**
 * The demo's outcome document, on a fresh demo database before each test of a drafting
 * mutation (call it inside the `describe`): who acts on it, and the text as it reads now.
 */
export function onTheDemoDocument() {
  const secretariat = () => viewerFor('secretariat@vancouver.test');
  const scene = {
    documentId: 0,
    secretariat,
    japan: () => viewerFor('jp.staff@vancouver.test'),
    /** The text as `viewer` (the secretariat unless named) reads it now. */
    document: (viewer = secretariat()) => getDocument(viewer, getMeeting(viewer, 'vancouver-2018'), scene.documentId),
    paragraphWith: (status: string) => scene.document().paragraphs.find((p) => p.status === status)!,
    auditCount: (action: string) => getDb().select({ n: count() }).from(auditEntries).where(eq(auditEntries.action, action)).get()!.n,
  };
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    scene.documentId = getDb().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
  });
  return scene;
}

/** Runs `work` and expects the domain rule `code` to refuse it. */
export function expectRule(work: () => unknown, code: string) {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).code).toBe(code);
    return;
  }
  throw new Error(`expected RuleViolation ${code}`);
}
