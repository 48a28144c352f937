import 'server-only';
import { z } from 'zod';
import { DELEGATION_ROLE_VALUES, MEETING_KIND_VALUES, PARTICIPATION_VALUES } from './domain-values';

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

/** ISO 3166 codes, comma-joined by the state pickers. */
const stateCodes = z
  .string()
  .max(2000, 'tooLong')
  .transform((v) => v.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean));

/**
 * A meeting's details as "Create a meeting" and its settings send them. Shapes only: the
 * data layer checks the address, the zone, the states and the times.
 */
export const meetingFields = {
  title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  shortTitle: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  slug: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  kind: z.enum(MEETING_KIND_VALUES, 'required'),
  venue: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  city: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  timeZone: z.string().trim().min(1, 'required').max(100, 'unknownTimeZone'),
  startsAt: z.string().min(1, 'required').max(30, 'invalidDateTime'),
  endsAt: z.string().min(1, 'required').max(30, 'invalidDateTime'),
  hostStates: stateCodes,
  coChairs: stateCodes,
  workingLanguages: z.enum(['en', 'fr', 'en,fr'], 'required').transform((v) => v.split(',') as ('en' | 'fr')[]),
};
