import 'server-only';
import { eq } from 'drizzle-orm';
import { countryName, isCountryCode } from '@/lib/countries';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug';
import { isTimeZone } from '@/lib/time-zones';
import { localInputToInstant } from '@/lib/zoned-time';
import { writeTransaction, type Db } from '../client';
import { deny, type Viewer } from '../access';
import { RuleViolation } from '../errors';
import { delegations, meetingSecretariat, meetings, type MEETING_KIND_VALUES, type WORKING_LANGUAGE_VALUES } from '../schema';
import { writeAudit } from './audit';

/** A meeting's details as the form gives them: times on the meeting's own clock ("2026-05-12T09:00"). */
export type MeetingInput = {
  title: string;
  shortTitle: string;
  slug: string;
  kind: (typeof MEETING_KIND_VALUES)[number];
  venue: string;
  city: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  /** ISO 3166 alpha-2 codes, lower case. */
  hostStates: string[];
  coChairs: string[];
  workingLanguages: (typeof WORKING_LANGUAGE_VALUES)[number][];
};

/** Addresses under /meetings that are pages of their own, not meetings. */
const RESERVED_SLUGS = new Set(['new']);

/**
 * The meeting's row from the form's input, or RuleViolation on the field at fault: an
 * address that is not URL-safe or is taken, an unknown zone or state, a time that does not
 * exist on that clock, an end that is not after the start.
 */
function meetingValues(db: Db, input: MeetingInput, exceptId?: number) {
  if (!SLUG_PATTERN.test(input.slug) || input.slug.length > SLUG_MAX_LENGTH || RESERVED_SLUGS.has(input.slug)) {
    throw new RuleViolation('slugInvalid', 'slug');
  }
  const owner = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, input.slug)).get();
  if (owner && owner.id !== exceptId) throw new RuleViolation('slugTaken', 'slug');
  if (!isTimeZone(input.timeZone)) throw new RuleViolation('unknownTimeZone', 'timeZone');
  const startsAt = localInputToInstant(input.startsAt, input.timeZone);
  if (!startsAt) throw new RuleViolation('invalidDateTime', 'startsAt');
  const endsAt = localInputToInstant(input.endsAt, input.timeZone);
  if (!endsAt) throw new RuleViolation('invalidDateTime', 'endsAt');
  if (endsAt <= startsAt) throw new RuleViolation('endBeforeStart', 'endsAt');
  for (const [field, codes] of [['hostStates', input.hostStates], ['coChairs', input.coChairs]] as const) {
    if (codes.some((code) => !isCountryCode(code))) throw new RuleViolation('unknownState', field);
  }
  if (input.workingLanguages.length === 0) throw new RuleViolation('required', 'workingLanguages');
  return {
    slug: input.slug,
    title: input.title,
    shortTitle: input.shortTitle,
    kind: input.kind,
    venue: input.venue,
    city: input.city,
    timeZone: input.timeZone,
    startsAt,
    endsAt,
    hostStates: [...new Set(input.hostStates)],
    workingLanguages: [...new Set(input.workingLanguages)],
  };
}

/**
 * Creates a meeting, in planning, with its co-chairs as its first delegations (confirmed),
 * and makes the viewer its secretariat. Any secretariat account may (403, logged, for anyone
 * else): the meetings it creates are the ones it serves. RuleViolation for bad details.
 */
export function createMeeting(viewer: Viewer, input: MeetingInput): { id: number; slug: string } {
  if (viewer.role !== 'secretariat') deny(viewer, 403, { action: 'create_meeting', recordType: 'meeting', recordId: input.slug });
  return writeTransaction((db) => {
    const values = meetingValues(db, input);
    const { id } = db.insert(meetings).values(values).returning({ id: meetings.id }).get();
    db.insert(meetingSecretariat).values({ meetingId: id, userId: viewer.userId }).run();
    for (const code of new Set(input.coChairs)) {
      db.insert(delegations)
        .values({ meetingId: id, countryCode: code, protocolName: countryName(code, 'en'), role: 'co_chair', participation: 'confirmed' })
        .run();
    }
    writeAudit(db, viewer, { action: 'create_meeting', recordType: 'meeting', recordId: id, meetingId: id, after: { ...values, coChairs: input.coChairs } });
    return { id, slug: values.slug };
  });
}
