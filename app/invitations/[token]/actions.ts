'use server';

import { z } from 'zod';
import { acceptInvitation } from '@/db/mutations/accounts';
import { validatedAction } from '@/lib/server/action';

const password = z.string().min(1, 'required').max(1024, 'tooLong');

/** The invitee sets their password with the link the secretariat gave them. Public: the token is the credential. */
export const setPasswordFromInvitation = validatedAction(
  z
    .object({ token: z.string().min(20).max(200), password, confirmPassword: password })
    .refine((p) => p.password === p.confirmPassword, { message: 'passwordsDiffer', path: ['confirmPassword'] }),
  async ({ token, password: chosen }) => {
    await acceptInvitation(token, chosen);
    return { ok: true, message: 'passwordSet' };
  },
);
