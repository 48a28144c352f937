'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { addSecretariatMember, removeSecretariatMember, setMeetingStatus, updateMeeting } from '@/db/mutations/meetings';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { MEETING_STATUS_VALUES } from '@/lib/domain/values';
import { meetingFields, meetingSlug, recordId } from '@/lib/server/form-fields';
import { itemsOutsideDates, type MeetingDatesState } from '@/lib/server/meeting-dates-state';

const revalidateMeeting = (slug: string) => revalidatePath(`/meetings/${slug}`, 'layout');

/**
 * The secretariat changes the meeting's details; a new address takes it to the settings
 * there. A refused change of dates or zone names the agenda items it would leave outside.
 */
export const saveMeetingDetails = validatedActionWithViewer(
  z.object({ currentSlug: meetingSlug, ...meetingFields }),
  async ({ currentSlug, ...input }, viewer): Promise<MeetingDatesState> => {
    const result = updateMeeting(viewer, getMeeting(viewer, currentSlug), input);
    if ('outside' in result) return itemsOutsideDates(result.outside);
    revalidateMeeting(result.slug);
    if (result.slug !== currentSlug) redirect(`/meetings/${result.slug}/settings`);
    return { ok: true, message: 'saved' };
  },
);

/** The secretariat opens the session, concludes the meeting, or reopens it. */
export const changeMeetingStatus = validatedActionWithViewer(
  z.object({ slug: meetingSlug, status: z.enum(MEETING_STATUS_VALUES, 'required') }),
  async ({ slug, status }, viewer) => {
    setMeetingStatus(viewer, getMeeting(viewer, slug), status);
    revalidateMeeting(slug);
    return { ok: true, message: 'saved' };
  },
);

/** The secretariat adds an existing secretariat account to the meeting. */
export const addMeetingSecretariatMember = validatedActionWithViewer(
  z.object({ slug: meetingSlug, email: z.string().trim().toLowerCase().pipe(z.email('invalidEmail').max(320, 'tooLong')) }),
  async ({ slug, email }, viewer) => {
    addSecretariatMember(viewer, getMeeting(viewer, slug), email);
    revalidateMeeting(slug);
    return { ok: true, message: 'memberAdded' };
  },
);

/** The secretariat takes an account off the meeting's secretariat. */
export const removeMeetingSecretariatMember = validatedActionWithViewer(
  z.object({ slug: meetingSlug, userId: recordId }),
  async ({ slug, userId }, viewer) => {
    removeSecretariatMember(viewer, getMeeting(viewer, slug), userId);
    revalidateMeeting(slug);
    return { ok: true, message: 'memberRemoved' };
  },
);
