'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAccount, issueInvitation, setAccountDisabled } from '@/db/mutations/accounts';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import { USER_ROLE_VALUES } from '@/lib/domain/values';
import { meetingSlug, recordId } from '@/lib/server/form-fields';
import { invitationLink } from '@/lib/server/invitation-link';
import { mailSettings } from '@/lib/platform/mail/settings';

/** Whether the invitation also went by mail. */
const invitationMessage = () => (mailSettings() ? 'invitationMailed' : 'invitationIssued');

const accountsPath = (slug: string) => `/meetings/${slug}/accounts`;

/** An action state that may carry an invitation link to show (once) and copy. */
export type AccountState = ActionState | { ok: true; message: string; link: string | null };

/** The secretariat creates an account with a password, or (no password) with an invitation link. */
export const createAccountForMeeting = validatedActionWithViewer(
  z.object({
    slug: meetingSlug,
    name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
    email: z.string().trim().toLowerCase().pipe(z.email('invalidEmail').max(320, 'tooLong')),
    role: z.enum(USER_ROLE_VALUES, 'required'),
    delegationCode: z
      .string()
      .regex(/^([a-z]{2})?$/, 'invalidInput')
      .transform((s) => s || null)
      .default(null),
    password: z
      .string()
      .max(1024, 'tooLong')
      .transform((s) => s || null)
      .default(null),
  }),
  async ({ slug, ...input }, viewer): Promise<AccountState> => {
    const { invitationToken } = await createAccount(viewer, getMeeting(viewer, slug), input);
    revalidatePath(accountsPath(slug));
    return invitationToken
      ? { ok: true, message: invitationMessage(), link: await invitationLink(invitationToken) }
      : { ok: true, message: 'accountCreated', link: null };
  },
);

/** The secretariat issues a new invitation link for an account (a first or a lost password). */
export const issueInvitationLink = validatedActionWithViewer(
  z.object({ slug: meetingSlug, userId: recordId }),
  async ({ slug, userId }, viewer): Promise<AccountState> => {
    const token = issueInvitation(viewer, getMeeting(viewer, slug), userId);
    revalidatePath(accountsPath(slug));
    return { ok: true, message: invitationMessage(), link: await invitationLink(token) };
  },
);

/** The secretariat disables an account (ending its sessions at once) or enables it again. */
export const changeAccountAccess = validatedActionWithViewer(
  z.object({ slug: meetingSlug, userId: recordId, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  async ({ slug, userId, disabled }, viewer) => {
    setAccountDisabled(viewer, getMeeting(viewer, slug), userId, disabled);
    revalidatePath(accountsPath(slug));
    return { ok: true, message: disabled ? 'accountDisabled' : 'accountEnabled' };
  },
);
