import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq, isNotNull } from 'drizzle-orm';
import { precedenceIndex } from '@/lib/domain/agenda-rules';
import { publish } from '@/lib/platform/events';
import { inPrecedenceOrder } from '@/lib/domain/precedence';
import { writeTransaction, type Db } from '../client';
import { deny, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation, VersionConflict } from '../errors';
import { agendaItems, agendaSpeakers, delegations } from '../schema';
import type { MeetingSummary } from '../queries/meetings';
import { speakerRows } from '../queries/agenda';
import { writeOrder } from './agenda';
import { writeAudit } from './audit';
import { precedenceColumns } from '../precedence-columns';

/** Longest speaking time the secretariat may give one speaker, in minutes. */
export const MAX_SPEAKING_MINUTES = 60;

type SpeakerRow = ReturnType<typeof speakerRows>[number];

const speakersOf = (db: Db, agendaItemId: number): SpeakerRow[] => speakerRows(db, [agendaItemId]);

/** The speaker's entry on an item of this meeting, for the secretariat; anyone else is refused (403, logged). */
function speakerForSecretariat(db: Db, viewer: Viewer, meeting: MeetingSummary, speakerId: number, action: AuditAction): SpeakerRow {
  requireSecretariat(viewer, { action, recordType: 'agenda_speaker', recordId: speakerId, meetingId: meeting.id });
  const found = db
    .select({ agendaItemId: agendaSpeakers.agendaItemId })
    .from(agendaSpeakers)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaSpeakers.agendaItemId))
    .where(and(eq(agendaSpeakers.id, speakerId), eq(agendaItems.meetingId, meeting.id)))
    .get();
  const speaker = found && speakersOf(db, found.agendaItemId).find((s) => s.id === speakerId);
  if (!speaker) throw new RuleViolation('speakerGone');
  return speaker;
}

const announce = (meeting: MeetingSummary, agendaItemId: number, kind: string) =>
  publish({ meetingId: meeting.id, topic: 'agenda', recordId: agendaItemId, kind });

/**
 * The viewer's delegation asks for the floor on a published item of its meeting (its head
 * or staff). The request goes in the order of precedence: after the last listed delegation
 * that precedes it. The secretariat is refused (403); an item a delegation cannot see, 404.
 * Returns the delegation's place in the list.
 */
export function requestFloor(viewer: Viewer, meeting: MeetingSummary, agendaItemId: number): { place: number } {
  const place = writeTransaction((db) => {
    const own = viewer.delegation;
    if (!own || own.meetingId !== meeting.id) {
      deny(viewer, 403, { action: 'request_floor', recordType: 'agenda_item', recordId: agendaItemId, meetingId: meeting.id });
    }
    const item = db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meeting.id), isNotNull(agendaItems.publishedAt)))
      .get();
    if (!item) deny(viewer, 404, { action: 'request_floor', recordType: 'agenda_item', recordId: agendaItemId, meetingId: meeting.id });
    const list = speakersOf(db, agendaItemId);
    if (list.some((s) => s.delegationId === own.id)) throw new RuleViolation('alreadyOnList');
    const precedence = inPrecedenceOrder(
      db
        .select({
          id: delegations.id,
          ...precedenceColumns,
        })
        .from(delegations)
        .where(eq(delegations.meetingId, meeting.id))
        .all(),
      meeting.precedenceRule,
    ).map((d) => d.id);
    const rank = (delegationId: number) => precedence.indexOf(delegationId);
    const index = precedenceIndex(list.map((s) => rank(s.delegationId)), rank(own.id));
    const { id } = db
      .insert(agendaSpeakers)
      .values({ agendaItemId, delegationId: own.id, position: 0, status: 'requested' })
      .returning({ id: agendaSpeakers.id })
      .get();
    writeOrder(db, agendaSpeakers, [...list.slice(0, index), { id, position: 0 }, ...list.slice(index)]);
    writeAudit(db, viewer, {
      action: 'request_floor',
      recordType: 'agenda_speaker',
      recordId: id,
      meetingId: meeting.id,
      after: { agendaItemId, delegation: own.code, position: index + 1, status: 'requested' },
    });
    return index + 1;
  });
  announce(meeting, agendaItemId, 'floor_requested');
  return { place };
}

/** The viewer's delegation leaves an item's speakers list. RuleViolation if it is not on it. */
export function withdrawFloorRequest(viewer: Viewer, meeting: MeetingSummary, agendaItemId: number): void {
  writeTransaction((db) => {
    const own = viewer.delegation;
    if (!own || own.meetingId !== meeting.id) {
      deny(viewer, 403, { action: 'withdraw_floor_request', recordType: 'agenda_item', recordId: agendaItemId, meetingId: meeting.id });
    }
    const list = speakersOf(db, agendaItemId);
    const entry = list.find((s) => s.delegationId === own.id);
    if (!entry) throw new RuleViolation('notOnList');
    removeFromList(db, viewer, meeting, list, entry, 'withdraw_floor_request');
  });
  announce(meeting, agendaItemId, 'floor_withdrawn');
}

function removeFromList(db: Db, viewer: Viewer, meeting: MeetingSummary, list: SpeakerRow[], entry: SpeakerRow, action: AuditAction) {
  db.delete(agendaSpeakers).where(eq(agendaSpeakers.id, entry.id)).run();
  writeOrder(db, agendaSpeakers, list.filter((s) => s !== entry));
  writeAudit(db, viewer, {
    action,
    recordType: 'agenda_speaker',
    recordId: entry.id,
    meetingId: meeting.id,
    before: { agendaItemId: entry.agendaItemId, delegation: entry.code, position: entry.position, status: entry.status, minutes: entry.minutes },
  });
}

/** The secretariat takes a speaker off the list. */
export function removeSpeaker(viewer: Viewer, meeting: MeetingSummary, speakerId: number): void {
  const itemId = writeTransaction((db) => {
    const entry = speakerForSecretariat(db, viewer, meeting, speakerId, 'remove_speaker');
    removeFromList(db, viewer, meeting, speakersOf(db, entry.agendaItemId), entry, 'remove_speaker');
    return entry.agendaItemId;
  });
  announce(meeting, itemId, 'speaker_removed');
}

/** The secretariat accepts a request for the floor. RuleViolation if it was already accepted. */
export function acceptSpeaker(viewer: Viewer, meeting: MeetingSummary, speakerId: number): void {
  const itemId = writeTransaction((db) => {
    const entry = speakerForSecretariat(db, viewer, meeting, speakerId, 'accept_speaker');
    if (entry.status === 'accepted') throw new RuleViolation('alreadyAccepted');
    db.update(agendaSpeakers).set({ status: 'accepted' }).where(eq(agendaSpeakers.id, speakerId)).run();
    writeAudit(db, viewer, {
      action: 'accept_speaker',
      recordType: 'agenda_speaker',
      recordId: speakerId,
      meetingId: meeting.id,
      before: { status: 'requested' },
      after: { status: 'accepted' },
    });
    return entry.agendaItemId;
  });
  announce(meeting, itemId, 'speaker_accepted');
}

/**
 * Moves a speaker one place up or down. `expectedOrder` is the list (speaker ids) as the
 * secretariat member saw it; a different list now is a VersionConflict (`{ order }`).
 */
export function moveSpeaker(
  viewer: Viewer,
  meeting: MeetingSummary,
  move: { speakerId: number; direction: 'up' | 'down'; expectedOrder: readonly number[] },
): { place: number; count: number } {
  const result = writeTransaction((db) => {
    const entry = speakerForSecretariat(db, viewer, meeting, move.speakerId, 'move_speaker');
    const list = speakersOf(db, entry.agendaItemId);
    const ids = list.map((s) => s.id);
    if (ids.join() !== move.expectedOrder.join()) throw new VersionConflict({ order: ids });
    const from = ids.indexOf(entry.id);
    const to = from + (move.direction === 'up' ? -1 : 1);
    if (to < 0 || to >= list.length) throw new RuleViolation('cannotMoveFurther');
    const reordered = [...list];
    [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
    writeOrder(db, agendaSpeakers, reordered);
    writeAudit(db, viewer, {
      action: 'move_speaker',
      recordType: 'agenda_speaker',
      recordId: entry.id,
      meetingId: meeting.id,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
    return { place: to + 1, count: list.length, itemId: entry.agendaItemId };
  });
  announce(meeting, result.itemId, 'speaker_moved');
  return { place: result.place, count: result.count };
}

/**
 * Sets the speaking time of each listed speaker of an item (minutes, or null for none).
 * Secretariat only. Every id must be on that item's list (RuleViolation otherwise); one
 * audit entry holds the times before and after.
 */
export function setSpeakingTimes(
  viewer: Viewer,
  meeting: MeetingSummary,
  agendaItemId: number,
  times: readonly { speakerId: number; minutes: number | null }[],
): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'set_speaking_times', recordType: 'agenda_item', recordId: agendaItemId, meetingId: meeting.id });
    const item = db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meeting.id)))
      .get();
    if (!item) throw new RuleViolation('itemGone');
    const list = speakersOf(db, agendaItemId);
    const before: Record<string, number | null> = {};
    const after: Record<string, number | null> = {};
    for (const { speakerId, minutes } of times) {
      const speaker = list.find((s) => s.id === speakerId);
      if (!speaker) throw new RuleViolation('speakerGone');
      if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SPEAKING_MINUTES)) {
        throw new RuleViolation('speakingMinutes', `minutes-${speakerId}`);
      }
      if (speaker.minutes === minutes) continue;
      db.update(agendaSpeakers).set({ minutes }).where(eq(agendaSpeakers.id, speakerId)).run();
      before[speaker.code] = speaker.minutes;
      after[speaker.code] = minutes;
    }
    if (Object.keys(after).length === 0) return;
    writeAudit(db, viewer, {
      action: 'set_speaking_times',
      recordType: 'agenda_item',
      recordId: agendaItemId,
      meetingId: meeting.id,
      before,
      after,
    });
  });
  announce(meeting, agendaItemId, 'speaking_times_set');
}
