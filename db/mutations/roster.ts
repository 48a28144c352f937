import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq, ne } from 'drizzle-orm';
import { publish } from '@/lib/platform/events';
import type { RosterMemberInput } from '@/lib/domain/roster-member';
import { writeTransaction, type Db } from '../client';
import { deny, isSecretariat, mayEditRoster } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation, VersionConflict } from '../errors';
import { delegations, rosterMembers } from '../schema';
import type { MeetingSummary } from '../queries/meetings';
import { writeAudit } from './audit';
import { followAccreditation } from './accreditation';
import { categoryForFunction } from '@/lib/domain/accreditation/categories';

const memberColumns = {
  id: rosterMembers.id,
  version: rosterMembers.version,
  fullName: rosterMembers.fullName,
  title: rosterMembers.title,
  function: rosterMembers.function,
  email: rosterMembers.email,
  accreditation: rosterMembers.accreditation,
  category: rosterMembers.category,
  arrivalAt: rosterMembers.arrivalAt,
  departureAt: rosterMembers.departureAt,
};

/**
 * The delegation at `code` if the viewer may edit its roster. Unknown: 404; another
 * delegation's roster: 403 (its names are public, so its existence is no secret). Both logged.
 */
function editableDelegation(db: Db, viewer: Viewer, meeting: MeetingSummary, code: string, action: AuditAction, recordId?: number) {
  const delegation = db
    .select({ id: delegations.id, meetingId: delegations.meetingId })
    .from(delegations)
    .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
    .get();
  const attempt = { action, recordType: recordId ? 'roster_member' : 'delegation', recordId: recordId ?? code, meetingId: meeting.id };
  if (!delegation) deny(viewer, 404, attempt);
  if (!mayEditRoster(viewer, delegation)) deny(viewer, 403, attempt);
  return delegation;
}

/** The member `memberId` of the delegation at `code`, if the viewer may edit that roster (404 when it is not in it). */
function editableMember(db: Db, viewer: Viewer, meeting: MeetingSummary, code: string, memberId: number, action: AuditAction) {
  const delegation = editableDelegation(db, viewer, meeting, code, action, memberId);
  const member = db
    .select(memberColumns)
    .from(rosterMembers)
    .where(and(eq(rosterMembers.id, memberId), eq(rosterMembers.delegationId, delegation.id)))
    .get();
  if (!member) deny(viewer, 404, { action, recordType: 'roster_member', recordId: memberId, meetingId: meeting.id });
  return { delegation, before: member };
}

/** Accreditation is the secretariat's decision: anyone else may only leave it as it was. */
function checkAccreditation(viewer: Viewer, meeting: MeetingSummary, wanted: RosterMemberInput['accreditation'], current: string, recordId: number | string) {
  if (wanted !== undefined && wanted !== current && !isSecretariat(viewer, meeting.id)) {
    deny(viewer, 403, { action: 'set_accreditation', recordType: 'roster_member', recordId, meetingId: meeting.id });
  }
}

/** One head of delegation per delegation: a clear error rather than the database's. */
function checkOneHead(db: Db, delegationId: number, member: Pick<RosterMemberInput, 'function'>, exceptId?: number, field = 'function') {
  if (member.function !== 'head') return;
  const head = db
    .select({ id: rosterMembers.id })
    .from(rosterMembers)
    .where(
      and(
        eq(rosterMembers.delegationId, delegationId),
        eq(rosterMembers.function, 'head'),
        exceptId === undefined ? undefined : ne(rosterMembers.id, exceptId),
      ),
    )
    .get();
  if (head) throw new RuleViolation('oneHead', field);
}

const announce = (meeting: MeetingSummary, recordId: number | null, kind: string) =>
  publish({ meetingId: meeting.id, topic: 'roster', recordId, kind });

function insertMember(db: Db, viewer: Viewer, meeting: MeetingSummary, delegationId: number, member: RosterMemberInput, via?: string) {
  const values = {
    ...member,
    delegationId,
    accreditation: member.accreditation ?? ('requested' as const),
    category: member.category ?? categoryForFunction(member.function),
  };
  const { id } = db.insert(rosterMembers).values(values).returning({ id: rosterMembers.id }).get();
  followAccreditation(db, id, 'requested', values.accreditation);
  writeAudit(db, viewer, {
    action: 'add_roster_member',
    recordType: 'roster_member',
    recordId: id,
    meetingId: meeting.id,
    after: via ? { ...values, via } : values,
  });
  return id;
}

/**
 * Adds a member to the roster of `code`. The secretariat for any delegation, a delegation's
 * own head and staff for theirs (403, logged, for anyone else). Only the secretariat may
 * set accreditation; others' members start "requested". RuleViolation for a second head.
 */
export function addRosterMember(viewer: Viewer, meeting: MeetingSummary, code: string, member: RosterMemberInput): number {
  const id = writeTransaction((db) => {
    const delegation = editableDelegation(db, viewer, meeting, code, 'add_roster_member');
    checkAccreditation(viewer, meeting, member.accreditation, 'requested', code);
    checkOneHead(db, delegation.id, member);
    return insertMember(db, viewer, meeting, delegation.id, member);
  });
  announce(meeting, id, 'member_added');
  return id;
}

/**
 * Saves a member's details if nobody changed them since `version` was read (VersionConflict
 * with the member as it is now otherwise). Same permissions as addRosterMember; 404 when
 * the member is not in that delegation.
 */
export function updateRosterMember(
  viewer: Viewer,
  meeting: MeetingSummary,
  code: string,
  memberId: number,
  version: number,
  member: RosterMemberInput,
): void {
  writeTransaction((db) => {
    const { delegation, before } = editableMember(db, viewer, meeting, code, memberId, 'update_roster_member');
    checkAccreditation(viewer, meeting, member.accreditation, before.accreditation, memberId);
    checkOneHead(db, delegation.id, member, memberId);
    const changed = db
      .update(rosterMembers)
      .set({ ...member, version: before.version + 1 })
      .where(and(eq(rosterMembers.id, memberId), eq(rosterMembers.version, version)))
      .returning(memberColumns)
      .get();
    if (!changed) throw new VersionConflict(before);
    followAccreditation(db, memberId, before.accreditation, changed.accreditation);
    writeAudit(db, viewer, { action: 'update_roster_member', recordType: 'roster_member', recordId: memberId, meetingId: meeting.id, before, after: changed });
  });
  announce(meeting, memberId, 'member_updated');
}

/** Removes a member from the roster. Same permissions as addRosterMember. */
export function removeRosterMember(viewer: Viewer, meeting: MeetingSummary, code: string, memberId: number): void {
  writeTransaction((db) => {
    const { before } = editableMember(db, viewer, meeting, code, memberId, 'remove_roster_member');
    db.delete(rosterMembers).where(eq(rosterMembers.id, memberId)).run();
    writeAudit(db, viewer, { action: 'remove_roster_member', recordType: 'roster_member', recordId: memberId, meetingId: meeting.id, before });
  });
  announce(meeting, memberId, 'member_removed');
}

/**
 * Adds every member of an imported roster, or none: one transaction. Same permissions as
 * addRosterMember; RuleViolation('oneHead') if the import would give the delegation a
 * second head (checked again here, since the roster may have changed since the preview).
 */
export function importRosterMembers(viewer: Viewer, meeting: MeetingSummary, code: string, members: RosterMemberInput[]): number {
  const count = writeTransaction((db) => {
    const delegation = editableDelegation(db, viewer, meeting, code, 'import_roster');
    for (const member of members) {
      checkAccreditation(viewer, meeting, member.accreditation, 'requested', code);
      checkOneHead(db, delegation.id, member, undefined, 'file');
      insertMember(db, viewer, meeting, delegation.id, member, 'csv_import');
    }
    return members.length;
  });
  announce(meeting, null, 'roster_imported');
  return count;
}
