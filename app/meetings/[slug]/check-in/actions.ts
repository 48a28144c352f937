'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { checkInBadge } from '@/db/mutations/accreditation';
import { getCheckInMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import { MAX_TICKET_LENGTH, normaliseTicket } from '@/lib/platform/accreditation/badge-ticket';
import { CATEGORY_COLOURS } from '@/lib/domain/accreditation/categories';
import { formatTime } from '@/lib/domain/format-time';
import { meetingSlug } from '@/lib/server/form-fields';

/** What the desk shows of a scan, in large type: everything already in the guard's language. */
export type ScanResult = {
  outcome: 'admitted' | 'already' | 'revoked' | 'unknown';
  /** "already checked in at 08:41", "Badge revoked"... */
  verdict: string;
  holder: {
    fullName: string;
    delegation: { code: string; protocolName: string };
    functionLabel: string;
    categoryLabel: string;
    categoryColour: string;
    zones: string[];
    /** The badge photo as a data: URL: the door has no right to the photo route itself. */
    photo: string | null;
  } | null;
};

export type CheckInState = ActionState | { ok: true; message?: string; scan: ScanResult };

/** One scan or typed code at the door: recorded, and answered green or red. */
export const checkInCode = validatedActionWithViewer(
  z.object({
    slug: meetingSlug,
    code: z
      .string()
      .transform(normaliseTicket)
      .pipe(z.string().min(1, 'required').max(MAX_TICKET_LENGTH, 'ticketInvalid')),
  }),
  async ({ slug, code }, viewer): Promise<CheckInState> => {
    const meeting = getCheckInMeeting(viewer, slug);
    const result = checkInBadge(viewer, meeting, code);
    const [t, tDelegations, locale] = await Promise.all([getTranslations('checkIn'), getTranslations('delegations'), getLocale()]);
    const verdict =
      result.outcome === 'already' ? t('already', { time: formatTime(result.firstAt, meeting.timeZone, locale) }) : t(`outcome.${result.outcome}`);
    const holder = result.outcome === 'unknown' ? null : result.holder;
    return {
      ok: true,
      scan: {
        outcome: result.outcome,
        verdict,
        holder: holder && {
          fullName: [holder.title, holder.fullName].filter(Boolean).join(' '),
          delegation: holder.delegation,
          functionLabel: tDelegations(`functionValue.${holder.function}`),
          categoryLabel: tDelegations(`categoryValue.${holder.category}`),
          categoryColour: CATEGORY_COLOURS[holder.category],
          zones: holder.zones,
          photo: holder.photoJpeg ? `data:image/jpeg;base64,${holder.photoJpeg.toString('base64')}` : null,
        },
      },
    };
  },
);
