'use server';

import { z } from 'zod';
import { createFirstAccount } from '@/db/mutations/accounts';
import { validatedAction } from '@/lib/server/action';

const password = z.string().min(1, 'required').max(1024, 'tooLong');

/** The first secretariat account, from /setup. Public: the one-time setup code is the credential. */
export const createFirstSecretariat = validatedAction(
  z
    .object({
      setupCode: z.string().trim().min(1, 'required').max(100, 'tooLong'),
      name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
      email: z.string().trim().max(320, 'tooLong').email('invalidEmail'),
      password,
      confirmPassword: password,
    })
    .refine((p) => p.password === p.confirmPassword, { message: 'passwordsDiffer', path: ['confirmPassword'] }),
  async ({ setupCode, name, email, password: chosen }) => {
    await createFirstAccount(setupCode, { name, email, password: chosen });
    return { ok: true, message: 'firstAccountCreated' };
  },
);
