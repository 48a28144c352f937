import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { chronologicalIndex, sameRoomOverlaps } from '@/lib/domain/agenda-rules';
import { publish } from '@/lib/platform/events';
import { fromLocalDateTime, toLocalDate, toLocalDateTime } from '@/lib/domain/zoned-time';
import { writeTransaction, type Db } from '../client';
import { requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation, VersionConflict } from '../errors';
import { AGENDA_TRACKED_FIELDS, agendaItemChanges, agendaItems, agendaSpeakers, type AgendaFieldChange } from '../schema';
import { type AGENDA_KIND_VALUES } from '@/lib/domain/values';
import { agendaItemColumns } from '../queries/agenda';
import type { MeetingSummary } from '../queries/meetings';
import { writeAudit } from './audit';

/** An item as the secretariat's form sends it: times are wall-clock times in the meeting's zone. */
export type AgendaItemInput = {
  title: string;
  description: string;
  kind: (typeof AGENDA_KIND_VALUES)[number];
  /** "YYYY-MM-DDTHH:mm" on the meeting's clock. */
  startsAt: string;
  endsAt: string;
  location: string;
  chair: string;
};

/** The item as it is now, in the form's own terms: what a conflict shows beside the writer's version. */
export type AgendaItemRecord = AgendaItemInput & { version: number };

/** A saved item and the items already booked in the same room at an overlapping time. */
export type SavedAgendaItem = { id: number; overlaps: { id: number; title: string }[] };

type ItemRow = {
  id: number;
  title: string;
  description: string;
  kind: AgendaItemInput['kind'];
  startsAt: Date;
  endsAt: Date;
  location: string;
  chair: string;
  publishedAt: Date | null;
  version: number;
};

function requireAgendaEditor(viewer: Viewer, meeting: MeetingSummary, action: AuditAction, recordId: number | null): void {
  requireSecretariat(viewer, { action, recordType: 'agenda_item', recordId, meetingId: meeting.id });
}

function findItem(db: Db, meeting: MeetingSummary, id: number): ItemRow | undefined {
  return db
    .select(agendaItemColumns)
    .from(agendaItems)
    .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meeting.id)))
    .get();
}

/** The item a secretariat member is acting on; gone (deleted by someone else) is a rule of its own. */
function existingItem(db: Db, meeting: MeetingSummary, id: number): ItemRow {
  const item = findItem(db, meeting, id);
  if (!item) throw new RuleViolation('itemGone');
  return item;
}

function instantOf(local: string, field: 'startsAt' | 'endsAt', timeZone: string): Date {
  const resolved = fromLocalDateTime(local, timeZone);
  if (resolved.kind === 'invalid') throw new RuleViolation('invalidDateTime', field);
  // Clocks jump over it: refusing is clearer than silently moving the item by an hour.
  if (resolved.kind === 'skipped') throw new RuleViolation('skippedLocalTime', field);
  return resolved.instant;
}

/**
 * The item's instants, checked: the end after the start, both on the meeting's dates (its
 * calendar days in its zone, so an evening item on the last day is fine).
 */
function resolveTimes(meeting: MeetingSummary, input: AgendaItemInput): { startsAt: Date; endsAt: Date } {
  const startsAt = instantOf(input.startsAt, 'startsAt', meeting.timeZone);
  const endsAt = instantOf(input.endsAt, 'endsAt', meeting.timeZone);
  const firstDay = toLocalDate(meeting.startsAt, meeting.timeZone);
  const lastDay = toLocalDate(meeting.endsAt, meeting.timeZone);
  if (input.startsAt.slice(0, 10) < firstDay || input.startsAt.slice(0, 10) > lastDay) {
    throw new RuleViolation('outsideMeetingDates', 'startsAt');
  }
  if (endsAt.getTime() <= startsAt.getTime()) throw new RuleViolation('endBeforeStart', 'endsAt');
  if (input.endsAt.slice(0, 10) > lastDay) throw new RuleViolation('outsideMeetingDates', 'endsAt');
  return { startsAt, endsAt };
}

/** The item as the audit log keeps it: instants in ISO form. */
function snapshot(item: Omit<ItemRow, 'id' | 'version'> & { version?: number }) {
  return {
    title: item.title,
    description: item.description,
    kind: item.kind,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    location: item.location,
    chair: item.chair,
    published: item.publishedAt !== null,
    version: item.version,
  };
}

/** An item in its form's terms: times as wall-clock values on the meeting's clock. */
export function toItemRecord(item: Omit<ItemRow, 'id' | 'publishedAt'>, timeZone: string): AgendaItemRecord {
  return {
    title: item.title,
    description: item.description,
    kind: item.kind,
    startsAt: toLocalDateTime(item.startsAt, timeZone),
    endsAt: toLocalDateTime(item.endsAt, timeZone),
    location: item.location,
    chair: item.chair,
    version: item.version,
  };
}

function programmeOrder(db: Db, meeting: MeetingSummary) {
  return db
    .select({ id: agendaItems.id, startsAt: agendaItems.startsAt, position: agendaItems.position })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))
    .all();
}

/**
 * Numbers a programme or a speakers list 1..n in the given order, touching only the rows
 * that move.
 */
export function writeOrder(
  db: Db,
  table: typeof agendaItems | typeof agendaSpeakers,
  ordered: readonly { id: number; position: number }[],
): void {
  ordered.forEach((row, index) => {
    if (row.position !== index + 1) {
      db.update(table).set({ position: index + 1 }).where(eq(table.id, row.id)).run();
    }
  });
}

function overlapsOf(db: Db, meeting: MeetingSummary, item: { id: number; location: string; startsAt: Date; endsAt: Date }) {
  const others = db
    .select({ id: agendaItems.id, title: agendaItems.title, location: agendaItems.location, startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .all();
  return sameRoomOverlaps(item, others).map(({ id, title }) => ({ id, title }));
}

const announce = (meeting: MeetingSummary, recordId: number | null, kind: string) =>
  publish({ meetingId: meeting.id, topic: 'agenda', recordId, kind });

/**
 * Adds a draft item, placed in the programme by its start time. Secretariat only
 * (AccessDenied 403 otherwise, logged). Throws RuleViolation for times that do not exist,
 * end before they start, or fall outside the meeting's dates. Overlaps in the same room
 * are returned as a warning, not refused.
 */
export function createAgendaItem(viewer: Viewer, meeting: MeetingSummary, input: AgendaItemInput): SavedAgendaItem {
  const saved = writeTransaction((db) => {
    requireAgendaEditor(viewer, meeting, 'create_agenda_item', null);
    const times = resolveTimes(meeting, input);
    const order = programmeOrder(db, meeting);
    const { id } = db
      .insert(agendaItems)
      .values({ ...input, ...times, meetingId: meeting.id, position: 0 })
      .returning({ id: agendaItems.id })
      .get();
    const index = chronologicalIndex(order, times.startsAt);
    writeOrder(db, agendaItems, [...order.slice(0, index), { id, position: 0 }, ...order.slice(index)]);
    writeAudit(db, viewer, {
      action: 'create_agenda_item',
      recordType: 'agenda_item',
      recordId: id,
      meetingId: meeting.id,
      after: snapshot({ ...input, ...times, publishedAt: null, version: 1 }),
    });
    return { id, overlaps: overlapsOf(db, meeting, { id, location: input.location, ...times }) };
  });
  announce(meeting, saved.id, 'item_created');
  return saved;
}

/**
 * Saves the secretariat's edit of an item it read at `expectedVersion`. Throws
 * VersionConflict (with the item as it is now, in form terms) when someone saved it in
 * between: nothing is overwritten. Moving an item to another day re-places it by time.
 * Edits to a published item are kept as a change record that everyone sees.
 */
export function updateAgendaItem(
  viewer: Viewer,
  meeting: MeetingSummary,
  id: number,
  expectedVersion: number,
  input: AgendaItemInput,
): SavedAgendaItem {
  const saved = writeTransaction((db) => {
    requireAgendaEditor(viewer, meeting, 'update_agenda_item', id);
    const current = existingItem(db, meeting, id);
    const times = resolveTimes(meeting, input);
    const next = { ...current, ...input, ...times };
    const changes = AGENDA_TRACKED_FIELDS.flatMap((field): AgendaFieldChange[] => {
      const [before, after] = [current[field], next[field]].map((v) => (v instanceof Date ? v.getTime() : v));
      return before === after ? [] : [{ field, before, after }];
    });
    if (current.version !== expectedVersion) throw new VersionConflict(toItemRecord(current, meeting.timeZone));
    if (changes.length === 0) return { id, overlaps: overlapsOf(db, meeting, next), changed: false };
    const now = new Date();
    const written = db
      .update(agendaItems)
      .set({ ...input, ...times, version: sql`${agendaItems.version} + 1`, updatedAt: now })
      .where(and(eq(agendaItems.id, id), eq(agendaItems.version, expectedVersion)))
      .run();
    if (written.changes === 0) throw new VersionConflict(toItemRecord(current, meeting.timeZone));
    const version = expectedVersion + 1;
    if (toLocalDate(current.startsAt, meeting.timeZone) !== toLocalDate(times.startsAt, meeting.timeZone)) {
      const rest = programmeOrder(db, meeting).filter((item) => item.id !== id);
      const index = chronologicalIndex(rest, times.startsAt);
      writeOrder(db, agendaItems, [...rest.slice(0, index), { id, position: 0 }, ...rest.slice(index)]);
    }
    if (current.publishedAt) {
      db.insert(agendaItemChanges).values({ agendaItemId: id, at: now, version, changes }).run();
    }
    writeAudit(db, viewer, {
      action: 'update_agenda_item',
      recordType: 'agenda_item',
      recordId: id,
      meetingId: meeting.id,
      before: snapshot(current),
      after: snapshot({ ...next, version }),
    });
    return { id, overlaps: overlapsOf(db, meeting, next), changed: true };
  });
  if (saved.changed) announce(meeting, id, 'item_updated');
  return { id: saved.id, overlaps: saved.overlaps };
}

/**
 * Deletes an item (and its speakers list) that the secretariat read at `expectedVersion`;
 * VersionConflict if it changed since, so nobody deletes what they have not seen.
 */
export function deleteAgendaItem(viewer: Viewer, meeting: MeetingSummary, id: number, expectedVersion: number): void {
  writeTransaction((db) => {
    requireAgendaEditor(viewer, meeting, 'delete_agenda_item', id);
    const current = existingItem(db, meeting, id);
    const deleted = db
      .delete(agendaItems)
      .where(and(eq(agendaItems.id, id), eq(agendaItems.version, expectedVersion)))
      .run();
    if (deleted.changes === 0) throw new VersionConflict(toItemRecord(current, meeting.timeZone));
    writeOrder(db, agendaItems, programmeOrder(db, meeting));
    writeAudit(db, viewer, {
      action: 'delete_agenda_item',
      recordType: 'agenda_item',
      recordId: id,
      meetingId: meeting.id,
      before: snapshot(current),
    });
  });
  announce(meeting, id, 'item_deleted');
}

/**
 * Publishes draft items: one (`itemId`) or every draft of one day of the meeting (`day`,
 * "YYYY-MM-DD" in its zone). Returns how many were published; an item already published
 * is a RuleViolation, a day without drafts publishes nothing.
 */
export function publishAgendaItems(
  viewer: Viewer,
  meeting: MeetingSummary,
  scope: { itemId: number } | { day: string },
): number {
  const published = writeTransaction((db) => {
    requireAgendaEditor(viewer, meeting, 'publish_agenda_item', 'itemId' in scope ? scope.itemId : null);
    if ('itemId' in scope && existingItem(db, meeting, scope.itemId).publishedAt) {
      throw new RuleViolation('alreadyPublished');
    }
    const drafts = db
      .select({ id: agendaItems.id, startsAt: agendaItems.startsAt })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.publishedAt)))
      .all()
      .filter((item) =>
        'itemId' in scope ? item.id === scope.itemId : toLocalDate(item.startsAt, meeting.timeZone) === scope.day,
      )
      .map((item) => item.id);
    if (drafts.length === 0) return [];
    const now = new Date();
    db.update(agendaItems).set({ publishedAt: now }).where(inArray(agendaItems.id, drafts)).run();
    for (const id of drafts) {
      writeAudit(db, viewer, {
        action: 'publish_agenda_item',
        recordType: 'agenda_item',
        recordId: id,
        meetingId: meeting.id,
        before: { publishedAt: null },
        after: { publishedAt: now.toISOString() },
      });
    }
    return drafts;
  });
  for (const id of published) announce(meeting, id, 'item_published');
  return published.length;
}

export type AgendaMove = {
  itemId: number;
  /** The item it goes next to, on the same day. */
  targetId: number;
  placement: 'before' | 'after';
  /** The whole programme's order as the mover saw it: a different order now is a conflict. */
  expectedOrder: readonly number[];
};

/**
 * Moves an item before or after another of the same day; the numbering follows. Checks
 * the order the secretariat member saw against the order now, in the same transaction:
 * VersionConflict (`{ order }`) if anyone changed it in between.
 */
export function moveAgendaItem(viewer: Viewer, meeting: MeetingSummary, move: AgendaMove): { position: number; count: number } {
  const result = writeTransaction((db) => {
    requireAgendaEditor(viewer, meeting, 'move_agenda_item', move.itemId);
    const order = programmeOrder(db, meeting);
    const ids = order.map((item) => item.id);
    if (ids.join() !== move.expectedOrder.join()) throw new VersionConflict({ order: ids });
    const item = order.find((i) => i.id === move.itemId);
    const target = order.find((i) => i.id === move.targetId);
    if (!item || !target) throw new RuleViolation('itemGone');
    const day = (at: Date) => toLocalDate(at, meeting.timeZone);
    if (item === target || day(item.startsAt) !== day(target.startsAt)) throw new RuleViolation('moveWithinDay');
    const rest = order.filter((i) => i !== item);
    const index = rest.indexOf(target) + (move.placement === 'after' ? 1 : 0);
    const reordered = [...rest.slice(0, index), item, ...rest.slice(index)];
    writeOrder(db, agendaItems, reordered);
    writeAudit(db, viewer, {
      action: 'move_agenda_item',
      recordType: 'agenda_item',
      recordId: item.id,
      meetingId: meeting.id,
      before: { position: order.indexOf(item) + 1 },
      after: { position: index + 1 },
    });
    return { position: index + 1, count: order.length };
  });
  announce(meeting, move.itemId, 'item_moved');
  return result;
}
