'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { resetSeats, setSeatingLayout, swapSeats } from '@/db/mutations/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { SEATING_LAYOUT_VALUES } from '@/lib/domain/values';
import { delegationCodeField, meetingSlug } from '@/lib/server/form-fields';

const seatingPath = (slug: string) => `/meetings/${slug}/delegations/seating`;
const seat = delegationCodeField('chooseSeat');

/** The secretariat chooses a round, horseshoe or rectangular table. */
export const chooseSeatingLayout = validatedActionWithViewer(
  z.object({ slug: meetingSlug, layout: z.enum(SEATING_LAYOUT_VALUES, 'required') }),
  async ({ slug, layout }, viewer) => {
    setSeatingLayout(viewer, getMeeting(viewer, slug), layout);
    revalidatePath(seatingPath(slug));
    return { ok: true, message: 'saved' };
  },
);

/** The secretariat swaps two delegations' seats. */
export const swapTwoSeats = validatedActionWithViewer(
  z.object({ slug: meetingSlug, first: seat, second: seat }),
  async ({ slug, first, second }, viewer) => {
    swapSeats(viewer, getMeeting(viewer, slug), first, second);
    revalidatePath(seatingPath(slug));
    return { ok: true, message: 'seatsSwapped' };
  },
);

/** The secretariat seats everyone in the order of precedence again. */
export const restorePrecedenceSeating = validatedActionWithViewer(z.object({ slug: meetingSlug }), async ({ slug }, viewer) => {
  resetSeats(viewer, getMeeting(viewer, slug));
  revalidatePath(seatingPath(slug));
  return { ok: true, message: 'seatsReset' };
});
