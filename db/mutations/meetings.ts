import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { countryName, isCountryCode } from '@/lib/domain/countries';
import { DOCUMENT_CODE_PATTERN } from '@/lib/domain/document-symbol';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/domain/slug';
import { isTimeZone } from '@/lib/domain/time-zones';
import { addCalendarDays, calendarDaysBetween, localInputToInstant, toLocalDate, toLocalDateTime } from '@/lib/domain/zoned-time';
import { writeTransaction, type Db } from '../client';
import { deny, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { agendaItems, bilateralRooms, bilateralRules, delegations, meetingSecretariat, meetings, users } from '../schema';
import { type MEETING_KIND_VALUES, type WORKING_LANGUAGE_VALUES } from '@/lib/domain/values';
import type { MeetingSummary } from '../queries/meetings';
import { writeAudit } from './audit';
import { normaliseEmail } from './sign-in';
import { precedenceColumns } from '../precedence-columns';

/** A meeting's details as the form gives them: times on the meeting's own clock ("2026-05-12T09:00"). */
export type MeetingInput = {
  title: string;
  shortTitle: string;
  /** The prefix of the meeting's document symbols (`LOC/2026`): see DOCUMENT_CODE_PATTERN. */
  documentCode: string;
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
 * exist on that clock, a document code that is not one (DOCUMENT_CODE_PATTERN), an end that is not after the start.
 */
function meetingValues(db: Db, input: MeetingInput, exceptId?: number) {
  if (!SLUG_PATTERN.test(input.slug) || input.slug.length > SLUG_MAX_LENGTH || RESERVED_SLUGS.has(input.slug)) {
    throw new RuleViolation('slugInvalid', 'slug');
  }
  const owner = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, input.slug)).get();
  if (owner && owner.id !== exceptId) throw new RuleViolation('slugTaken', 'slug');
  if (!DOCUMENT_CODE_PATTERN.test(input.documentCode)) throw new RuleViolation('documentCodeInvalid', 'documentCode');
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
    documentCode: input.documentCode,
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

/** The co-chairs not yet in the meeting join it as its delegations, confirmed. */
function insertCoChairs(db: Db, meetingId: number, codes: Iterable<string>) {
  for (const code of codes) {
    db.insert(delegations)
      .values({ meetingId, countryCode: code, protocolName: countryName(code, 'en'), role: 'co_chair', participation: 'confirmed' })
      .run();
  }
}

/** What the audit log keeps of a meeting's details. */
const auditedMeeting = {
  slug: meetings.slug,
  title: meetings.title,
  shortTitle: meetings.shortTitle,
  documentCode: meetings.documentCode,
  kind: meetings.kind,
  venue: meetings.venue,
  city: meetings.city,
  timeZone: meetings.timeZone,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  hostStates: meetings.hostStates,
  workingLanguages: meetings.workingLanguages,
};

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
    insertCoChairs(db, id, new Set(input.coChairs));
    writeAudit(db, viewer, { action: 'create_meeting', recordType: 'meeting', recordId: id, meetingId: id, after: { ...values, coChairs: input.coChairs } });
    return { id, slug: values.slug };
  });
}

type Placement = { id: number; title: string; startsAt: Date; endsAt: Date };

/** An agenda item the new dates or zone would leave outside the meeting, as the form names it. */
export type ItemOutside = { title: string; startsAt: string };

/**
 * Where each agenda item falls once the meeting is on `values`' zone and dates: the same
 * clock time on the same day, so a change of zone moves its instants and a change of dates
 * none (a copy moves each item `shiftDays` calendar days on, to the new dates); and those
 * that would fall outside the new days, or on a time the new zone skips.
 */
function replaced<T extends Placement>(items: T[], from: string, values: { timeZone: string; startsAt: Date; endsAt: Date }, shiftDays = 0) {
  const firstDay = toLocalDate(values.startsAt, values.timeZone);
  const lastDay = toLocalDate(values.endsAt, values.timeZone);
  const placed = items.map((item) => {
    const start = addCalendarDays(toLocalDateTime(item.startsAt, from), shiftDays);
    const end = addCalendarDays(toLocalDateTime(item.endsAt, from), shiftDays);
    return { ...item, start, startsAt: localInputToInstant(start, values.timeZone), endsAt: localInputToInstant(end, values.timeZone), lastDay: end.slice(0, 10) };
  });
  const outside = placed.filter((i) => !i.startsAt || !i.endsAt || i.start.slice(0, 10) < firstDay || i.lastDay > lastDay);
  return { placed, outside: outside.map((i) => ({ title: i.title, startsAt: i.start.replace('T', ' ') })) };
}

/**
 * Changes every detail of the meeting. Agenda items keep their clock time on the same day;
 * if the new dates or zone would leave any outside the meeting, nothing is saved and they
 * are returned. The co-chairs' delegations follow the list (a state leaving it becomes a
 * participant; a new one joins, confirmed). Its secretariat only; RuleViolation for bad details.
 */
export function updateMeeting(viewer: Viewer, meeting: MeetingSummary, input: MeetingInput): { slug: string } | { outside: ItemOutside[] } {
  return writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'update_meeting', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id });
    const values = meetingValues(db, input, meeting.id);
    const items = db
      .select({ id: agendaItems.id, title: agendaItems.title, startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .all();
    const { placed, outside } = replaced(items, meeting.timeZone, values);
    if (outside.length > 0) return { outside };
    const before = db.select(auditedMeeting).from(meetings).where(eq(meetings.id, meeting.id)).get();
    db.update(meetings).set(values).where(eq(meetings.id, meeting.id)).run();
    for (const item of placed) {
      if (item.startsAt!.getTime() === items.find((i) => i.id === item.id)!.startsAt.getTime()) continue;
      db.update(agendaItems)
        .set({ startsAt: item.startsAt!, endsAt: item.endsAt!, version: sql`${agendaItems.version} + 1` })
        .where(eq(agendaItems.id, item.id))
        .run();
    }
    const coChairs = new Set(input.coChairs);
    for (const d of db.select().from(delegations).where(eq(delegations.meetingId, meeting.id)).all()) {
      const role = coChairs.delete(d.countryCode) ? 'co_chair' : d.role === 'co_chair' ? 'participant' : d.role;
      if (role !== d.role) db.update(delegations).set({ role }).where(eq(delegations.id, d.id)).run();
    }
    insertCoChairs(db, meeting.id, coChairs);
    writeAudit(db, viewer, { action: 'update_meeting', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id, before, after: { ...values, coChairs: input.coChairs } });
    return { slug: values.slug };
  });
}

/** What a copy asks for: the rest of its details come from the meeting it copies. */
export type MeetingCopyInput = Pick<MeetingInput, 'title' | 'shortTitle' | 'documentCode' | 'slug' | 'timeZone' | 'startsAt' | 'endsAt'>;

/**
 * Starts a new meeting, in planning, from `source` as a template. It keeps the source's
 * kind, venue, city, host states, working languages, paper size, precedence rule and
 * seating layout; its delegations (protocol names, roles, manual order, seats), each invited
 * again; and its agenda items as drafts (title, kind, room, clock time and length), each on
 * the same day of the meeting counted from the first, in the new zone; its bilateral rooms
 * and buffer. What belonged to the old meeting's people stays with it: rosters, accounts,
 * positions, documents, bilaterals, speakers lists, the items' descriptions and chairs. The viewer alone is the copy's secretariat.
 *
 * For the source's secretariat only (403, logged; 404 for anyone outside it), concluded or
 * not: last year's meeting is the usual template. RuleViolation for bad details; if the
 * agenda would fall outside the new dates, nothing is saved and those items are returned.
 */
export function copyMeeting(viewer: Viewer, source: MeetingSummary, input: MeetingCopyInput): { slug: string } | { outside: ItemOutside[] } {
  return writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'copy_meeting', recordType: 'meeting', recordId: source.id, meetingId: source.id });
    const template = db
      .select({
        kind: meetings.kind,
        venue: meetings.venue,
        city: meetings.city,
        hostStates: meetings.hostStates,
        workingLanguages: meetings.workingLanguages,
        precedenceRule: meetings.precedenceRule,
        pageSize: meetings.pageSize,
        seatingLayout: meetings.seatingLayout,
      })
      .from(meetings)
      .where(eq(meetings.id, source.id))
      .get()!;
    // The co-chairs come with the delegations, as they are in the source.
    const values = meetingValues(db, { ...template, ...input, coChairs: [] });
    const items = db
      .select({ id: agendaItems.id, position: agendaItems.position, title: agendaItems.title, kind: agendaItems.kind, location: agendaItems.location, startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, source.id))
      .orderBy(agendaItems.position)
      .all();
    const shiftDays = calendarDaysBetween(toLocalDate(source.startsAt, source.timeZone), toLocalDate(values.startsAt, values.timeZone));
    const { placed, outside } = replaced(items, source.timeZone, values, shiftDays);
    if (outside.length > 0) return { outside };

    const { precedenceRule, pageSize, seatingLayout } = template;
    const { id } = db.insert(meetings).values({ ...values, precedenceRule, pageSize, seatingLayout }).returning({ id: meetings.id }).get();
    db.insert(meetingSecretariat).values({ meetingId: id, userId: viewer.userId }).run();
    const invited = db
      .select({ ...precedenceColumns, seatRank: delegations.seatRank })
      .from(delegations)
      .where(eq(delegations.meetingId, source.id))
      .all()
      .map((d) => ({ ...d, meetingId: id, participation: 'invited' as const }));
    if (invited.length > 0) db.insert(delegations).values(invited).run();
    const drafts = placed.map((item) => ({ meetingId: id, position: item.position, title: item.title, kind: item.kind, location: item.location, startsAt: item.startsAt!, endsAt: item.endsAt! }));
    if (drafts.length > 0) db.insert(agendaItems).values(drafts).run();
    // The same venue has the same bilateral rooms and buffer; the deadline was for the old dates.
    const rooms = db
      .select({ name: bilateralRooms.name, capacity: bilateralRooms.capacity, interpretation: bilateralRooms.interpretation, equipment: bilateralRooms.equipment, position: bilateralRooms.position })
      .from(bilateralRooms)
      .where(and(eq(bilateralRooms.meetingId, source.id), isNull(bilateralRooms.retiredAt)))
      .all();
    if (rooms.length > 0) db.insert(bilateralRooms).values(rooms.map((room) => ({ ...room, meetingId: id }))).run();
    const rules = db.select({ bufferMinutes: bilateralRules.bufferMinutes }).from(bilateralRules).where(eq(bilateralRules.meetingId, source.id)).get();
    if (rules) db.insert(bilateralRules).values({ meetingId: id, bufferMinutes: rules.bufferMinutes }).run();
    writeAudit(db, viewer, {
      action: 'copy_meeting',
      recordType: 'meeting',
      recordId: id,
      meetingId: id,
      after: { ...values, precedenceRule, seatingLayout, copiedFrom: source.slug, delegations: invited.length, agendaItems: drafts.length, bilateralRooms: rooms.length },
    });
    return { slug: values.slug };
  });
}

/** planning → in session → concluded, and a concluded meeting back in session (reopened). */
const NEXT_STATUS: Record<MeetingSummary['status'], MeetingSummary['status'][]> = {
  planning: ['in_session'],
  in_session: ['concluded'],
  concluded: ['in_session'],
};

/**
 * Moves the meeting on to `status`. A concluded meeting is read-only for everyone (every
 * mutation refuses it), so reopening it is the one change it accepts. Its secretariat only;
 * RuleViolation('statusNotNext') for any other step.
 */
export function setMeetingStatus(viewer: Viewer, meeting: MeetingSummary, status: MeetingSummary['status']): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'set_meeting_status', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id });
    const current = db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meeting.id)).get()!;
    if (!NEXT_STATUS[current.status].includes(status)) throw new RuleViolation('statusNotNext');
    db.update(meetings).set({ status }).where(eq(meetings.id, meeting.id)).run();
    writeAudit(db, viewer, { action: 'set_meeting_status', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id, before: current, after: { status } });
  });
}

/**
 * Adds an existing secretariat account to the meeting's secretariat, by e-mail. Its
 * secretariat only; RuleViolation('noSecretariatAccount', 'email') when no secretariat
 * account has that address, ('alreadyMember', 'email') when it serves the meeting already.
 */
export function addSecretariatMember(viewer: Viewer, meeting: MeetingSummary, email: string): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'add_secretariat_member', recordType: 'user', recordId: email, meetingId: meeting.id });
    const account = db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, normaliseEmail(email)), eq(users.role, 'secretariat')))
      .get();
    if (!account) throw new RuleViolation('noSecretariatAccount', 'email');
    const member = db.select().from(meetingSecretariat).where(and(eq(meetingSecretariat.meetingId, meeting.id), eq(meetingSecretariat.userId, account.id))).get();
    if (member) throw new RuleViolation('alreadyMember', 'email');
    db.insert(meetingSecretariat).values({ meetingId: meeting.id, userId: account.id }).run();
    writeAudit(db, viewer, { action: 'add_secretariat_member', recordType: 'user', recordId: account.id, meetingId: meeting.id, after: { email } });
  });
}

/**
 * Takes an account off the meeting's secretariat: from then on the meeting is a stranger's
 * to it (404). Its secretariat only; RuleViolation('lastSecretariatMember') for the last one.
 */
export function removeSecretariatMember(viewer: Viewer, meeting: MeetingSummary, userId: number): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'remove_secretariat_member', recordType: 'user', recordId: userId, meetingId: meeting.id });
    const members = db
      .select({ userId: meetingSecretariat.userId })
      .from(meetingSecretariat)
      .innerJoin(users, eq(users.id, meetingSecretariat.userId))
      .where(and(eq(meetingSecretariat.meetingId, meeting.id), eq(users.role, 'secretariat')))
      .all();
    if (!members.some((m) => m.userId === userId)) deny(viewer, 404, { action: 'remove_secretariat_member', recordType: 'user', recordId: userId, meetingId: meeting.id });
    if (members.length === 1) throw new RuleViolation('lastSecretariatMember');
    db.delete(meetingSecretariat).where(and(eq(meetingSecretariat.meetingId, meeting.id), eq(meetingSecretariat.userId, userId))).run();
    writeAudit(db, viewer, { action: 'remove_secretariat_member', recordType: 'user', recordId: userId, meetingId: meeting.id });
  });
}
