'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { advanceAccreditation, setAccessZones, setCategoryQuotas, type AccessZoneInput } from '@/db/mutations/accreditation';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import type { BadgeCategory } from '@/lib/domain/accreditation/categories';
import { BADGE_CATEGORY_VALUES } from '@/lib/domain/values';
import { meetingSlug } from '@/lib/server/form-fields';
import { positiveId, wholeNumber } from '@/lib/domain/route-params';

const deskPath = (slug: string) => `/meetings/${slug}/accreditation`;

/** The most members a bulk step takes at once: a whole meeting's roster, and no more. */
const MAX_BULK = 2000;
const MAX_QUOTA = 999;
const MAX_ZONES = 30;

/**
 * The queue's bulk step: every ticked `member-<id>` box moves one step (approve, issue or
 * re-issue the badge, revoke), all or none. The secretariat only (the data layer decides).
 */
export const advanceMembersAccreditation = validatedActionWithViewer(
  z.looseObject({ slug: meetingSlug, step: z.enum(['approve', 'issue', 'revoke'], 'invalidInput') }),
  async (input, viewer): Promise<ActionState> => {
    const ids = Object.keys(input).flatMap((key) => {
      const id = /^member-(\d+)$/.exec(key)?.[1];
      return id === undefined ? [] : [positiveId(id) ?? 0];
    });
    if (ids.includes(0) || ids.length > MAX_BULK) return { ok: false, message: 'invalidInput' };
    if (ids.length === 0) return { ok: false, message: 'chooseMembers', fieldErrors: { members: ['chooseMembers'] } };
    advanceAccreditation(viewer, getMeeting(viewer, input.slug), ids, input.step);
    revalidatePath(`/meetings/${input.slug}`, 'layout');
    return { ok: true, message: 'accreditationSaved' };
  },
);

/** Each category's quota per delegation (`quota-<category>`; blank: no limit). */
export const saveCategoryQuotas = validatedActionWithViewer(
  z.looseObject({ slug: meetingSlug }),
  async (input, viewer): Promise<ActionState> => {
    const quotas: Partial<Record<BadgeCategory, number | null>> = {};
    const fieldErrors: Record<string, string[]> = {};
    for (const category of BADGE_CATEGORY_VALUES) {
      const raw = input[`quota-${category}`];
      const text = typeof raw === 'string' ? raw.trim() : '';
      const value = wholeNumber(text);
      if (text !== '' && (value === null || value > MAX_QUOTA)) fieldErrors[`quota-${category}`] = ['quotaInvalid'];
      else quotas[category] = value;
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'invalidInput', fieldErrors };
    setCategoryQuotas(viewer, getMeeting(viewer, input.slug), quotas);
    revalidatePath(`/meetings/${input.slug}`, 'layout');
    return { ok: true, message: 'quotasSaved' };
  },
);

/**
 * The access zones, one row each (`zone-<n>-name` and a `zone-<n>-<category>` box per
 * category it admits); a row with no name is dropped.
 */
export const saveAccessZones = validatedActionWithViewer(
  z.looseObject({ slug: meetingSlug }),
  async (input, viewer): Promise<ActionState> => {
    const zones: AccessZoneInput[] = [];
    const fieldErrors: Record<string, string[]> = {};
    for (let row = 0; row < MAX_ZONES; row++) {
      const raw = input[`zone-${row}-name`];
      const name = typeof raw === 'string' ? raw.trim().normalize('NFC') : '';
      if (name === '') continue;
      if (name.length > 80) fieldErrors[`zone-${row}-name`] = ['tooLong'];
      zones.push({ name, categories: BADGE_CATEGORY_VALUES.filter((category) => input[`zone-${row}-${category}`] === 'on') });
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'invalidInput', fieldErrors };
    setAccessZones(viewer, getMeeting(viewer, input.slug), zones);
    revalidatePath(deskPath(input.slug));
    return { ok: true, message: 'zonesSaved' };
  },
);
