'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { requestPasswordReset } from '@/db/mutations/accounts';
import { validatedAction } from '@/lib/server/action';
import { clientAddress } from '@/lib/platform/client-address';
import { mailSettings } from '@/lib/platform/mail/settings';

/**
 * Public: anyone may ask for a reset link for an address. The answer is the same whether
 * an account has it or not; the lockout rules of sign-in apply.
 */
export const askForPasswordReset = validatedAction(
  z.object({ email: z.string().trim().min(1, 'required').pipe(z.email('invalidEmail').max(320, 'tooLong')) }),
  async ({ email }) => {
    if (!mailSettings()) return { ok: false, message: 'mailNotConfigured' };
    const result = requestPasswordReset({ email, client: clientAddress((await headers()).get('x-forwarded-for') ?? undefined) });
    return result.ok ? { ok: true, message: 'passwordResetSent' } : { ok: false, message: 'passwordResetLocked' };
  },
);
