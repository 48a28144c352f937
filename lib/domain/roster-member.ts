import { z } from 'zod';
import { ACCREDITATION_VALUES, BADGE_CATEGORY_VALUES, ROSTER_FUNCTION_VALUES } from '@/lib/domain/values';
import { localInputToInstant } from './zoned-time';

export type RosterFunction = (typeof ROSTER_FUNCTION_VALUES)[number];
export type Accreditation = (typeof ACCREDITATION_VALUES)[number];

/** A roster member as the data layer writes it. */
export type RosterMemberInput = {
  fullName: string;
  title: string;
  function: RosterFunction;
  email: string | null;
  /** Absent: left as it is (or "requested" for a new member). Only the secretariat may set it. */
  accreditation?: Accreditation;
  /** Absent: left as it is (or the one the function suggests, for a new member). */
  category?: (typeof BADGE_CATEGORY_VALUES)[number];
  arrivalAt: Date | null;
  departureAt: Date | null;
};

// NFC so that a name typed with combining accents and the same name pasted precomposed
// are one name, and survive export and re-import unchanged.
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .transform((s) => s.normalize('NFC'));

const optionalTime = (timeZone: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === '') return null;
      const instant = localInputToInstant(value, timeZone);
      if (!instant) ctx.addIssue({ code: 'custom', message: 'invalidDateTime' });
      return instant;
    });

/**
 * The fields of a roster member as a form or a CSV row gives them (all text), checked and
 * turned into a RosterMemberInput. Times are read on the clock of the meeting's `timeZone`.
 * Error messages are `validation` codes.
 */
export function rosterMemberSchema(timeZone: string) {
  return z
    .object({
      fullName: text(200).pipe(z.string().min(1, 'required')),
      title: text(200).default(''),
      function: z.enum(ROSTER_FUNCTION_VALUES, 'invalidFunction'),
      email: z
        .string()
        .trim()
        .transform((s) => s.toLowerCase())
        .pipe(z.union([z.literal(''), z.email('invalidEmail').max(320, 'tooLong')]))
        .transform((s) => s || null)
        .default(null),
      accreditation: z.enum(ACCREDITATION_VALUES, 'invalidAccreditation').optional(),
      category: z.enum(BADGE_CATEGORY_VALUES, 'invalidCategory').optional(),
      arrival: optionalTime(timeZone).default(null),
      departure: optionalTime(timeZone).default(null),
    })
    .refine((m) => !m.arrival || !m.departure || m.departure >= m.arrival, {
      message: 'departureBeforeArrival',
      path: ['departure'],
    })
    .transform(
      ({ arrival, departure, ...member }): RosterMemberInput => ({
        ...member,
        arrivalAt: arrival,
        departureAt: departure,
      }),
    );
}
