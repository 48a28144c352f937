'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  acceptAmendment,
  addComment,
  addParagraph,
  breakSilence,
  deleteParagraph,
  editParagraph,
  moveParagraph,
  proposeAmendment,
  recordStance,
  rejectAmendment,
  reopenDocument,
  setBracketHolders,
  setParagraphStatus,
  startSilence,
  supportAmendment,
  withdrawAmendment,
  withdrawSilence,
} from '@/db/mutations/drafting';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer, type ActionState } from '@/lib/action';
import { COMMENT_LIMIT, PARAGRAPH_TEXT_LIMIT, REASON_LIMIT } from '@/lib/limits';
import { RuleViolation } from '@/db/errors';
import { fromLocalDateTime } from '@/lib/zoned-time';

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), id.nullable());
const paragraphText = z.string().trim().min(1, 'required').max(PARAGRAPH_TEXT_LIMIT, 'tooLong');
const reason = z.string().trim().min(1, 'required').max(REASON_LIMIT, 'tooLong');

/** Re-renders the document and the meeting overview (what needs attention) after a change. */
function refresh(slug: string, documentId: number): ActionState {
  revalidatePath(`/meetings/${slug}/documents/${documentId}`);
  revalidatePath(`/meetings/${slug}`);
  return { ok: true };
}

const slug = z.string().min(1).max(100);
const documentFields = { slug, documentId: id };

export const editParagraphText = validatedActionWithViewer(
  z.object({ ...documentFields, paragraphId: id, version: z.coerce.number().int().positive(), text: paragraphText }),
  (input, viewer) => {
    editParagraph(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const addDocumentParagraph = validatedActionWithViewer(
  z.object({
    ...documentFields,
    afterParagraphId: optionalId,
    kind: z.enum(['heading', 'preambular', 'operative']),
    text: paragraphText,
  }),
  (input, viewer) => {
    addParagraph(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const moveDocumentParagraph = validatedActionWithViewer(
  z.object({ ...documentFields, paragraphId: id, direction: z.enum(['up', 'down']) }),
  (input, viewer) => {
    moveParagraph(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const deleteDocumentParagraph = validatedActionWithViewer(
  z.object({ ...documentFields, paragraphId: id, version: z.coerce.number().int().positive() }),
  (input, viewer) => {
    deleteParagraph(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const setStatusOfParagraph = validatedActionWithViewer(
  z.object({ ...documentFields, paragraphId: id, status: z.enum(['draft', 'bracketed', 'agreed_ad_ref', 'agreed']) }),
  (input, viewer) => {
    setParagraphStatus(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const setHoldersOfBracket = validatedActionWithViewer(
  z.object({
    ...documentFields,
    paragraphId: id,
    bracketIndex: z.coerce.number().int().min(0),
    // Checkboxes arrive as one comma-joined value (see BracketHoldersForm).
    holders: z.string().max(400).transform((v) => v.split(',').map((c) => c.trim().toLowerCase()).filter((c) => /^[a-z]{2}$/.test(c))),
  }),
  (input, viewer) => {
    setBracketHolders(viewer, { ...input, delegationCodes: input.holders });
    return refresh(input.slug, input.documentId);
  },
);

export const proposeParagraphAmendment = validatedActionWithViewer(
  z.object({
    ...documentFields,
    paragraphId: id,
    action: z.enum(['replace', 'insert_after', 'delete'], 'required'),
    text: z.string().trim().max(PARAGRAPH_TEXT_LIMIT, 'tooLong').default(''),
    rationale: z.string().trim().min(1, 'required').max(REASON_LIMIT, 'tooLong'),
    positionStatementId: optionalId,
  }),
  (input, viewer) => {
    proposeAmendment(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const supportParagraphAmendment = validatedActionWithViewer(
  z.object({ ...documentFields, amendmentId: id, stance: z.enum(['cosponsor', 'oppose', 'none']) }),
  (input, viewer) => {
    supportAmendment(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const withdrawParagraphAmendment = validatedActionWithViewer(
  z.object({ ...documentFields, amendmentId: id }),
  (input, viewer) => {
    withdrawAmendment(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const decideParagraphAmendment = validatedActionWithViewer(
  z.discriminatedUnion('decision', [
    z.object({ ...documentFields, amendmentId: id, decision: z.literal('accept'), confirmedParagraphVersion: optionalId }),
    z.object({ ...documentFields, amendmentId: id, decision: z.literal('reject'), reason }),
  ]),
  (input, viewer) => {
    if (input.decision === 'accept') acceptAmendment(viewer, input);
    else rejectAmendment(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const commentOnDocument = validatedActionWithViewer(
  z.object({
    ...documentFields,
    paragraphId: optionalId,
    amendmentId: optionalId,
    body: z.string().trim().min(1, 'required').max(COMMENT_LIMIT, 'tooLong'),
  }),
  (input, viewer) => {
    addComment(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const recordDelegationStance = validatedActionWithViewer(
  z.object({
    ...documentFields,
    kind: z.enum(['endorse', 'reservation', 'objection'], 'required'),
    text: z.string().trim().max(REASON_LIMIT, 'tooLong').default(''),
  }),
  (input, viewer) => {
    recordStance(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const startSilenceProcedure = validatedActionWithViewer(
  z.object({
    ...documentFields,
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'required'),
  }),
  (input, viewer) => {
    // The deadline is typed in the meeting's zone, whatever the browser's, to the second.
    const { timeZone } = getMeeting(viewer, input.slug);
    const minute = fromLocalDateTime(input.deadline.slice(0, 16), timeZone);
    if (minute.kind === 'invalid' || minute.kind === 'skipped') throw new RuleViolation('skippedLocalTime', 'deadline');
    const seconds = Number(input.deadline.slice(17) || 0);
    startSilence(viewer, { documentId: input.documentId, deadline: new Date(minute.instant.getTime() + seconds * 1000) });
    return refresh(input.slug, input.documentId);
  },
);

export const breakSilenceProcedure = validatedActionWithViewer(
  z.object({ ...documentFields, reason }),
  (input, viewer) => {
    breakSilence(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const withdrawSilenceProcedure = validatedActionWithViewer(
  z.object({ ...documentFields, reason }),
  (input, viewer) => {
    withdrawSilence(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);

export const reopenAdoptedDocument = validatedActionWithViewer(
  z.object({ ...documentFields, reason }),
  (input, viewer) => {
    reopenDocument(viewer, input);
    return refresh(input.slug, input.documentId);
  },
);
