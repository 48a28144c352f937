'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createMeeting } from '@/db/mutations/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { meetingFields } from '@/lib/server/form-fields';

/** A secretariat account creates a meeting, which it then serves, and lands on its overview. */
export const createNewMeeting = validatedActionWithViewer(z.object(meetingFields), async (input, viewer) => {
  const { slug } = createMeeting(viewer, input);
  redirect(`/meetings/${slug}`);
});
