import 'server-only';
import { and, asc, count, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { delegationName } from '@/lib/domain/countries';
import { inPrecedenceOrder } from '@/lib/domain/precedence';
import type { BadgeCategory } from '@/lib/domain/accreditation/categories';
import { BADGE_CATEGORY_VALUES } from '@/lib/domain/values';
import type { Accreditation, RosterFunction } from '@/lib/domain/roster-member';
import { getDb, type Db } from '../client';
import { deny, mayReadMemberPhoto, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { pageWithin, type ListPage } from '@/lib/domain/list-page';
import { accessZones, accreditationQuotas, badges, checkIns, delegations, memberPhotos, rosterMembers, zoneCategories } from '../schema';
import type { MeetingSummary } from './meetings';
import { precedenceColumns } from '../precedence-columns';

/** The zone names each category opens, in the secretariat's order. */
function zonesByCategory(db: Db, meetingId: number): Map<BadgeCategory, string[]> {
  const rows = db
    .select({ name: accessZones.name, category: zoneCategories.category })
    .from(accessZones)
    .innerJoin(zoneCategories, eq(zoneCategories.zoneId, accessZones.id))
    .where(eq(accessZones.meetingId, meetingId))
    .orderBy(asc(accessZones.position))
    .all();
  const zones = new Map<BadgeCategory, string[]>(BADGE_CATEGORY_VALUES.map((c) => [c, []]));
  for (const row of rows) zones.get(row.category)?.push(row.name);
  return zones;
}

export type QuotaOverrun = { category: BadgeCategory; count: number; limit: number };

/**
 * The categories in which a delegation has more members than the meeting's quota allows,
 * counting everyone put forward and not revoked.
 */
function overrunsOf(db: Db, meetingId: number, delegationIds: readonly number[]): Map<number, QuotaOverrun[]> {
  const overruns = new Map<number, QuotaOverrun[]>(delegationIds.map((id) => [id, []]));
  if (delegationIds.length === 0) return overruns;
  const rows = db
    .select({ delegationId: rosterMembers.delegationId, category: rosterMembers.category, count: count(), limit: accreditationQuotas.perDelegation })
    .from(rosterMembers)
    .innerJoin(accreditationQuotas, and(eq(accreditationQuotas.meetingId, meetingId), eq(accreditationQuotas.category, rosterMembers.category)))
    .where(and(inArray(rosterMembers.delegationId, [...delegationIds]), ne(rosterMembers.accreditation, 'revoked')))
    .groupBy(rosterMembers.delegationId, rosterMembers.category)
    .having(sql`count(*) > ${accreditationQuotas.perDelegation}`)
    .all();
  for (const { delegationId, ...overrun } of rows) overruns.get(delegationId)?.push(overrun);
  return overruns;
}

/**
 * Where the delegation is over a quota, for the roster page of those who read its
 * accreditation (the secretariat and its own people; an empty list for anyone else).
 */
export function delegationOverruns(viewer: Viewer, meeting: MeetingSummary, delegation: { id: number }): QuotaOverrun[] {
  if (!mayReadMemberPhoto(viewer, { id: delegation.id, meetingId: meeting.id })) return [];
  return overrunsOf(getDb(), meeting.id, [delegation.id]).get(delegation.id) ?? [];
}

/**
 * A member's badge photo (JPEG bytes), for the member's delegation and the meeting's
 * secretariat. 404 (logged) for anyone else, and for a member with no photo.
 */
export function getMemberPhoto(viewer: Viewer, meeting: MeetingSummary, memberId: number): Buffer {
  const row = getDb()
    .select({ jpeg: memberPhotos.jpeg, delegationId: delegations.id })
    .from(memberPhotos)
    .innerJoin(rosterMembers, eq(rosterMembers.id, memberPhotos.memberId))
    .innerJoin(delegations, eq(delegations.id, rosterMembers.delegationId))
    .where(and(eq(memberPhotos.memberId, memberId), eq(delegations.meetingId, meeting.id)))
    .get();
  if (!row || !mayReadMemberPhoto(viewer, { id: row.delegationId, meetingId: meeting.id })) {
    deny(viewer, 404, { action: 'read_member_photo', recordType: 'roster_member', recordId: memberId, meetingId: meeting.id });
  }
  return row.jpeg;
}

/** What a badge and the door show of its holder. */
export type BadgeHolder = {
  badgeId: number;
  /** The badge is the member's current one and their accreditation stands. */
  valid: boolean;
  memberId: number;
  fullName: string;
  title: string;
  function: RosterFunction;
  category: BadgeCategory;
  delegation: { code: string; protocolName: string };
  zones: string[];
  photoJpeg: Buffer | null;
};

const holderColumns = {
  badgeId: badges.id,
  voidedAt: badges.voidedAt,
  ticket: badges.ticket,
  memberId: rosterMembers.id,
  accreditation: rosterMembers.accreditation,
  fullName: rosterMembers.fullName,
  title: rosterMembers.title,
  function: rosterMembers.function,
  category: rosterMembers.category,
  code: delegations.countryCode,
  protocolName: delegations.protocolName,
  photoJpeg: memberPhotos.jpeg,
};

type HolderRow = { voidedAt: Date | null; accreditation: Accreditation; code: string; protocolName: string } & Omit<BadgeHolder, 'valid' | 'delegation' | 'zones'>;

function toHolder(row: HolderRow, zones: Map<BadgeCategory, string[]>, locale: Viewer['locale']): BadgeHolder {
  const { voidedAt, accreditation, code, protocolName, ...person } = row;
  return {
    ...person,
    valid: voidedAt === null && accreditation === 'badge_issued',
    delegation: { code, protocolName: delegationName(code, protocolName, locale) },
    zones: zones.get(row.category) ?? [],
  };
}

/**
 * The holder of the badge whose QR code carries `ticket`, if it is a badge of this meeting
 * (a badge of another meeting is unknown here). For checkInBadge, which checks the viewer.
 */
export function badgeHolder(db: Db, meeting: MeetingSummary, ticket: string, locale: Viewer['locale'] = 'en'): BadgeHolder | null {
  const row = db
    .select(holderColumns)
    .from(badges)
    .innerJoin(rosterMembers, eq(rosterMembers.id, badges.memberId))
    .innerJoin(delegations, eq(delegations.id, rosterMembers.delegationId))
    .leftJoin(memberPhotos, eq(memberPhotos.memberId, rosterMembers.id))
    .where(and(eq(badges.ticket, ticket), eq(delegations.meetingId, meeting.id)))
    .get();
  return row ? toHolder(row, zonesByCategory(db, meeting.id), locale) : null;
}

export type BadgeSheet = {
  delegation: { code: string; protocolName: string };
  badges: (BadgeHolder & { ticket: string })[];
};

/**
 * The valid badges of the delegation at `code`, for printing: the secretariat prints them
 * (404, logged, for anyone else, the delegation itself included: a badge is the host's to hand out).
 */
export function getBadgeSheet(viewer: Viewer, meeting: MeetingSummary, code: string): BadgeSheet {
  const attempt = { action: 'print_badges' as const, recordType: 'delegation', recordId: code, meetingId: meeting.id };
  requireSecretariat(viewer, attempt, 404);
  const db = getDb();
  const delegation = db
    .select({ code: delegations.countryCode, protocolName: delegations.protocolName })
    .from(delegations)
    .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
    .get();
  if (!delegation) deny(viewer, 404, attempt);
  const zones = zonesByCategory(db, meeting.id);
  const rows = db
    .select(holderColumns)
    .from(badges)
    .innerJoin(rosterMembers, eq(rosterMembers.id, badges.memberId))
    .innerJoin(delegations, eq(delegations.id, rosterMembers.delegationId))
    .leftJoin(memberPhotos, eq(memberPhotos.memberId, rosterMembers.id))
    .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code), isNull(badges.voidedAt), eq(rosterMembers.accreditation, 'badge_issued')))
    .orderBy(asc(rosterMembers.category), asc(rosterMembers.fullName))
    .all();
  return {
    delegation: { code: delegation.code, protocolName: delegationName(delegation.code, delegation.protocolName, viewer.locale) },
    badges: rows.map((row) => ({ ...toHolder(row, zones, viewer.locale), ticket: row.ticket })),
  };
}

export type AccreditationFilter = { delegation?: string; category?: BadgeCategory; status?: Accreditation; page?: number };

/** Members shown on one page of the accreditation queue. */
export const QUEUE_PAGE_SIZE = 100;

export type QueueMember = {
  id: number;
  fullName: string;
  function: RosterFunction;
  category: BadgeCategory;
  accreditation: Accreditation;
  hasPhoto: boolean;
  delegation: { code: string; protocolName: string };
};

export type AccreditationDesk = {
  delegations: { id: number; code: string; protocolName: string; overruns: QuotaOverrun[]; inBuilding: { fullName: string; at: Date }[] }[];
  /** The members the filter keeps, QUEUE_PAGE_SIZE to a page: a large meeting accredits thousands. */
  queue: ListPage<QueueMember>;
  quotas: Partial<Record<BadgeCategory, number>>;
  zones: { name: string; categories: BadgeCategory[] }[];
};

/**
 * The secretariat's accreditation desk: the queue of members (filtered, one page), each delegation's
 * quota overruns and who of it is in the building (admitted at the door at least once), the
 * quotas and the zones. The secretariat only (404, logged, for anyone else).
 */
export function getAccreditationDesk(viewer: Viewer, meeting: MeetingSummary, filter: AccreditationFilter): AccreditationDesk {
  requireSecretariat(viewer, { action: 'read_accreditation', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id }, 404);
  const db = getDb();
  const ranked = inPrecedenceOrder(
    db
      .select({ id: delegations.id, ...precedenceColumns })
      .from(delegations)
      .where(eq(delegations.meetingId, meeting.id))
      .all(),
    meeting.precedenceRule,
  );
  const rank = new Map(ranked.map((d, index) => [d.id, index]));
  const named = new Map(ranked.map((d) => [d.id, { code: d.countryCode, protocolName: delegationName(d.countryCode, d.protocolName, viewer.locale) }]));
  const overruns = overrunsOf(db, meeting.id, ranked.map((d) => d.id));
  const admitted = db
    .select({ delegationId: rosterMembers.delegationId, fullName: rosterMembers.fullName, at: sql<number>`min(${checkIns.at})`.mapWith((ms: number) => new Date(ms)) })
    .from(checkIns)
    .innerJoin(badges, eq(badges.id, checkIns.badgeId))
    .innerJoin(rosterMembers, eq(rosterMembers.id, badges.memberId))
    .where(and(eq(checkIns.meetingId, meeting.id), eq(checkIns.outcome, 'admitted')))
    .groupBy(rosterMembers.id)
    .orderBy(asc(rosterMembers.fullName))
    .all();
  const queue = db
    .select({
      id: rosterMembers.id,
      delegationId: rosterMembers.delegationId,
      fullName: rosterMembers.fullName,
      function: rosterMembers.function,
      category: rosterMembers.category,
      accreditation: rosterMembers.accreditation,
      hasPhoto: sql<boolean>`${memberPhotos.memberId} is not null`.mapWith(Boolean),
    })
    .from(rosterMembers)
    .innerJoin(delegations, eq(delegations.id, rosterMembers.delegationId))
    .leftJoin(memberPhotos, eq(memberPhotos.memberId, rosterMembers.id))
    .where(
      and(
        eq(delegations.meetingId, meeting.id),
        filter.delegation ? eq(delegations.countryCode, filter.delegation) : undefined,
        filter.category ? eq(rosterMembers.category, filter.category) : undefined,
        filter.status ? eq(rosterMembers.accreditation, filter.status) : undefined,
      ),
    )
    .all()
    .sort((a, b) => rank.get(a.delegationId)! - rank.get(b.delegationId)! || a.fullName.localeCompare(b.fullName));
  // Paged after sorting: the order of precedence is worked out here, not in SQL.
  const page = pageWithin(queue.length, QUEUE_PAGE_SIZE, filter.page);
  const zoneRows = db
    .select({ id: accessZones.id, name: accessZones.name, category: zoneCategories.category })
    .from(accessZones)
    .leftJoin(zoneCategories, eq(zoneCategories.zoneId, accessZones.id))
    .where(eq(accessZones.meetingId, meeting.id))
    .orderBy(asc(accessZones.position))
    .all();
  const zones = new Map<number, { name: string; categories: BadgeCategory[] }>();
  for (const row of zoneRows) {
    const zone = zones.get(row.id) ?? zones.set(row.id, { name: row.name, categories: [] }).get(row.id)!;
    if (row.category) zone.categories.push(row.category);
  }
  return {
    delegations: ranked.map((d) => ({
      id: d.id,
      ...named.get(d.id)!,
      overruns: overruns.get(d.id) ?? [],
      inBuilding: admitted.filter((a) => a.delegationId === d.id).map(({ fullName, at }) => ({ fullName, at })),
    })),
    queue: { items: queue.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE).map(({ delegationId, ...member }) => ({ ...member, delegation: named.get(delegationId)! })), total: queue.length, page, pageSize: QUEUE_PAGE_SIZE },
    quotas: Object.fromEntries(
      db
        .select({ category: accreditationQuotas.category, perDelegation: accreditationQuotas.perDelegation })
        .from(accreditationQuotas)
        .where(eq(accreditationQuotas.meetingId, meeting.id))
        .all()
        .map((q) => [q.category, q.perDelegation]),
    ),
    zones: [...zones.values()],
  };
}
