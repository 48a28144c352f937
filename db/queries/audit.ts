import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditCursor, AuditFilters, AuditPosition } from '@/lib/domain/audit-filters';
import { getDb } from '../client';
import { deny, isSecretariat, mayReadAuditLog } from '../access';
import type { Viewer } from '../viewer';
import { auditEntries, delegations, users } from '../schema';
import { hostStaffOf, type MeetingSummary } from './meetings';
import { nameRecords, type RecordName } from './record-names';

export type AuditEntryView = {
  id: number;
  at: Date;
  /** Null for the system (a silence running out, the demo seed) or a removed account. */
  actor: { name: string; email: string } | null;
  /** The actor's delegation at the time; null for the secretariat and the system. */
  delegation: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  outcome: 'done' | 'denied';
  /**
   * The record before and after, as the mutation logged them; `withheld` where they would
   * show the viewer text the permission table keeps from them.
   */
  details: { before: unknown; after: unknown } | 'withheld';
};

/** An entry with its record named as people know it (null when it no longer exists). */
export type NamedAuditEntry = AuditEntryView & { record: RecordName | null };

export type AuditPage = {
  entries: NamedAuditEntry[];
  /** Every entry the filters match, on all pages. */
  total: number;
  /** Where the next page of older (newer) entries starts; null when there are none. */
  older: AuditCursor | null;
  newer: AuditCursor | null;
};

export const AUDIT_PAGE_SIZE = 50;

/**
 * The entries `viewer` may read in `meeting`: all of them for the secretariat, those of
 * the head's own delegation's people for a head. Staff, and anyone outside the meeting,
 * are refused with 404 (logged): the log's existence is not theirs to know.
 */
function visibleTo(viewer: Viewer, meeting: MeetingSummary): SQL {
  if (!mayReadAuditLog(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_audit_log', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id });
  }
  const inMeeting = eq(auditEntries.meetingId, meeting.id);
  if (isSecretariat(viewer, meeting.id)) return inMeeting;
  return and(inMeeting, eq(auditEntries.actorDelegationId, viewer.delegation?.id ?? -1))!;
}

function filtered(visible: SQL, filters: AuditFilters): SQL {
  const db = getDb();
  const conditions = [visible];
  if (filters.actorEmail !== undefined) {
    const actor = db.select({ id: users.id }).from(users).where(eq(users.email, filters.actorEmail));
    conditions.push(eq(auditEntries.actorUserId, sql`(${actor})`));
  }
  if (filters.recordType !== undefined) conditions.push(eq(auditEntries.recordType, filters.recordType));
  if (filters.recordId !== undefined) conditions.push(eq(auditEntries.recordId, filters.recordId));
  if (filters.since) conditions.push(gte(auditEntries.at, filters.since));
  if (filters.until) conditions.push(lt(auditEntries.at, filters.until));
  return and(...conditions)!;
}

/**
 * A position statement's title and text stay with its delegation until shared (DESIGN.md),
 * and the log records them as written: the secretariat sees that a delegation wrote one,
 * not what.
 */
const detailsWithheld = (viewer: Viewer, entry: { recordType: string; actorDelegationId: number | null }) =>
  viewer.role === 'secretariat' && entry.recordType === 'position_statement' && entry.actorDelegationId !== null;

function readEntries(viewer: Viewer, where: SQL, order: 'newest' | 'oldest', limit: number): AuditEntryView[] {
  const direction = order === 'newest' ? desc : asc;
  return getDb()
    .select({
      id: auditEntries.id,
      at: auditEntries.at,
      actorName: users.name,
      actorEmail: users.email,
      actorDelegationId: auditEntries.actorDelegationId,
      delegationCode: delegations.countryCode,
      delegation: delegations.protocolName,
      action: auditEntries.action,
      recordType: auditEntries.recordType,
      recordId: auditEntries.recordId,
      outcome: auditEntries.outcome,
      before: auditEntries.before,
      after: auditEntries.after,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .leftJoin(delegations, eq(delegations.id, auditEntries.actorDelegationId))
    .where(where)
    // Time, then id: the order of the (…, at) indexes, whose entries end with the id, so
    // a page is read straight from an index and never sorts the whole log.
    .orderBy(direction(auditEntries.at), direction(auditEntries.id))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actorName !== null && row.actorEmail !== null ? { name: row.actorName, email: row.actorEmail } : null,
      delegation: row.delegationCode && row.delegation ? delegationName(row.delegationCode, row.delegation, viewer.locale) : null,
      action: row.action,
      recordType: row.recordType,
      recordId: row.recordId,
      outcome: row.outcome,
      details: detailsWithheld(viewer, row) ? 'withheld' : { before: row.before, after: row.after },
    }));
}

const olderThan = (c: AuditCursor) => sql`(${auditEntries.at}, ${auditEntries.id}) < (${c.at}, ${c.id})`;
const newerThan = (c: AuditCursor) => sql`(${auditEntries.at}, ${auditEntries.id}) > (${c.at}, ${c.id})`;
const cursorOf = (entry: AuditEntryView): AuditCursor => ({ at: entry.at.getTime(), id: entry.id });

/**
 * One page of the audit log as `viewer` may read it, newest first, matching `filters`,
 * starting at `position` (keyset paging: a page costs the same on the 1st as the 1,000th).
 * Throws AccessDenied(404), logged, for staff and for viewers outside the meeting.
 */
export function listAuditEntries(
  viewer: Viewer,
  meeting: MeetingSummary,
  filters: AuditFilters,
  position: AuditPosition,
  pageSize = AUDIT_PAGE_SIZE,
): AuditPage {
  const where = filtered(visibleTo(viewer, meeting), filters);
  const total = getDb().select({ n: count() }).from(auditEntries).where(where).get()?.n ?? 0;
  const page = pageOf(viewer, where, position, pageSize);
  const names = nameRecords(viewer, meeting.id, page.entries);
  return { ...page, total, entries: page.entries.map((e) => ({ ...e, record: names.get(`${e.recordType}:${e.recordId}`) ?? null })) };
}

function pageOf(viewer: Viewer, where: SQL, position: AuditPosition, pageSize: number): Omit<AuditPage, 'entries' | 'total'> & { entries: AuditEntryView[] } {
  if (position && 'after' in position) {
    const rows = readEntries(viewer, and(where, newerThan(position.after))!, 'oldest', pageSize + 1);
    const entries = rows.slice(0, pageSize).reverse();
    return {
      entries,
      newer: rows.length > pageSize ? cursorOf(entries[0]) : null,
      older: entries.length ? cursorOf(entries[entries.length - 1]) : null,
    };
  }
  const before = position?.before;
  const rows = readEntries(viewer, before ? and(where, olderThan(before))! : where, 'newest', pageSize + 1);
  const entries = rows.slice(0, pageSize);
  return {
    entries,
    older: rows.length > pageSize ? cursorOf(entries[entries.length - 1]) : null,
    newer: before && entries.length ? cursorOf(entries[0]) : null,
  };
}

/**
 * Every entry `viewer` may read that matches `filters`, newest first, in batches of
 * `batchSize` read one after the other (for the CSV export, whose size has no bound).
 * Checks access before the first batch; throws AccessDenied(404) as listAuditEntries.
 */
export function* allAuditEntries(
  viewer: Viewer,
  meeting: MeetingSummary,
  filters: AuditFilters,
  batchSize = 1000,
): Generator<AuditEntryView[]> {
  const where = filtered(visibleTo(viewer, meeting), filters);
  let before: AuditCursor | null = null;
  do {
    const batch: AuditEntryView[] = readEntries(viewer, before ? and(where, olderThan(before))! : where, 'newest', batchSize);
    if (batch.length === 0) return;
    yield batch;
    before = batch.length === batchSize ? cursorOf(batch[batch.length - 1]) : null;
  } while (before);
}

export type AuditFilterChoices = {
  /**
   * The people whose entries the viewer may read, secretariat first, then by delegation;
   * null when they are more than AUDIT_ACTOR_CHOICES, and the form asks for an e-mail.
   */
  actors: { email: string; name: string; delegation: string | null }[] | null;
  /** The kinds of record the log names. */
  recordTypes: string[];
};

/**
 * Above this many people, the filter asks for an e-mail instead of offering a list: a
 * meeting of 193 delegations has thousands of accounts, and their list made each page of
 * the log 670 KB, too long to choose from anyway.
 */
export const AUDIT_ACTOR_CHOICES = 200;

/** What the audit page's filters offer `viewer`. Same access as listAuditEntries. */
export function getAuditFilterChoices(viewer: Viewer, meeting: MeetingSummary): AuditFilterChoices {
  visibleTo(viewer, meeting);
  const db = getDb();
  const meetingDelegations = db.select({ id: delegations.id }).from(delegations).where(eq(delegations.meetingId, meeting.id));
  const people = isSecretariat(viewer, meeting.id)
    ? or(inArray(users.id, hostStaffOf(db, meeting.id)), inArray(users.delegationId, meetingDelegations))
    : eq(users.delegationId, viewer.delegation?.id ?? -1);
  // One more than the limit tells that there are too many, without counting them all.
  const listed = db
    .select({ email: users.email, name: users.name, code: delegations.countryCode, delegation: delegations.protocolName })
    .from(users)
    .leftJoin(delegations, eq(delegations.id, users.delegationId))
    .where(people)
    .orderBy(sql`${delegations.protocolName} is not null`, asc(delegations.protocolName), asc(users.name))
    .limit(AUDIT_ACTOR_CHOICES + 1)
    .all();
  const actors =
    listed.length > AUDIT_ACTOR_CHOICES
      ? null
      : listed.map(({ code, delegation, ...actor }) => ({
          ...actor,
          delegation: code && delegation ? delegationName(code, delegation, viewer.locale) : null,
        }));
  // Read from the index on (record_type, record_id): no scan of the entries themselves.
  const recordTypes = db
    .selectDistinct({ recordType: auditEntries.recordType })
    .from(auditEntries)
    .orderBy(asc(auditEntries.recordType))
    .all()
    .map((r) => r.recordType);
  return { actors, recordTypes };
}
