import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { publish } from '@/lib/platform/events';
import { clashOf, plenaryClash, type Clash } from '@/lib/domain/bilaterals/slots';
import { bilateralStatus } from '@/lib/domain/bilaterals/status';
import { writeTransaction, type Db } from '../client';
import { deny, isSecretariat, mayActInBilaterals, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation, SlotClash, VersionConflict, type NamedClash } from '../errors';
import { bilateralParties, bilateralRooms, bilateralRules, bilaterals, bilateralWindows, delegations } from '../schema';
import type { MeetingSummary } from '../queries/meetings';
import { activeRooms, bilateralCalendar, bilateralRulesOf } from '../queries/bilaterals';
import { writeAudit } from './audit';

export type TimeWindow = { start: Date; end: Date };

export type BilateralRequestInput = {
  invitedCodes: readonly string[];
  windows: readonly TimeWindow[];
  minutes: number;
  level: 'ministers' | 'senior_officials';
  topic: string;
  interpretation: boolean;
  duringPlenary: boolean;
};

/** Times on the table must lie within the meeting, hold the meeting's length, and keep clear of the plenary unless allowed. */
function checkWindows(db: Db, meeting: MeetingSummary, windows: readonly TimeWindow[], minutes: number, duringPlenary: boolean, field: (index: number) => string) {
  const calendar = bilateralCalendar(db, meeting);
  windows.forEach((window, index) => {
    const span = { start: window.start.getTime(), end: window.end.getTime() };
    if (span.end - span.start < minutes * 60_000) throw new RuleViolation('bilateralWindowTooShort', field(index));
    if (span.start < calendar.meeting.start || span.end > calendar.meeting.end) throw new RuleViolation('bilateralOutsideMeeting', field(index));
    if (!duringPlenary && plenaryClash(span, calendar)) throw new RuleViolation('bilateralDuringPlenary', field(index));
  });
}

function checkDeadline(db: Db, meetingId: number) {
  const { requestDeadline } = bilateralRulesOf(db, meetingId);
  if (requestDeadline && new Date() > requestDeadline) throw new RuleViolation('bilateralDeadlinePassed');
}

/** Tells the parties (and the secretariat) alone: lib/platform/events audience. */
function announce(meetingId: number, bilateralId: number, partyIds: readonly number[], kind: string) {
  publish({ meetingId, topic: 'bilateral', recordId: bilateralId, kind, audience: partyIds });
}

/**
 * A delegation's head or staff asks one or more other delegations for a bilateral, with up
 * to three preferred times. The requester has accepted its own times; the others are asked.
 * 403 (logged) for anyone else, the secretariat included: it assigns, it does not ask.
 */
export function requestBilateral(viewer: Viewer, meeting: MeetingSummary, input: BilateralRequestInput): { id: number } {
  const result = writeTransaction((db) => {
    const attempt = { action: 'request_bilateral' as const, recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id };
    if (!mayActInBilaterals(viewer, meeting.id)) deny(viewer, 403, attempt);
    const own = viewer.delegation!.id;
    checkDeadline(db, meeting.id);
    const codes = [...new Set(input.invitedCodes)];
    const invited = codes.length === 0 ? [] : db.select({ id: delegations.id }).from(delegations).where(and(eq(delegations.meetingId, meeting.id), inArray(delegations.countryCode, codes), ne(delegations.id, own), ne(delegations.participation, 'declined'))).all();
    if (invited.length === 0 || invited.length !== codes.length) throw new RuleViolation('bilateralChooseDelegations', 'invited');
    if (input.windows.length === 0) throw new RuleViolation('required', 'window-0-start');
    checkWindows(db, meeting, input.windows, input.minutes, input.duringPlenary, (index) => `window-${index}-start`);
    const { id } = db
      .insert(bilaterals)
      .values({ meetingId: meeting.id, requesterId: own, level: input.level, topic: input.topic, minutes: input.minutes, interpretation: input.interpretation, duringPlenary: input.duringPlenary })
      .returning({ id: bilaterals.id })
      .get();
    db.insert(bilateralParties).values([{ bilateralId: id, delegationId: own, answer: 'accepted' as const }, ...invited.map((d) => ({ bilateralId: id, delegationId: d.id }))]).run();
    db.insert(bilateralWindows).values(input.windows.map((w) => ({ bilateralId: id, startsAt: w.start, endsAt: w.end }))).run();
    writeAudit(db, viewer, { ...attempt, recordType: 'bilateral', recordId: id, after: { with: codes, level: input.level, minutes: input.minutes, windows: input.windows } });
    return { id, partyIds: [own, ...invited.map((d) => d.id)] };
  });
  announce(meeting.id, result.id, result.partyIds, 'bilateral_requested');
  return { id: result.id };
}

/** A bilateral of the meeting with its parties, or a 404 (logged) for anyone who is not one of them nor the secretariat. */
function partiesOf(db: Db, viewer: Viewer, meeting: MeetingSummary, bilateralId: number, action: 'answer_bilateral' | 'schedule_bilateral') {
  const attempt = { action, recordType: 'bilateral', recordId: bilateralId, meetingId: meeting.id };
  const row = db.select().from(bilaterals).where(and(eq(bilaterals.id, bilateralId), eq(bilaterals.meetingId, meeting.id))).get();
  const parties = row ? db.select({ delegationId: bilateralParties.delegationId, answer: bilateralParties.answer }).from(bilateralParties).where(eq(bilateralParties.bilateralId, bilateralId)).all() : [];
  const isParty = viewer.delegation !== null && parties.some((p) => p.delegationId === viewer.delegation!.id);
  if (!row || !(isSecretariat(viewer, meeting.id) || (mayActInBilaterals(viewer, meeting.id) && isParty))) deny(viewer, 404, attempt);
  return { row, parties, attempt };
}

export type BilateralAnswerInput = { bilateralId: number; version: number } & ({ answer: 'accept' | 'decline' } | { answer: 'propose'; start: Date });

/**
 * A party answers the times on the table: accepts, declines, or proposes another start, for
 * the bilateral's own length, which replaces them and asks every other party again. A party
 * may also decline a booked bilateral, which calls it off and frees its room and time. The
 * secretariat does not answer for a delegation (403); anyone not a party finds no such
 * bilateral (404). Stale: a conflict.
 */
export function answerBilateral(viewer: Viewer, meeting: MeetingSummary, input: BilateralAnswerInput): void {
  const partyIds = writeTransaction((db) => {
    const { row, parties, attempt } = partiesOf(db, viewer, meeting, input.bilateralId, 'answer_bilateral');
    if (!mayActInBilaterals(viewer, meeting.id)) deny(viewer, 403, attempt);
    const own = viewer.delegation!.id;
    if (row.version !== input.version) throw new VersionConflict({ version: row.version });
    const status = bilateralStatus({ scheduled: row.startsAt !== null, answers: parties.map((p) => p.answer), deadline: bilateralRulesOf(db, meeting.id).requestDeadline, now: new Date() });
    if (status === 'scheduled' && input.answer !== 'decline') throw new RuleViolation('bilateralAlreadyScheduled');
    if (status === 'expired') throw new RuleViolation('bilateralDeadlinePassed');
    const calledOff = status === 'scheduled';
    const before = { answers: parties, ...(calledOff ? { roomId: row.roomId, startsAt: row.startsAt, endsAt: row.endsAt } : {}) };
    const proposed = input.answer === 'propose' ? { start: input.start, end: new Date(input.start.getTime() + row.minutes * 60_000) } : null;
    if (proposed) {
      checkWindows(db, meeting, [proposed], row.minutes, row.duringPlenary, () => 'start');
      db.delete(bilateralWindows).where(eq(bilateralWindows.bilateralId, row.id)).run();
      db.insert(bilateralWindows).values({ bilateralId: row.id, startsAt: proposed.start, endsAt: proposed.end }).run();
      db.update(bilateralParties).set({ answer: 'pending' }).where(and(eq(bilateralParties.bilateralId, row.id), ne(bilateralParties.delegationId, own))).run();
    }
    const answer = input.answer === 'decline' ? 'declined' : 'accepted';
    db.update(bilateralParties).set({ answer }).where(and(eq(bilateralParties.bilateralId, row.id), eq(bilateralParties.delegationId, own))).run();
    db.update(bilaterals)
      .set({ version: row.version + 1, ...(proposed ? { proposedById: own } : {}), ...(calledOff ? { roomId: null, startsAt: null, endsAt: null } : {}) })
      .where(eq(bilaterals.id, row.id))
      .run();
    writeAudit(db, viewer, { ...attempt, before, after: { answer: input.answer, ...(proposed ? { window: proposed } : {}), ...(calledOff ? { calledOff } : {}) } });
    return parties.map((p) => p.delegationId);
  });
  announce(meeting.id, input.bilateralId, partyIds, `bilateral_${input.answer}`);
}

/**
 * The secretariat books an agreed bilateral into a room at `start` (or moves a booked one):
 * refused with the clash named when the room (with its buffer), a party, the plenary or the
 * meeting's dates do not allow it, so a room, a delegation or its minister is never in two
 * places at once. The secretariat only (403).
 */
export function scheduleBilateral(viewer: Viewer, meeting: MeetingSummary, input: { bilateralId: number; version: number; roomId: number; start: Date }): void {
  const partyIds = writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'schedule_bilateral', recordType: 'bilateral', recordId: input.bilateralId, meetingId: meeting.id });
    const { row, parties, attempt } = partiesOf(db, viewer, meeting, input.bilateralId, 'schedule_bilateral');
    if (row.version !== input.version) throw new VersionConflict({ version: row.version });
    if (parties.some((p) => p.answer !== 'accepted')) throw new RuleViolation('bilateralNotAgreed');
    const room = activeRooms(db, meeting.id).find((r) => r.id === input.roomId);
    if (!room) throw new RuleViolation('bilateralChooseRoom', 'roomId');
    const request = { minutes: row.minutes, partyIds: parties.map((p) => p.delegationId), interpretation: row.interpretation, duringPlenary: row.duringPlenary };
    const clash = clashOf(request, room.id, input.start.getTime(), bilateralCalendar(db, meeting, row.id));
    if (clash) throw new SlotClash(describeClash(db, clash));
    const endsAt = new Date(input.start.getTime() + row.minutes * 60_000);
    db.update(bilaterals).set({ roomId: room.id, startsAt: input.start, endsAt, version: row.version + 1 }).where(eq(bilaterals.id, row.id)).run();
    writeAudit(db, viewer, { ...attempt, before: { roomId: row.roomId, startsAt: row.startsAt }, after: { roomId: room.id, room: room.name, startsAt: input.start, endsAt } });
    return request.partyIds;
  });
  announce(meeting.id, input.bilateralId, partyIds, 'bilateral_scheduled');
}

/** The names a clash's message needs: the room, and the parties of the bilateral in the way. */
function describeClash(db: Db, clash: Clash): NamedClash {
  if (clash.kind !== 'room' && clash.kind !== 'delegation') return clash;
  const names = (ids: readonly number[]) => db.select({ code: delegations.countryCode, protocolName: delegations.protocolName }).from(delegations).where(inArray(delegations.id, [...ids])).all();
  const roomName = db.select({ name: bilateralRooms.name }).from(bilateralRooms).where(eq(bilateralRooms.id, clash.booking.roomId)).get()?.name;
  return {
    ...clash,
    roomName,
    parties: names(clash.booking.delegationIds),
    delegation: clash.kind === 'delegation' ? names([clash.delegationId])[0] : undefined,
  };
}

export type BilateralRoomInput = { name: string; capacity: number; interpretation: boolean; equipment: string };

/**
 * The bilateral rooms, in order. A room kept by name keeps its bookings; a room left off is
 * retired (gone from the list and the slot finder), refused while a bilateral is booked in it.
 * The secretariat only (403).
 */
export function setBilateralRooms(viewer: Viewer, meeting: MeetingSummary, rooms: readonly BilateralRoomInput[]): void {
  writeTransaction((db) => {
    const attempt = { action: 'set_bilateral_rooms' as const, recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id };
    requireSecretariat(viewer, attempt);
    const existing = db.select().from(bilateralRooms).where(eq(bilateralRooms.meetingId, meeting.id)).all();
    const kept = new Set(rooms.map((r) => r.name));
    for (const room of existing.filter((r) => r.retiredAt === null && !kept.has(r.name))) {
      const booked = db.select({ id: bilaterals.id }).from(bilaterals).where(eq(bilaterals.roomId, room.id)).get();
      if (booked) throw new RuleViolation('bilateralRoomInUse', `room-${existing.indexOf(room)}-name`);
      db.update(bilateralRooms).set({ retiredAt: new Date() }).where(eq(bilateralRooms.id, room.id)).run();
    }
    rooms.forEach((room, position) => {
      const same = existing.find((r) => r.name === room.name);
      if (same) db.update(bilateralRooms).set({ ...room, position, retiredAt: null }).where(eq(bilateralRooms.id, same.id)).run();
      else db.insert(bilateralRooms).values({ ...room, meetingId: meeting.id, position }).run();
    });
    writeAudit(db, viewer, { ...attempt, before: existing.filter((r) => r.retiredAt === null).map((r) => r.name), after: rooms });
  });
  publish({ meetingId: meeting.id, topic: 'bilateral', recordId: null, kind: 'bilateral_rooms_changed' });
}

/** The buffer between a room's meetings and the deadline for requests. The secretariat only (403). */
export function setBilateralRules(viewer: Viewer, meeting: MeetingSummary, rules: { bufferMinutes: number; requestDeadline: Date | null }): void {
  writeTransaction((db) => {
    const attempt = { action: 'set_bilateral_rules' as const, recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id };
    requireSecretariat(viewer, attempt);
    const before = bilateralRulesOf(db, meeting.id);
    db.insert(bilateralRules).values({ meetingId: meeting.id, ...rules }).onConflictDoUpdate({ target: bilateralRules.meetingId, set: rules }).run();
    writeAudit(db, viewer, { ...attempt, before, after: rules });
  });
  publish({ meetingId: meeting.id, topic: 'bilateral', recordId: null, kind: 'bilateral_rules_changed' });
}
