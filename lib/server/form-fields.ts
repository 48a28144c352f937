import 'server-only';
import { z } from 'zod';
import { DELEGATION_ROLE_VALUES, MEETING_KIND_VALUES, PARTICIPATION_VALUES } from '@/lib/domain/values';
import { positiveId, wholeNumber } from '@/lib/domain/route-params';

/** Hidden fields that name what a form acts on. Checked for shape only: the data layer decides access. */
export const meetingSlug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'invalidInput');
/** A state's two-letter code; `message` is the `validation` catalogue code a wrong one gets. */
export const delegationCodeField = (message = 'invalidInput') => z.string().regex(/^[a-z]{2}$/, message);
export const delegationCode = delegationCodeField();
/**
 * A record id or version number, written as the app writes it ("1e0" and "0x1" are
 * refused with `message`, a `validation` catalogue code).
 */
export const idField = (message = 'invalidInput') =>
  z.string().transform((raw, context) => positiveId(raw) ?? refuse(context, message));
export const recordId = idField();
/** Record ids in order, as a page showed them ("12,7,9"), each written as `idField` takes it. */
export const idListField = z.string().transform((list, context) => {
  const ids = list.split(',').filter(Boolean).map(positiveId);
  return ids.every((id) => id !== null) ? (ids as number[]) : refuse(context, 'invalidInput');
});
/** A count or index from 0, written the same way. */
export const wholeNumberField = z.string().transform((raw, context) => wholeNumber(raw) ?? refuse(context, 'invalidInput'));

function refuse(context: z.RefinementCtx, message: string): never {
  context.addIssue({ code: 'custom', message });
  return z.NEVER;
}

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
  documentCode: z.string().trim().min(1, 'required').max(100, 'documentCodeInvalid'),
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
