import 'server-only';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { getDb } from '../client';
import { belongsToMeeting, deny, isSecretariat, type Viewer } from '../access';
import { agendaItems, agendaSpeakers, delegations } from '../schema';
import type { MeetingSummary } from './meetings';

export type AgendaItem = {
  id: number;
  number: number;
  title: string;
  description: string;
  kind: 'plenary' | 'working_session' | 'meal' | 'bilateral' | 'press';
  startsAt: Date;
  endsAt: Date;
  location: string;
  chair: string;
  published: boolean;
  speakers: { code: string; protocolName: string; status: 'requested' | 'accepted' }[];
};

/**
 * The programme in order, numbered. Delegations see published items only; the secretariat
 * also sees drafts. Two queries whatever the number of items.
 */
export function listAgenda(viewer: Viewer, meeting: MeetingSummary): AgendaItem[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_agenda', recordType: 'meeting', recordId: meeting.slug });
  }
  const db = getDb();
  const items = db
    .select({
      id: agendaItems.id,
      title: agendaItems.title,
      description: agendaItems.description,
      kind: agendaItems.kind,
      startsAt: agendaItems.startsAt,
      endsAt: agendaItems.endsAt,
      location: agendaItems.location,
      chair: agendaItems.chair,
      publishedAt: agendaItems.publishedAt,
    })
    .from(agendaItems)
    .where(
      and(
        eq(agendaItems.meetingId, meeting.id),
        isSecretariat(viewer) ? undefined : isNotNull(agendaItems.publishedAt),
      ),
    )
    .orderBy(asc(agendaItems.position))
    .all();
  const speakers = items.length
    ? db
        .select({
          agendaItemId: agendaSpeakers.agendaItemId,
          code: delegations.countryCode,
          protocolName: delegations.protocolName,
          status: agendaSpeakers.status,
        })
        .from(agendaSpeakers)
        .innerJoin(delegations, eq(delegations.id, agendaSpeakers.delegationId))
        .where(inArray(agendaSpeakers.agendaItemId, items.map((i) => i.id)))
        .orderBy(asc(agendaSpeakers.position))
        .all()
    : [];
  return items.map(({ publishedAt, ...item }, index) => ({
    ...item,
    number: index + 1,
    published: publishedAt !== null,
    speakers: speakers
      .filter((s) => s.agendaItemId === item.id)
      .map(({ code, protocolName, status }) => ({ code, protocolName, status })),
  }));
}
