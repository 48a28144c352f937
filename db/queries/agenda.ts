import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { sameRoomOverlaps } from '@/lib/domain/agenda-rules';
import { groupBy } from '@/lib/domain/group-by';
import { getDb, type Db } from '../client';
import { belongsToMeeting, deny, isSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { agendaItemChanges, agendaItems, agendaSpeakers, delegations, type AgendaFieldChange } from '../schema';
import type { MeetingSummary } from './meetings';

export type AgendaSpeaker = {
  id: number;
  code: string;
  protocolName: string;
  status: 'requested' | 'accepted';
  minutes: number | null;
};

export type AgendaChange = { at: Date; changes: AgendaFieldChange[] };

export type AgendaItem = {
  id: number;
  /** The number delegations cite: counts published items only; null for a draft. */
  number: number | null;
  title: string;
  description: string;
  kind: 'plenary' | 'working_session' | 'meal' | 'bilateral' | 'press';
  startsAt: Date;
  endsAt: Date;
  location: string;
  chair: string;
  published: boolean;
  version: number;
  updatedAt: Date | null;
  /** Edits made after publication, newest first. */
  changes: AgendaChange[];
  /** In speaking order. */
  speakers: AgendaSpeaker[];
  /** Other items in the same room at an overlapping time: for the secretariat only, always empty for delegations. */
  overlaps: { id: number; title: string }[];
};

/** The columns of an item that pages and the data layer work with. */
export const agendaItemColumns = {
  id: agendaItems.id,
  title: agendaItems.title,
  description: agendaItems.description,
  kind: agendaItems.kind,
  startsAt: agendaItems.startsAt,
  endsAt: agendaItems.endsAt,
  location: agendaItems.location,
  chair: agendaItems.chair,
  publishedAt: agendaItems.publishedAt,
  version: agendaItems.version,
  updatedAt: agendaItems.updatedAt,
};

/**
 * The programme in order. Delegations see published items only; the secretariat also
 * sees drafts and the room overlaps it should know of. `publishedOnly` narrows the
 * secretariat's view to what delegations see (the calendar export). Three queries
 * whatever the number of items. Throws AccessDenied(404) outside the viewer's meeting.
 */
export function listAgenda(
  viewer: Viewer,
  meeting: MeetingSummary,
  { publishedOnly = false }: { publishedOnly?: boolean } = {},
): AgendaItem[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_agenda', recordType: 'meeting', recordId: meeting.slug });
  }
  const showDrafts = isSecretariat(viewer, meeting.id) && !publishedOnly;
  const db = getDb();
  const items = db
    .select(agendaItemColumns)
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), showDrafts ? undefined : isNotNull(agendaItems.publishedAt)))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))
    .all();
  const ids = items.map((i) => i.id);
  const speakers = speakerRows(db, ids);
  const changes = ids.length
    ? db
        .select({ agendaItemId: agendaItemChanges.agendaItemId, at: agendaItemChanges.at, changes: agendaItemChanges.changes })
        .from(agendaItemChanges)
        .where(inArray(agendaItemChanges.agendaItemId, ids))
        .orderBy(asc(agendaItemChanges.at), asc(agendaItemChanges.id))
        .all()
        .reverse()
    : [];
  const changesOfItem = groupBy(changes, (c) => c.agendaItemId);
  const speakersOfItem = groupBy(speakers, (s) => s.agendaItemId);
  let published = 0;
  return items.map(({ publishedAt, ...item }) => ({
    ...item,
    number: publishedAt === null ? null : ++published,
    published: publishedAt !== null,
    changes: (changesOfItem.get(item.id) ?? []).map(({ at, changes: fields }) => ({ at, changes: fields })),
    speakers: (speakersOfItem.get(item.id) ?? []).map(({ agendaItemId: _item, delegationId: _delegation, position: _position, ...speaker }) => ({
      ...speaker,
      protocolName: delegationName(speaker.code, speaker.protocolName, viewer.locale),
    })),
    overlaps: showDrafts ? sameRoomOverlaps(item, items).map(({ id, title }) => ({ id, title })) : [],
  }));
}

/** The speakers lists of these items, each in its order: what the agenda shows and what the list's mutations reorder. */
export function speakerRows(db: Db, agendaItemIds: number[]) {
  if (agendaItemIds.length === 0) return [];
  return db
    .select({
      id: agendaSpeakers.id,
      agendaItemId: agendaSpeakers.agendaItemId,
      delegationId: agendaSpeakers.delegationId,
      code: delegations.countryCode,
      protocolName: delegations.protocolName,
      position: agendaSpeakers.position,
      status: agendaSpeakers.status,
      minutes: agendaSpeakers.minutes,
    })
    .from(agendaSpeakers)
    .innerJoin(delegations, eq(delegations.id, agendaSpeakers.delegationId))
    .where(inArray(agendaSpeakers.agendaItemId, agendaItemIds))
    .orderBy(asc(agendaSpeakers.position), asc(agendaSpeakers.id))
    .all();
}
