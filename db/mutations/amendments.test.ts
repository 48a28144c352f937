import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { amendments } from '../schema';
import { acceptAmendment, proposeAmendment } from './amendments';
import { deleteParagraph, editParagraph } from './paragraphs';
import { expectRule, onTheDemoDocument } from '@/test/drafting';

describe('amendments to the text', () => {
  const scene = onTheDemoDocument();
  const { secretariat, japan, document, paragraphWith, auditCount } = scene;
  let documentId: number;
  beforeEach(() => {
    documentId = scene.documentId;
  });

  it('accepts an amendment in one transaction; one whose paragraph changed since needs a confirmation', () => {
    const p = paragraphWith('draft');
    const id = proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'replace', text: 'Japan’s wording.', rationale: 'Clearer.', positionStatementId: null });
    editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'The pen moved first.' });
    expectRule(() => acceptAmendment(secretariat(), { amendmentId: id, confirmedParagraphVersion: null }), 'amendmentStale');
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe('The pen moved first.');

    acceptAmendment(secretariat(), { amendmentId: id, confirmedParagraphVersion: p.version + 1 });
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe('Japan’s wording.');
    expect(getDb().select({ status: amendments.status }).from(amendments).where(eq(amendments.id, id)).get()!.status).toBe('accepted');
    expect(auditCount('accept_amendment')).toBe(1);
  });

  it('refuses an amendment to a paragraph deleted meanwhile', () => {
    const p = paragraphWith('draft');
    deleteParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version });
    expectRule(
      () => proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'delete', text: '', rationale: 'Gone?', positionStatementId: null }),
      'paragraphDeleted',
    );
  });
});
