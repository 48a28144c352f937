import 'server-only';
import { z } from 'zod';
import { DELEGATION_ROLE_VALUES, PARTICIPATION_VALUES } from './domain-values';

/** Hidden fields that name what a form acts on. Checked for shape only: the data layer decides access. */
export const meetingSlug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'invalidInput');
export const delegationCode = z.string().regex(/^[a-z]{2}$/, 'invalidInput');
export const recordId = z.coerce.number().int().positive('invalidInput');

/** A delegation's settings, as the secretariat's forms send them. */
export const delegationFields = {
  slug: meetingSlug,
  protocolName: z.string().trim().max(120, 'tooLong').default(''),
  role: z.enum(DELEGATION_ROLE_VALUES, 'required'),
  participation: z.enum(PARTICIPATION_VALUES, 'required'),
};
