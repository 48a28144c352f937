import 'server-only';
import { announce, documentForWrite, requireNegotiated, writeStance } from '../drafting-steps';
import { writeTransaction } from '../client';
import { deny } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';

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
