'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { copyMeeting } from '@/db/mutations/meetings';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { meetingFields, meetingSlug } from '@/lib/server/form-fields';
import { itemsOutsideDates, type MeetingDatesState } from '@/lib/server/meeting-dates-state';

const copyFields = z.object(meetingFields).pick({ title: true, shortTitle: true, documentCode: true, slug: true, timeZone: true, startsAt: true, endsAt: true });

/**
 * The secretariat starts a new meeting from this one and lands on the copy's overview. New
 * dates too short for the agenda are refused with the items that would fall outside.
 */
export const copyThisMeeting = validatedActionWithViewer(
  copyFields.extend({ currentSlug: meetingSlug }),
  async ({ currentSlug, ...input }, viewer): Promise<MeetingDatesState> => {
    const result = copyMeeting(viewer, getMeeting(viewer, currentSlug), input);
    if ('outside' in result) return itemsOutsideDates(result.outside, 'copyOutsideDates');
    redirect(`/meetings/${result.slug}`);
  },
);
