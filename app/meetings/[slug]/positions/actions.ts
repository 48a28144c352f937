'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { advancePosition, createPosition, revisePosition } from '@/db/mutations/positions';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { idField, recordId } from '@/lib/server/form-fields';

const TITLE_MAX = 200;
const BODY_MAX = 20_000;

const statementText = {
  title: z.string().trim().min(1, 'required').max(TITLE_MAX, 'tooLong'),
  body: z.string().trim().min(1, 'required').max(BODY_MAX, 'tooLong'),
};
const slug = z.string().min(1);

// Every page under /positions shows statements (list, matrix, search, the statement).
const refreshPositions = (meetingSlug: string) => revalidatePath(`/meetings/${meetingSlug}/positions`, 'layout');

/** A new draft of the viewer's delegation; then its page. */
export const createPositionStatement = validatedActionWithViewer(
  z.object({
    slug,
    agendaItemId: z.preprocess((value) => (value === '' ? null : value), idField('unknownAgendaItem').nullable()),
    ...statementText,
  }),
  (input, viewer) => {
    const { id } = createPosition(viewer, getMeeting(viewer, input.slug), input);
    refreshPositions(input.slug);
    redirect(`/meetings/${input.slug}/positions/${id}`);
  },
);

/** A new version of a statement, from the version the writer started from; then its page. */
export const revisePositionStatement = validatedActionWithViewer(
  z.object({ slug, id: recordId, expectedVersion: recordId, ...statementText }),
  (input, viewer) => {
    revisePosition(viewer, getMeeting(viewer, input.slug), input);
    refreshPositions(input.slug);
    redirect(`/meetings/${input.slug}/positions/${input.id}`);
  },
);

/** Shares a statement with the secretariat, or circulates it to every delegation. */
export const advancePositionStatement = validatedActionWithViewer(
  z.object({ slug, id: recordId, expectedVersion: recordId, to: z.enum(['secretariat', 'circulated']) }),
  (input, viewer) => {
    advancePosition(viewer, getMeeting(viewer, input.slug), input);
    refreshPositions(input.slug);
    return { ok: true, message: input.to === 'circulated' ? 'positionCirculated' : 'positionShared' };
  },
);
