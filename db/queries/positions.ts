import 'server-only';
import { and, asc, desc, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { belongsToMeeting, deny, isSecretariat, type Viewer } from '../access';
import { agendaItems, delegations, positionStatements, positionVersions, users } from '../schema';
import type { MeetingSummary } from './meetings';

/**
 * The statements the viewer may read, as a SQL condition: a delegation reads its own at
 * every step and others' once circulated; the secretariat reads what was shared with it or
 * circulated. A statement kept "delegation only" does not exist for anyone else, so every
 * list, count and search must go through this condition.
 */
export function readablePositions(viewer: Viewer): SQL {
  if (isSecretariat(viewer)) {
    return or(
      eq(positionStatements.visibility, 'secretariat'),
      eq(positionStatements.visibility, 'circulated'),
    )!;
  }
  return or(
    eq(positionStatements.visibility, 'circulated'),
    eq(positionStatements.delegationId, viewer.delegation?.id ?? -1),
  )!;
}

export type PositionListItem = {
  id: number;
  title: string;
  delegation: { code: string; protocolName: string };
  agendaItem: { id: number; title: string } | null;
  visibility: 'delegation' | 'secretariat' | 'circulated';
  version: number;
  savedAt: Date;
};

const listColumns = {
  id: positionStatements.id,
  title: positionStatements.title,
  code: delegations.countryCode,
  protocolName: delegations.protocolName,
  agendaItemId: agendaItems.id,
  agendaItemTitle: agendaItems.title,
  visibility: positionStatements.visibility,
  version: positionStatements.version,
  createdAt: positionStatements.createdAt,
  updatedAt: positionStatements.updatedAt,
};

type ListRow = {
  id: number;
  title: string;
  code: string;
  protocolName: string;
  agendaItemId: number | null;
  agendaItemTitle: string | null;
  visibility: PositionListItem['visibility'];
  version: number;
  createdAt: Date;
  updatedAt: Date | null;
};

const toListItem = (row: ListRow): PositionListItem => ({
  id: row.id,
  title: row.title,
  delegation: { code: row.code, protocolName: row.protocolName },
  agendaItem: row.agendaItemId === null ? null : { id: row.agendaItemId, title: row.agendaItemTitle ?? '' },
  visibility: row.visibility,
  version: row.version,
  savedAt: row.updatedAt ?? row.createdAt,
});

/** The statements of the meeting the viewer may read, by agenda order then delegation. */
export function listPositions(viewer: Viewer, meeting: MeetingSummary): PositionListItem[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_positions', recordType: 'meeting', recordId: meeting.slug });
  }
  return getDb()
    .select(listColumns)
    .from(positionStatements)
    .innerJoin(delegations, eq(delegations.id, positionStatements.delegationId))
    .leftJoin(agendaItems, eq(agendaItems.id, positionStatements.agendaItemId))
    .where(and(eq(positionStatements.meetingId, meeting.id), readablePositions(viewer)))
    .orderBy(asc(agendaItems.position), asc(delegations.protocolName), asc(positionStatements.id))
    .all()
    .map(toListItem);
}

export type PositionDetail = PositionListItem & {
  circulated: { byName: string | null; at: Date } | null;
  versions: { number: number; body: string; savedAt: Date; authorName: string | null }[];
};

/**
 * One statement with every saved version, newest first. Throws AccessDenied(404) (logged)
 * when the viewer may not read it: a confidential draft is not confirmed to exist.
 */
export function getPosition(viewer: Viewer, meeting: MeetingSummary, id: number): PositionDetail {
  const db = getDb();
  const circulator = alias(users, 'circulator');
  const row = belongsToMeeting(viewer, meeting.id)
    ? db
        .select({
          ...listColumns,
          circulatedAt: positionStatements.circulatedAt,
          circulatedByName: circulator.name,
        })
        .from(positionStatements)
        .innerJoin(delegations, eq(delegations.id, positionStatements.delegationId))
        .leftJoin(agendaItems, eq(agendaItems.id, positionStatements.agendaItemId))
        .leftJoin(circulator, eq(circulator.id, positionStatements.circulatedByUserId))
        .where(
          and(
            eq(positionStatements.id, id),
            eq(positionStatements.meetingId, meeting.id),
            readablePositions(viewer),
          ),
        )
        .get()
    : undefined;
  if (!row) {
    deny(viewer, 404, { action: 'read_position', recordType: 'position_statement', recordId: id, meetingId: meeting.id });
  }
  const versions = db
    .select({
      number: positionVersions.number,
      body: positionVersions.body,
      savedAt: positionVersions.createdAt,
      authorName: users.name,
    })
    .from(positionVersions)
    .leftJoin(users, eq(users.id, positionVersions.authorUserId))
    .where(eq(positionVersions.statementId, id))
    .orderBy(desc(positionVersions.number))
    .all();
  return {
    ...toListItem(row),
    circulated: row.circulatedAt ? { byName: row.circulatedByName, at: row.circulatedAt } : null,
    versions,
  };
}

/** The viewer's own delegation's circulated statements, for linking from an amendment. */
export function listOwnCirculatedPositions(viewer: Viewer, meeting: MeetingSummary): { id: number; title: string }[] {
  if (!viewer.delegation || viewer.delegation.meetingId !== meeting.id) return [];
  return getDb()
    .select({ id: positionStatements.id, title: positionStatements.title })
    .from(positionStatements)
    .where(
      and(
        eq(positionStatements.meetingId, meeting.id),
        eq(positionStatements.delegationId, viewer.delegation.id),
        eq(positionStatements.visibility, 'circulated'),
      ),
    )
    .orderBy(asc(positionStatements.title))
    .all();
}
