'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addDelegation, moveDelegation, setPrecedenceRule } from '@/db/mutations/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { PRECEDENCE_RULE_VALUES } from '@/lib/domain/values';
import { delegationCode, delegationCodeField, delegationFields, meetingSlug } from '@/lib/server/form-fields';

const revalidateDelegations = (slug: string) => revalidatePath(`/meetings/${slug}`, 'layout');

/** The secretariat adds a state to the meeting. */
export const addDelegationToMeeting = validatedActionWithViewer(
  z.object({ ...delegationFields, code: delegationCodeField('chooseState') }),
  async ({ slug, ...input }, viewer) => {
    addDelegation(viewer, getMeeting(viewer, slug), input);
    revalidateDelegations(slug);
    return { ok: true, message: 'delegationAdded' };
  },
);

/** The secretariat chooses English, French or manual order of precedence. */
export const choosePrecedenceRule = validatedActionWithViewer(
  z.object({ slug: meetingSlug, rule: z.enum(PRECEDENCE_RULE_VALUES, 'required') }),
  async ({ slug, rule }, viewer) => {
    setPrecedenceRule(viewer, getMeeting(viewer, slug), rule);
    revalidateDelegations(slug);
    return { ok: true, message: 'saved' };
  },
);

/** The secretariat moves a delegation one place up or down in the manual order. */
export const moveDelegationInOrder = validatedActionWithViewer(
  z.object({ slug: meetingSlug, code: delegationCode, direction: z.enum(['up', 'down']) }),
  async ({ slug, code, direction }, viewer) => {
    moveDelegation(viewer, getMeeting(viewer, slug), code, direction);
    revalidateDelegations(slug);
    return { ok: true, message: direction === 'up' ? 'movedUp' : 'movedDown' };
  },
);
