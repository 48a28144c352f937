'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { acceptAmendment, proposeAmendment, rejectAmendment, supportAmendment, withdrawAmendment } from '@/db/mutations/amendments';
import { addComment } from '@/db/mutations/comments';
import { addParagraph, deleteParagraph, editParagraph, moveParagraph, setBracketHolders, setParagraphStatus, translateParagraph } from '@/db/mutations/paragraphs';
import { breakSilence, issueChairsText, reopenDocument, startSilence, withdrawSilence } from '@/db/mutations/silence';
import { recordStance } from '@/db/mutations/stances';
import { setDocumentDistribution } from '@/db/mutations/document-settings';
import { DISTRIBUTION_VALUES } from '@/lib/domain/values';
import { assertDocumentReadable } from '@/db/queries/documents';
import { getMeeting, type MeetingSummary } from '@/db/queries/meetings';
import type { Viewer } from '@/db/viewer';
import { validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import { meetingSlug, recordId, wholeNumberField } from '@/lib/server/form-fields';
import { COMMENT_LIMIT, PARAGRAPH_TEXT_LIMIT, REASON_LIMIT } from '@/lib/domain/limits';
import { RuleViolation } from '@/db/errors';
import { fromLocalDateTime } from '@/lib/domain/zoned-time';
import { hasVisibleText } from '@/lib/domain/printable';

const id = recordId;
const optionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), id.nullable());
const paragraphText = z.string().trim().min(1, 'required').max(PARAGRAPH_TEXT_LIMIT, 'tooLong');
/** A text that must say something: zero-width characters alone are refused like an empty field. */
const writtenText = (limit: number) => z.string().trim().max(limit, 'tooLong').refine(hasVisibleText, 'required');
const reason = writtenText(REASON_LIMIT);

const documentFields = { slug: meetingSlug, documentId: id };
/** Checkboxes of delegations arrive as one comma-joined value (see DelegationPicker). */
const delegationCodes = z.string().max(400).transform((v) => v.split(',').map((c) => c.trim().toLowerCase()).filter((c) => /^[a-z]{2}$/.test(c)));

/**
 * The wrapper of every action on a document: the document must be one of the meeting the
 * form names (a 404, logged, otherwise), since that meeting's pages are the ones re-rendered
 * afterwards; then `work`, then the document and the meeting overview (what needs
 * attention) are drawn again.
 */
function documentAction<S extends z.ZodType<{ slug: string; documentId: number }>>(
  schema: S,
  work: (input: z.infer<S>, viewer: Viewer, meeting: MeetingSummary) => void,
) {
  return validatedActionWithViewer(schema, (input, viewer): ActionState => {
    const meeting = getMeeting(viewer, input.slug);
    assertDocumentReadable(viewer, meeting, input.documentId);
    work(input, viewer, meeting);
    revalidatePath(`/meetings/${meeting.slug}/documents/${input.documentId}`);
    revalidatePath(`/meetings/${meeting.slug}`);
    return { ok: true };
  });
}

export const editParagraphText = documentAction(
  z.object({ ...documentFields, paragraphId: id, version: id, text: paragraphText }),
  (input, viewer) => {
    editParagraph(viewer, input);
  },
);

/** The secretariat or a translator saves a paragraph's version in the other working language. */
export const translateParagraphText = documentAction(
  z.object({ ...documentFields, paragraphId: id, version: wholeNumberField, sourceVersion: id, text: paragraphText }),
  (input, viewer) => {
    translateParagraph(viewer, input);
  },
);

export const addDocumentParagraph = documentAction(
  z.object({
    ...documentFields,
    afterParagraphId: optionalId,
    kind: z.enum(['heading', 'preambular', 'operative']),
    text: paragraphText,
  }),
  (input, viewer) => {
    addParagraph(viewer, input);
  },
);

export const moveDocumentParagraph = documentAction(
  z.object({ ...documentFields, paragraphId: id, direction: z.enum(['up', 'down']) }),
  (input, viewer) => {
    moveParagraph(viewer, input);
  },
);

export const deleteDocumentParagraph = documentAction(
  z.object({ ...documentFields, paragraphId: id, version: id }),
  (input, viewer) => {
    deleteParagraph(viewer, input);
  },
);

export const setStatusOfParagraph = documentAction(
  z.object({ ...documentFields, paragraphId: id, status: z.enum(['draft', 'bracketed', 'agreed_ad_ref', 'agreed']) }),
  (input, viewer) => {
    setParagraphStatus(viewer, input);
  },
);

export const setHoldersOfBracket = documentAction(
  z.object({
    ...documentFields,
    paragraphId: id,
    bracketIndex: wholeNumberField,
    holders: delegationCodes,
  }),
  (input, viewer) => {
    setBracketHolders(viewer, { ...input, delegationCodes: input.holders });
  },
);

export const proposeParagraphAmendment = documentAction(
  z.object({
    ...documentFields,
    paragraphId: id,
    action: z.enum(['replace', 'insert_after', 'delete'], 'required'),
    text: z.string().trim().max(PARAGRAPH_TEXT_LIMIT, 'tooLong').default(''),
    rationale: reason,
    positionStatementId: optionalId,
  }),
  (input, viewer) => {
    proposeAmendment(viewer, input);
  },
);

export const supportParagraphAmendment = documentAction(
  z.object({ ...documentFields, amendmentId: id, stance: z.enum(['cosponsor', 'oppose', 'none']) }),
  (input, viewer) => {
    supportAmendment(viewer, input);
  },
);

export const withdrawParagraphAmendment = documentAction(
  z.object({ ...documentFields, amendmentId: id }),
  (input, viewer) => {
    withdrawAmendment(viewer, input);
  },
);

export const decideParagraphAmendment = documentAction(
  z.discriminatedUnion('decision', [
    z.object({ ...documentFields, amendmentId: id, decision: z.literal('accept'), confirmedParagraphVersion: optionalId }),
    z.object({ ...documentFields, amendmentId: id, decision: z.literal('reject'), reason }),
  ]),
  (input, viewer) => {
    if (input.decision === 'accept') acceptAmendment(viewer, input);
    else rejectAmendment(viewer, input);
  },
);

export const commentOnDocument = documentAction(
  z.object({
    ...documentFields,
    paragraphId: optionalId,
    amendmentId: optionalId,
    body: writtenText(COMMENT_LIMIT),
  }),
  (input, viewer) => {
    addComment(viewer, input);
  },
);

export const recordDelegationStance = documentAction(
  z.object({
    ...documentFields,
    kind: z.enum(['endorse', 'reservation', 'objection'], 'required'),
    text: z.string().trim().max(REASON_LIMIT, 'tooLong').default(''),
  }),
  (input, viewer) => {
    recordStance(viewer, input);
  },
);

export const startSilenceProcedure = documentAction(
  z.object({
    ...documentFields,
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'required'),
  }),
  (input, viewer, { timeZone }) => {
    // The deadline is typed in the meeting's zone, whatever the browser's, to the second.
    const minute = fromLocalDateTime(input.deadline.slice(0, 16), timeZone);
    if (minute.kind === 'invalid' || minute.kind === 'skipped') throw new RuleViolation('skippedLocalTime', 'deadline');
    const seconds = Number(input.deadline.slice(17) || 0);
    startSilence(viewer, { documentId: input.documentId, deadline: new Date(minute.instant.getTime() + seconds * 1000) });
  },
);

export const breakSilenceProcedure = documentAction(
  z.object({ ...documentFields, reason }),
  (input, viewer) => {
    breakSilence(viewer, input);
  },
);

export const withdrawSilenceProcedure = documentAction(
  z.object({ ...documentFields, reason }),
  (input, viewer) => {
    withdrawSilence(viewer, input);
  },
);

export const reopenAdoptedDocument = documentAction(
  z.object({ ...documentFields, reason }),
  (input, viewer) => {
    reopenDocument(viewer, input);
  },
);

export const issueChairsTextNow = documentAction(z.object(documentFields), (input, viewer) => {
  issueChairsText(viewer, input);
});

export const saveDocumentDistribution = documentAction(
  z.object({
    ...documentFields,
    version: id,
    distribution: z.enum(DISTRIBUTION_VALUES, 'required'),
    recipients: delegationCodes.default([]),
  }),
  (input, viewer) => {
    setDocumentDistribution(viewer, { ...input, recipientCodes: input.recipients });
  },
);
