import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull, ne, or } from 'drizzle-orm';
import { delegationName } from '@/lib/domain/countries';
import { findSlots, type Booking, type Calendar, type Slot, type Span } from '@/lib/domain/bilaterals/slots';
import { bilateralStatus, type BilateralAnswer, type BilateralStatus } from '@/lib/domain/bilaterals/status';
import { getDb, type Db } from '../client';
import { deny, isSecretariat, mayActInBilaterals, mayReadBilateral } from '../access';
import type { Viewer } from '../viewer';
import { agendaItems, bilateralParties, bilateralRooms, bilateralRules, bilaterals, bilateralWindows, delegations } from '../schema';
import type { MeetingSummary } from './meetings';

/** The programme's kinds during which delegations sit in the plenary: bilaterals keep clear of them. */
const PLENARY_KINDS = ['plenary', 'working_session'] as const;

export type BilateralRulesDto = { bufferMinutes: number; requestDeadline: Date | null };

export function bilateralRulesOf(db: Db, meetingId: number): BilateralRulesDto {
  const row = db.select({ bufferMinutes: bilateralRules.bufferMinutes, requestDeadline: bilateralRules.requestDeadline }).from(bilateralRules).where(eq(bilateralRules.meetingId, meetingId)).get();
  return row ?? { bufferMinutes: 15, requestDeadline: null };
}

const span = (start: Date, end: Date): Span => ({ start: start.getTime(), end: end.getTime() });

/**
 * Everything a slot of the meeting must fit around (lib/domain/bilaterals/slots Calendar): its
 * dates, the published plenary sessions, the rooms in service and every booked bilateral
 * but `exceptId` (the one being placed). For the data layer's own use: it decides nothing.
 */
export function bilateralCalendar(db: Db, meeting: MeetingSummary, exceptId: number | null = null): Calendar {
  const booked = db
    .select({ id: bilaterals.id, roomId: bilaterals.roomId, startsAt: bilaterals.startsAt, endsAt: bilaterals.endsAt, delegationId: bilateralParties.delegationId })
    .from(bilaterals)
    .innerJoin(bilateralParties, eq(bilateralParties.bilateralId, bilaterals.id))
    .where(and(eq(bilaterals.meetingId, meeting.id), isNotNull(bilaterals.startsAt)))
    .all();
  const bookings = new Map<number, Booking>();
  for (const row of booked) {
    if (row.id === exceptId || row.roomId === null || !row.startsAt || !row.endsAt) continue;
    const booking = bookings.get(row.id) ?? { id: row.id, roomId: row.roomId, ...span(row.startsAt, row.endsAt), delegationIds: [] };
    (booking.delegationIds as number[]).push(row.delegationId);
    bookings.set(row.id, booking);
  }
  const plenary = db
    .select({ title: agendaItems.title, startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), isNotNull(agendaItems.publishedAt), inArray(agendaItems.kind, [...PLENARY_KINDS])))
    .all();
  return {
    meeting: span(meeting.startsAt, meeting.endsAt),
    timeZone: meeting.timeZone,
    plenary: plenary.map((p) => ({ title: p.title, ...span(p.startsAt, p.endsAt) })),
    bookings: [...bookings.values()],
    rooms: activeRooms(db, meeting.id).map((r) => ({ id: r.id, interpretation: r.interpretation })),
    bufferMinutes: bilateralRulesOf(db, meeting.id).bufferMinutes,
  };
}

export type BilateralRoom = { id: number; name: string; capacity: number; interpretation: boolean; equipment: string };

export function activeRooms(db: Db, meetingId: number): BilateralRoom[] {
  return db
    .select({ id: bilateralRooms.id, name: bilateralRooms.name, capacity: bilateralRooms.capacity, interpretation: bilateralRooms.interpretation, equipment: bilateralRooms.equipment })
    .from(bilateralRooms)
    .where(and(eq(bilateralRooms.meetingId, meetingId), isNull(bilateralRooms.retiredAt)))
    .orderBy(asc(bilateralRooms.position))
    .all();
}

type Party = { id: number; code: string; name: string; answer: BilateralAnswer };

export type BilateralDto = {
  id: number;
  version: number;
  requester: { code: string; name: string };
  /** Every party, the requester first. */
  parties: Party[];
  level: 'ministers' | 'senior_officials';
  topic: string;
  minutes: number;
  interpretation: boolean;
  duringPlenary: boolean;
  /** The party whose times are on the table, when not the requester's own. */
  proposedBy: string | null;
  windows: { start: Date; end: Date }[];
  status: BilateralStatus;
  room: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** The viewer's delegation's answer; null for the secretariat. */
  ownAnswer: BilateralAnswer | null;
  /** For the secretariat, once every party agreed: the first free slots that suit them all. */
  suggestions: (Slot & { room: string })[];
};

/**
 * The bilaterals with the given ids, with parties and times, in the viewer's language; with
 * `suggest`, the secretariat's free slots for each agreed one (`known`: the meeting's calendar, when read already).
 */
function loadBilaterals(
  db: Db,
  viewer: Viewer,
  meeting: MeetingSummary,
  ids: readonly number[],
  now: Date,
  { suggest = false, known = null }: { suggest?: boolean; known?: Calendar | null } = {},
): BilateralDto[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: bilaterals.id,
      version: bilaterals.version,
      requesterId: bilaterals.requesterId,
      level: bilaterals.level,
      topic: bilaterals.topic,
      minutes: bilaterals.minutes,
      interpretation: bilaterals.interpretation,
      duringPlenary: bilaterals.duringPlenary,
      proposedById: bilaterals.proposedById,
      roomId: bilaterals.roomId,
      startsAt: bilaterals.startsAt,
      endsAt: bilaterals.endsAt,
    })
    .from(bilaterals)
    .where(inArray(bilaterals.id, [...ids]))
    .orderBy(asc(bilaterals.id))
    .all();
  const parties = db
    .select({ bilateralId: bilateralParties.bilateralId, id: delegations.id, code: delegations.countryCode, protocolName: delegations.protocolName, answer: bilateralParties.answer })
    .from(bilateralParties)
    .innerJoin(delegations, eq(delegations.id, bilateralParties.delegationId))
    .where(inArray(bilateralParties.bilateralId, [...ids]))
    .all();
  const windows = db.select().from(bilateralWindows).where(inArray(bilateralWindows.bilateralId, [...ids])).orderBy(asc(bilateralWindows.startsAt)).all();
  const rooms = new Map(db.select({ id: bilateralRooms.id, name: bilateralRooms.name }).from(bilateralRooms).where(eq(bilateralRooms.meetingId, meeting.id)).all().map((r) => [r.id, r.name]));
  const { requestDeadline } = bilateralRulesOf(db, meeting.id);
  const secretariat = isSecretariat(viewer, meeting.id);
  // Read once: only booked bilaterals are in it, so it holds none of the agreed ones it places.
  let calendar = known;
  return rows.map((row) => {
    const own = parties
      .filter((p) => p.bilateralId === row.id)
      .map((p) => ({ id: p.id, code: p.code, name: delegationName(p.code, p.protocolName, viewer.locale), answer: p.answer }))
      .sort((a, b) => Number(b.id === row.requesterId) - Number(a.id === row.requesterId) || a.name.localeCompare(b.name, viewer.locale));
    const scheduled = row.startsAt !== null && row.roomId !== null;
    const status = bilateralStatus({ scheduled, answers: own.map((p) => p.answer), deadline: requestDeadline, now });
    const times = windows.filter((w) => w.bilateralId === row.id).map((w) => ({ start: w.startsAt, end: w.endsAt }));
    const suggestions =
      suggest && secretariat && status === 'agreed'
        ? findSlots(
            { minutes: row.minutes, partyIds: own.map((p) => p.id), interpretation: row.interpretation, duringPlenary: row.duringPlenary },
            times.map((w) => span(w.start, w.end)),
            (calendar ??= bilateralCalendar(db, meeting)),
          ).map((slot) => ({ ...slot, room: rooms.get(slot.roomId) ?? '' }))
        : [];
    return {
      id: row.id,
      version: row.version,
      requester: own[0],
      parties: own,
      level: row.level,
      topic: row.topic,
      minutes: row.minutes,
      interpretation: row.interpretation,
      duringPlenary: row.duringPlenary,
      proposedBy: own.find((p) => p.id === row.proposedById)?.name ?? null,
      windows: times,
      status,
      room: row.roomId === null ? null : (rooms.get(row.roomId) ?? null),
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      ownAnswer: secretariat ? null : (own.find((p) => p.id === viewer.delegation?.id)?.answer ?? null),
      suggestions,
    };
  });
}

/** The ids of the meeting's bilaterals that `delegationId` is a party to, or all of them (null). */
function bilateralIds(db: Db, meetingId: number, delegationId: number | null): number[] {
  const query = db.selectDistinct({ id: bilaterals.id }).from(bilaterals).innerJoin(bilateralParties, eq(bilateralParties.bilateralId, bilaterals.id));
  const where = delegationId === null ? eq(bilaterals.meetingId, meetingId) : and(eq(bilaterals.meetingId, meetingId), eq(bilateralParties.delegationId, delegationId));
  return query.where(where).all().map((r) => r.id);
}

export type BilateralBoard = {
  /** The viewer's own delegation id; null for the secretariat. */
  ownDelegationId: number | null;
  rules: BilateralRulesDto;
  rooms: (BilateralRoom & { busy: { start: Date; end: Date }[] })[];
  bilaterals: BilateralDto[];
  /** Whom the viewer's delegation may ask (every other delegation that has not declined the meeting); empty for the secretariat. */
  others: { code: string; name: string }[];
};

/**
 * The bilaterals page. A delegation's head and staff see the bilaterals their delegation is
 * a party to, whom it may ask, and when each room is busy (never who is in it); the
 * secretariat sees them all with the slots that suit each agreed one. Anyone else: 404.
 */
export function getBilateralBoard(viewer: Viewer, meeting: MeetingSummary, now = new Date()): BilateralBoard {
  const secretariat = isSecretariat(viewer, meeting.id);
  if (!secretariat && !mayActInBilaterals(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_bilaterals', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id });
  }
  const db = getDb();
  const own = secretariat ? null : viewer.delegation!.id;
  const calendar = bilateralCalendar(db, meeting);
  const others = secretariat
    ? []
    : db
        .select({ id: delegations.id, code: delegations.countryCode, protocolName: delegations.protocolName })
        .from(delegations)
        .where(and(eq(delegations.meetingId, meeting.id), ne(delegations.participation, 'declined')))
        .all()
        .filter((d) => d.id !== own)
        .map((d) => ({ code: d.code, name: delegationName(d.code, d.protocolName, viewer.locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, viewer.locale));
  return {
    ownDelegationId: own,
    rules: bilateralRulesOf(db, meeting.id),
    rooms: activeRooms(db, meeting.id).map((room) => ({
      ...room,
      busy: calendar.bookings
        .filter((b) => b.roomId === room.id)
        .sort((a, b) => a.start - b.start)
        .map((b) => ({ start: new Date(b.start), end: new Date(b.end) })),
    })),
    bilaterals: loadBilaterals(db, viewer, meeting, bilateralIds(db, meeting.id, own), now, { suggest: true, known: calendar }),
    others,
  };
}

/** One entry of a delegation's own schedule: an item of the published programme, or one of its bilaterals. */
export type ScheduleEntry = {
  uid: string;
  kind: 'programme' | 'bilateral';
  /** A programme item's kind (plenary, meal…); null for a bilateral. */
  programmeKind: 'plenary' | 'working_session' | 'meal' | 'bilateral' | 'press' | null;
  title: string;
  start: Date;
  end: Date;
  location: string;
  /** A bilateral's other parties, level and topic; a programme item's description. */
  bilateral: { with: string[]; level: 'ministers' | 'senior_officials'; topic: string; interpretation: boolean } | null;
  description: string;
  /** Moves on with every change, for calendars that update the event in place. */
  sequence: number;
};

/**
 * A delegation's day: the published programme (which every delegation attends) and the
 * bilaterals it is booked into, in time order. Its own head and staff, and the secretariat;
 * 404 (logged) for anyone else, another delegation included.
 */
export function getDelegationSchedule(viewer: Viewer, meeting: MeetingSummary, code: string, now = new Date()): { delegation: { id: number; code: string; name: string }; entries: ScheduleEntry[] } {
  const db = getDb();
  const delegation = db
    .select({ id: delegations.id, code: delegations.countryCode, protocolName: delegations.protocolName })
    .from(delegations)
    .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
    .get();
  if (!delegation || !mayReadBilateral(viewer, meeting.id, [delegation.id])) {
    deny(viewer, 404, { action: 'read_schedule', recordType: 'delegation', recordId: code, meetingId: meeting.id });
  }
  const programme = db
    .select({ id: agendaItems.id, title: agendaItems.title, kind: agendaItems.kind, startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt, location: agendaItems.location, description: agendaItems.description, version: agendaItems.version })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), isNotNull(agendaItems.publishedAt)))
    .all()
    .filter((item) => item.kind !== 'bilateral');
  const booked = loadBilaterals(db, viewer, meeting, bilateralIds(db, meeting.id, delegation.id), now).filter((b) => b.status === 'scheduled');
  const entries: ScheduleEntry[] = [
    ...programme.map((item) => ({
      uid: `agenda-item-${item.id}@${meeting.slug}.vancouver-group`,
      kind: 'programme' as const,
      programmeKind: item.kind,
      title: item.title,
      start: item.startsAt,
      end: item.endsAt,
      location: item.location,
      bilateral: null,
      description: item.description,
      sequence: item.version - 1,
    })),
    ...booked.map((b) => ({
      uid: `bilateral-${b.id}@${meeting.slug}.vancouver-group`,
      kind: 'bilateral' as const,
      programmeKind: null,
      title: b.parties.map((p) => p.name).join(' – '),
      start: b.startsAt!,
      end: b.endsAt!,
      location: b.room ?? '',
      bilateral: { with: b.parties.filter((p) => p.id !== delegation.id).map((p) => p.name), level: b.level, topic: b.topic, interpretation: b.interpretation },
      description: b.topic,
      sequence: b.version - 1,
    })),
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
  return { delegation: { id: delegation.id, code: delegation.code, name: delegationName(delegation.code, delegation.protocolName, viewer.locale) }, entries };
}

/**
 * For the overview: how many bilaterals wait for the viewer. A delegation's head and staff:
 * requests still open that their delegation has not answered; the secretariat: agreed ones
 * without a room. Only the viewer's own (or, for the secretariat, the meeting's) count.
 * Reads only what the status needs (booked or not, every party's answer): the overview
 * draws this on every visit, and the whole bilaterals with their names, windows and rooms
 * took six queries.
 */
export function bilateralsWaiting(db: Db, viewer: Viewer, meeting: MeetingSummary, now = new Date()): number {
  const secretariat = isSecretariat(viewer, meeting.id);
  if (!secretariat && !mayActInBilaterals(viewer, meeting.id)) return 0;
  const unanswered = secretariat
    ? undefined
    : inArray(
        bilaterals.id,
        db
          .select({ id: bilateralParties.bilateralId })
          .from(bilateralParties)
          .where(and(eq(bilateralParties.delegationId, viewer.delegation!.id), eq(bilateralParties.answer, 'pending'))),
      );
  const answers = db
    .select({ id: bilaterals.id, answer: bilateralParties.answer })
    .from(bilaterals)
    .innerJoin(bilateralParties, eq(bilateralParties.bilateralId, bilaterals.id))
    // A booked bilateral waits for no one.
    .where(and(eq(bilaterals.meetingId, meeting.id), or(isNull(bilaterals.startsAt), isNull(bilaterals.roomId)), unanswered))
    .all();
  if (answers.length === 0) return 0;
  const byBilateral = new Map<number, BilateralAnswer[]>();
  for (const row of answers) {
    const partyAnswers = byBilateral.get(row.id);
    if (partyAnswers) partyAnswers.push(row.answer);
    else byBilateral.set(row.id, [row.answer]);
  }
  const { requestDeadline } = bilateralRulesOf(db, meeting.id);
  const waitingStatus: BilateralStatus = secretariat ? 'agreed' : 'pending';
  return [...byBilateral.values()].filter(
    (partyAnswers) => bilateralStatus({ scheduled: false, answers: partyAnswers, deadline: requestDeadline, now }) === waitingStatus,
  ).length;
}
