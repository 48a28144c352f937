import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq } from 'drizzle-orm';
import { countryName, isCountryCode } from '@/lib/domain/countries';
import { publish } from '@/lib/platform/events';
import { inPrecedenceOrder, type PrecedenceRule } from '@/lib/domain/precedence';
import { seatingSequence, type SeatingLayout } from '@/lib/domain/seating';
import { writeTransaction, type Db } from '../client';
import { deny, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { delegations, meetings } from '../schema';
import type { MeetingSummary } from '../queries/meetings';
import { writeAudit } from './audit';
import { precedenceColumns } from '../precedence-columns';

type Role = 'co_chair' | 'participant';
type Participation = 'invited' | 'confirmed' | 'declined' | 'attended';

export type DelegationInput = {
  code: string;
  /** Empty: the state's English name from the ISO dataset. */
  protocolName: string;
  role: Role;
  participation: Participation;
};

const delegationColumns = {
  id: delegations.id,
  code: delegations.countryCode,
  protocolName: delegations.protocolName,
  role: delegations.role,
  participation: delegations.participation,
};

const announce = (meeting: MeetingSummary, recordId: number | null, kind: string) =>
  publish({ meetingId: meeting.id, topic: 'delegations', recordId, kind });

function delegationByCode(db: Db, viewer: Viewer, meeting: MeetingSummary, code: string, action: AuditAction) {
  const delegation = db
    .select(delegationColumns)
    .from(delegations)
    .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
    .get();
  if (!delegation) deny(viewer, 404, { action, recordType: 'delegation', recordId: code, meetingId: meeting.id });
  return delegation;
}

/**
 * Adds a state to the meeting. Secretariat only (403 otherwise). Throws RuleViolation for
 * a code outside ISO 3166 or a state already in the meeting.
 */
export function addDelegation(viewer: Viewer, meeting: MeetingSummary, input: DelegationInput): number {
  const id = writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'add_delegation', recordType: 'delegation', recordId: input.code, meetingId: meeting.id });
    if (!isCountryCode(input.code)) throw new RuleViolation('unknownState', 'code');
    const existing = db
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, input.code)))
      .get();
    if (existing) throw new RuleViolation('delegationExists', 'code');
    const values = {
      meetingId: meeting.id,
      countryCode: input.code,
      protocolName: input.protocolName || countryName(input.code, 'en'),
      role: input.role,
      participation: input.participation,
    };
    const { id } = db.insert(delegations).values(values).returning({ id: delegations.id }).get();
    writeAudit(db, viewer, { action: 'add_delegation', recordType: 'delegation', recordId: id, meetingId: meeting.id, after: values });
    return id;
  });
  announce(meeting, id, 'delegation_added');
  return id;
}

/** Changes a delegation's protocol name, role and participation status. Secretariat only. */
export function updateDelegation(viewer: Viewer, meeting: MeetingSummary, input: DelegationInput): void {
  const id = writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'update_delegation', recordType: 'delegation', recordId: input.code, meetingId: meeting.id });
    const before = delegationByCode(db, viewer, meeting, input.code, 'update_delegation');
    const after = {
      protocolName: input.protocolName || countryName(input.code, 'en'),
      role: input.role,
      participation: input.participation,
    };
    db.update(delegations).set(after).where(eq(delegations.id, before.id)).run();
    writeAudit(db, viewer, {
      action: 'update_delegation',
      recordType: 'delegation',
      recordId: before.id,
      meetingId: meeting.id,
      before,
      after: { ...before, ...after },
    });
    return before.id;
  });
  announce(meeting, id, 'delegation_updated');
}

function rankedDelegations(db: Db, meeting: MeetingSummary) {
  return db
    .select({
      id: delegations.id,
      ...precedenceColumns,
      seatRank: delegations.seatRank,
      participation: delegations.participation,
    })
    .from(delegations)
    .where(eq(delegations.meetingId, meeting.id))
    .all();
}

/** Stores `ordered` as the manual order of precedence: ranks 1, 2, 3… */
function writeManualRanks(db: Db, ordered: { id: number }[]) {
  ordered.forEach((d, index) => db.update(delegations).set({ manualRank: index + 1 }).where(eq(delegations.id, d.id)).run());
}

/**
 * Sets the rule the order of precedence follows. Switching to the manual rule starts from
 * the order shown until then, so nothing moves until the secretariat moves it. Secretariat only.
 */
export function setPrecedenceRule(viewer: Viewer, meeting: MeetingSummary, rule: PrecedenceRule): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'set_precedence_rule', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id });
    const current = db.select({ rule: meetings.precedenceRule }).from(meetings).where(eq(meetings.id, meeting.id)).get();
    if (!current || current.rule === rule) return;
    if (rule === 'manual') writeManualRanks(db, inPrecedenceOrder(rankedDelegations(db, meeting), current.rule));
    db.update(meetings).set({ precedenceRule: rule }).where(eq(meetings.id, meeting.id)).run();
    writeAudit(db, viewer, {
      action: 'set_precedence_rule',
      recordType: 'meeting',
      recordId: meeting.id,
      meetingId: meeting.id,
      before: { precedenceRule: current.rule },
      after: { precedenceRule: rule },
    });
  });
  announce(meeting, null, 'precedence_changed');
}

/**
 * Moves a delegation one place up or down in the manual order of precedence, among the
 * delegations of the same role (co-chairs always come first). Secretariat only; throws
 * RuleViolation when the meeting does not follow a manual order or there is no place to move to.
 */
export function moveDelegation(viewer: Viewer, meeting: MeetingSummary, code: string, direction: 'up' | 'down'): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'move_delegation', recordType: 'delegation', recordId: code, meetingId: meeting.id });
    const rule = db.select({ rule: meetings.precedenceRule }).from(meetings).where(eq(meetings.id, meeting.id)).get()?.rule;
    if (rule !== 'manual') throw new RuleViolation('notManualOrder');
    const ordered = inPrecedenceOrder(rankedDelegations(db, meeting), 'manual');
    const index = ordered.findIndex((d) => d.countryCode === code);
    if (index < 0) deny(viewer, 404, { action: 'move_delegation', recordType: 'delegation', recordId: code, meetingId: meeting.id });
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= ordered.length || ordered[target].role !== ordered[index].role) {
      throw new RuleViolation('cannotMove');
    }
    const before = ordered.map((d) => d.countryCode);
    [ordered[index], ordered[target]] = [ordered[target], ordered[index]];
    writeManualRanks(db, ordered);
    writeAudit(db, viewer, {
      action: 'move_delegation',
      recordType: 'delegation',
      recordId: ordered[target].id,
      meetingId: meeting.id,
      before: { order: before },
      after: { order: ordered.map((d) => d.countryCode) },
    });
  });
  announce(meeting, null, 'precedence_changed');
}

/** Chooses the shape of the plenary table. Secretariat only. */
export function setSeatingLayout(viewer: Viewer, meeting: MeetingSummary, layout: SeatingLayout): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'set_seating_layout', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id });
    const before = db.select({ seatingLayout: meetings.seatingLayout }).from(meetings).where(eq(meetings.id, meeting.id)).get();
    db.update(meetings).set({ seatingLayout: layout }).where(eq(meetings.id, meeting.id)).run();
    writeAudit(db, viewer, {
      action: 'set_seating_layout',
      recordType: 'meeting',
      recordId: meeting.id,
      meetingId: meeting.id,
      before,
      after: { seatingLayout: layout },
    });
  });
  announce(meeting, null, 'seating_changed');
}

/**
 * Swaps the seats of two delegations on the plan. Both must have a seat (not declined)
 * and the same role: co-chairs stay at the head. Secretariat only.
 */
export function swapSeats(viewer: Viewer, meeting: MeetingSummary, first: string, second: string): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'swap_seats', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id });
    if (first === second) throw new RuleViolation('sameSeat', 'second');
    const rule = db.select({ rule: meetings.precedenceRule }).from(meetings).where(eq(meetings.id, meeting.id)).get()?.rule ?? 'english';
    const seated = seatingSequence(
      rankedDelegations(db, meeting).filter((d) => d.participation !== 'declined'),
      rule,
    );
    const a = seated.findIndex((d) => d.countryCode === first);
    const b = seated.findIndex((d) => d.countryCode === second);
    if (a < 0) throw new RuleViolation('noSeat', 'first');
    if (b < 0) throw new RuleViolation('noSeat', 'second');
    if (seated[a].role !== seated[b].role) throw new RuleViolation('seatRoleMismatch', 'second');
    const before = seated.map((d) => d.countryCode);
    [seated[a], seated[b]] = [seated[b], seated[a]];
    seated.forEach((d, index) => db.update(delegations).set({ seatRank: index + 1 }).where(eq(delegations.id, d.id)).run());
    writeAudit(db, viewer, {
      action: 'swap_seats',
      recordType: 'meeting',
      recordId: meeting.id,
      meetingId: meeting.id,
      before: { seats: before },
      after: { seats: seated.map((d) => d.countryCode) },
    });
  });
  announce(meeting, null, 'seating_changed');
}

/** Seats everyone in the order of precedence again, forgetting every swap. Secretariat only. */
export function resetSeats(viewer: Viewer, meeting: MeetingSummary): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'reset_seats', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id });
    const before = rankedDelegations(db, meeting)
      .filter((d) => d.seatRank !== null)
      .map((d) => ({ code: d.countryCode, seatRank: d.seatRank }));
    db.update(delegations)
      .set({ seatRank: null })
      .where(eq(delegations.meetingId, meeting.id))
      .run();
    writeAudit(db, viewer, { action: 'reset_seats', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id, before: { seats: before }, after: { seats: [] } });
  });
  announce(meeting, null, 'seating_changed');
}
