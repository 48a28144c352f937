import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { publish } from '@/lib/platform/events';
import { newBadgeTicket } from '@/lib/platform/accreditation/badge-ticket';
import type { BadgeCategory } from '@/lib/domain/accreditation/categories';
import type { Accreditation } from '@/lib/domain/roster-member';
import { writeTransaction, type Db } from '../client';
import { deny, mayCheckIn, mayEditRoster, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { accessZones, accreditationQuotas, badges, checkIns, delegations, memberPhotos, rosterMembers, zoneCategories } from '../schema';
import type { MeetingSummary } from '../queries/meetings';
import { badgeHolder, type BadgeHolder } from '../queries/accreditation';
import { writeAudit } from './audit';

/**
 * Keeps a member's badges in step with their accreditation, inside the transaction that
 * moved it: reaching "badge issued" prints a new ticket and voids any earlier one (a
 * re-issued badge's old code no longer opens the door), leaving it voids the valid one.
 */
export function followAccreditation(db: Db, memberId: number, from: Accreditation, to: Accreditation, reissue = false): void {
  if (from === to && !(reissue && to === 'badge_issued')) return;
  const now = new Date();
  db.update(badges)
    .set({ voidedAt: now })
    .where(and(eq(badges.memberId, memberId), isNull(badges.voidedAt)))
    .run();
  if (to === 'badge_issued') db.insert(badges).values({ memberId, ticket: newBadgeTicket(), issuedAt: now }).run();
}

export type AccreditationStep = 'approve' | 'issue' | 'revoke';

/** Where each step may start from: a revoked person may be approved again; issuing again re-prints. */
const STEP: Record<AccreditationStep, { from: readonly Accreditation[]; to: Accreditation; action: 'approve_accreditation' | 'issue_badge' | 'revoke_badge' }> = {
  approve: { from: ['requested', 'revoked'], to: 'approved', action: 'approve_accreditation' },
  issue: { from: ['approved', 'badge_issued'], to: 'badge_issued', action: 'issue_badge' },
  revoke: { from: ['requested', 'approved', 'badge_issued'], to: 'revoked', action: 'revoke_badge' },
};

const STEP_REFUSED: Record<AccreditationStep, string> = { approve: 'cannotApprove', issue: 'cannotIssue', revoke: 'cannotRevoke' };

/**
 * Moves each of `memberIds` one step (the secretariat's queue, in bulk): all of them or none.
 * The secretariat only (403, logged); a member of another meeting is a 404; a member the
 * step cannot start from (issuing a badge to someone not yet approved) a RuleViolation.
 * Each member's step is its own audit entry.
 */
export function advanceAccreditation(viewer: Viewer, meeting: MeetingSummary, memberIds: readonly number[], step: AccreditationStep): number {
  const rule = STEP[step];
  const count = writeTransaction((db) => {
    requireSecretariat(viewer, { action: rule.action, recordType: 'roster_member', recordId: memberIds.join(','), meetingId: meeting.id });
    const members = db
      .select({ id: rosterMembers.id, accreditation: rosterMembers.accreditation, version: rosterMembers.version })
      .from(rosterMembers)
      .innerJoin(delegations, eq(delegations.id, rosterMembers.delegationId))
      .where(and(inArray(rosterMembers.id, [...memberIds]), eq(delegations.meetingId, meeting.id)))
      .all();
    if (members.length !== new Set(memberIds).size) {
      deny(viewer, 404, { action: rule.action, recordType: 'roster_member', recordId: memberIds.join(','), meetingId: meeting.id });
    }
    if (members.some((m) => !rule.from.includes(m.accreditation))) throw new RuleViolation(STEP_REFUSED[step], 'members');
    for (const member of members) {
      db.update(rosterMembers)
        .set({ accreditation: rule.to, version: member.version + 1 })
        .where(eq(rosterMembers.id, member.id))
        .run();
      followAccreditation(db, member.id, member.accreditation, rule.to, true);
      writeAudit(db, viewer, {
        action: rule.action,
        recordType: 'roster_member',
        recordId: member.id,
        meetingId: meeting.id,
        before: { accreditation: member.accreditation },
        after: { accreditation: rule.to },
      });
    }
    return members.length;
  });
  publish({ meetingId: meeting.id, topic: 'roster', recordId: null, kind: 'accreditation_changed' });
  return count;
}

/**
 * Stores the badge photo of a member of `code`'s roster (already re-encoded by
 * lib/server/accreditation/member-photo), replacing any earlier one. The delegation's own people
 * or the secretariat (403 for another delegation, 404 for a member not in the roster).
 */
export function setMemberPhoto(viewer: Viewer, meeting: MeetingSummary, code: string, memberId: number, jpeg: Buffer): void {
  writeTransaction((db) => {
    const attempt = { action: 'upload_member_photo' as const, recordType: 'roster_member', recordId: memberId, meetingId: meeting.id };
    const member = db
      .select({ delegationId: delegations.id, meetingId: delegations.meetingId })
      .from(rosterMembers)
      .innerJoin(delegations, eq(delegations.id, rosterMembers.delegationId))
      .where(and(eq(rosterMembers.id, memberId), eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
      .get();
    if (!member) deny(viewer, 404, attempt);
    if (!mayEditRoster(viewer, { id: member.delegationId, meetingId: member.meetingId })) deny(viewer, 403, attempt);
    const updatedAt = new Date();
    db.insert(memberPhotos)
      .values({ memberId, jpeg, updatedAt })
      .onConflictDoUpdate({ target: memberPhotos.memberId, set: { jpeg, updatedAt } })
      .run();
    writeAudit(db, viewer, { ...attempt, after: { photoBytes: jpeg.byteLength } });
  });
  publish({ meetingId: meeting.id, topic: 'roster', recordId: memberId, kind: 'member_updated' });
}

/** Sets each category's limit per delegation (null: none). The secretariat only (403, logged). */
export function setCategoryQuotas(viewer: Viewer, meeting: MeetingSummary, quotas: Partial<Record<BadgeCategory, number | null>>): void {
  writeTransaction((db) => {
    const attempt = { action: 'set_accreditation_quotas' as const, recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id };
    requireSecretariat(viewer, attempt);
    const before = db.select({ category: accreditationQuotas.category, perDelegation: accreditationQuotas.perDelegation }).from(accreditationQuotas).where(eq(accreditationQuotas.meetingId, meeting.id)).all();
    db.delete(accreditationQuotas).where(eq(accreditationQuotas.meetingId, meeting.id)).run();
    const rows = Object.entries(quotas).flatMap(([category, perDelegation]) =>
      perDelegation == null ? [] : [{ meetingId: meeting.id, category: category as BadgeCategory, perDelegation }],
    );
    if (rows.length > 0) db.insert(accreditationQuotas).values(rows).run();
    writeAudit(db, viewer, { ...attempt, before, after: rows.map(({ category, perDelegation }) => ({ category, perDelegation })) });
  });
  publish({ meetingId: meeting.id, topic: 'roster', recordId: null, kind: 'accreditation_changed' });
}

export type AccessZoneInput = { name: string; categories: BadgeCategory[] };

/**
 * Replaces the meeting's access zones and the categories each admits, in the order given.
 * The secretariat only (403, logged); RuleViolation for a name given twice.
 */
export function setAccessZones(viewer: Viewer, meeting: MeetingSummary, zones: readonly AccessZoneInput[]): void {
  const names = zones.map((z) => z.name.toLocaleLowerCase());
  writeTransaction((db) => {
    const attempt = { action: 'set_access_zones' as const, recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id };
    requireSecretariat(viewer, attempt);
    if (new Set(names).size !== names.length) throw new RuleViolation('zoneNameTwice');
    const before = db.select({ name: accessZones.name }).from(accessZones).where(eq(accessZones.meetingId, meeting.id)).all();
    db.delete(accessZones).where(eq(accessZones.meetingId, meeting.id)).run();
    zones.forEach((zone, position) => {
      const { id } = db.insert(accessZones).values({ meetingId: meeting.id, name: zone.name, position }).returning({ id: accessZones.id }).get();
      if (zone.categories.length > 0) db.insert(zoneCategories).values(zone.categories.map((category) => ({ zoneId: id, category }))).run();
    });
    writeAudit(db, viewer, { ...attempt, before: before.map((z) => z.name), after: zones });
  });
}

export type CheckInResult =
  | { outcome: 'admitted' | 'already'; at: Date; firstAt: Date; holder: BadgeHolder }
  | { outcome: 'revoked'; at: Date; holder: BadgeHolder }
  | { outcome: 'unknown'; at: Date };

/**
 * Records a scan at the meeting's door and says what the guard must do: admit (green), a
 * second scan of a badge already in ("already", with the first time), or refuse (red) a
 * void or revoked badge and any code that is not a badge of this meeting. The door staff
 * and the secretariat only (404, logged, for anyone else). Every scan is kept.
 */
export function checkInBadge(viewer: Viewer, meeting: MeetingSummary, ticket: string): CheckInResult {
  return writeTransaction((db) => {
    if (!mayCheckIn(viewer, meeting.id)) {
      deny(viewer, 404, { action: 'check_in_badge', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id });
    }
    const at = new Date();
    const holder = badgeHolder(db, meeting, ticket, viewer.locale);
    const record = (outcome: CheckInResult['outcome'], badgeId: number | null) => {
      db.insert(checkIns).values({ meetingId: meeting.id, badgeId, outcome, scannedByUserId: viewer.userId, at }).run();
      writeAudit(db, viewer, { action: 'check_in_badge', recordType: 'badge', recordId: badgeId, meetingId: meeting.id, after: { outcome } });
    };
    if (!holder) {
      record('unknown', null);
      return { outcome: 'unknown', at };
    }
    if (!holder.valid) {
      record('revoked', holder.badgeId);
      return { outcome: 'revoked', at, holder };
    }
    const first = db
      .select({ at: checkIns.at })
      .from(checkIns)
      .where(and(eq(checkIns.badgeId, holder.badgeId), eq(checkIns.outcome, 'admitted')))
      .orderBy(asc(checkIns.at))
      .get();
    const outcome = first ? 'already' : 'admitted';
    record(outcome, holder.badgeId);
    return { outcome, at, firstAt: first?.at ?? at, holder };
  });
}
