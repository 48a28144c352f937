import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import type { Locale } from '@/i18n/locales';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, asc, count, desc, eq, gte, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cache } from 'react';
import { inPrecedenceOrder } from '@/lib/domain/precedence';
import { getDb } from '../client';
import { preparedQuery } from '../prepared';
import {
  belongsToMeeting,
  deny,
  isSecretariat,
  hasReached,
  mayAdvancePosition,
  mayRevisePosition,
  mayWritePositions,
  isTranslator,
} from '../access';
import type { Viewer } from '../viewer';
import { pageWithin, type ListPage } from '@/lib/domain/list-page';
import { agendaItems, delegations, positionStatements, positionVersions, users } from '../schema';
import type { MeetingSummary } from './meetings';
import { precedenceColumns } from '../precedence-columns';

/**
 * The statements of the meeting the viewer may read, as a SQL condition: a delegation reads
 * its own at every step and others' once circulated; the meeting's secretariat reads what
 * was shared with it or circulated; anyone outside the meeting nothing. A statement kept
 * "delegation only" does not exist for anyone else, so every list, count and search must
 * go through this condition.
 */
export function readablePositions(viewer: Viewer, meetingId: number): SQL {
  const inMeeting = eq(positionStatements.meetingId, meetingId);
  if (isSecretariat(viewer, meetingId)) {
    return and(inMeeting, or(eq(positionStatements.visibility, 'secretariat'), eq(positionStatements.visibility, 'circulated')))!;
  }
  // A translator reads what every participant reads; a statement not circulated is not theirs to see.
  if (isTranslator(viewer, meetingId)) return and(inMeeting, eq(positionStatements.visibility, 'circulated'))!;
  if (viewer.delegation?.meetingId !== meetingId) return sql`0`;
  return and(
    inMeeting,
    or(eq(positionStatements.visibility, 'circulated'), eq(positionStatements.delegationId, viewer.delegation.id)),
  )!;
}

/**
 * The versions of a readable statement the viewer may read, as a SQL condition over
 * position_versions joined to its statement. The delegation reads all of its own; others
 * read from the version that was current when the statement reached them, so the drafts
 * written before it was shared or circulated stay with the delegation.
 */
function readableVersions(viewer: Viewer, meetingId: number): SQL {
  if (isSecretariat(viewer, meetingId)) {
    return gte(positionVersions.number, positionStatements.sharedFromVersion);
  }
  return or(
    eq(positionStatements.delegationId, viewer.delegation?.id ?? -1),
    gte(positionVersions.number, positionStatements.circulatedFromVersion),
  )!;
}

type Visibility = 'delegation' | 'secretariat' | 'circulated';

export type PositionListItem = {
  id: number;
  title: string;
  delegation: { code: string; protocolName: string };
  agendaItem: { id: number; title: string } | null;
  visibility: Visibility;
  version: number;
  savedAt: Date;
};

export const listColumns = {
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
  visibility: Visibility;
  version: number;
  createdAt: Date;
  updatedAt: Date | null;
};

/** A statement as lists show it, its delegation named in `locale`. */
export const toListItem = (row: ListRow, locale: Locale): PositionListItem => ({
  id: row.id,
  title: row.title,
  delegation: { code: row.code, protocolName: delegationName(row.code, row.protocolName, locale) },
  agendaItem: row.agendaItemId === null ? null : { id: row.agendaItemId, title: row.agendaItemTitle ?? '' },
  visibility: row.visibility,
  version: row.version,
  savedAt: row.updatedAt ?? row.createdAt,
});

/** Which statements a list or a search keeps, beyond what the viewer may read. */
export type StatementFilter = {
  /** A delegation's ISO code, lower case. */
  delegation?: string;
  /** An agenda item's id, or 'general' for general statements. */
  agendaItem?: number | 'general';
};

/** `filter` as a SQL condition over position_statements of `meetingId` (undefined when it keeps everything). */
export function filterCondition(meetingId: number, { delegation, agendaItem }: StatementFilter): SQL | undefined {
  return and(
    delegation
      ? eq(
          positionStatements.delegationId,
          getDb()
            .select({ id: delegations.id })
            .from(delegations)
            .where(and(eq(delegations.meetingId, meetingId), eq(delegations.countryCode, delegation))),
        )
      : undefined,
    agendaItem === 'general' ? isNull(positionStatements.agendaItemId) : agendaItem ? eq(positionStatements.agendaItemId, agendaItem) : undefined,
  );
}

/** Statements shown on one page of the list. */
export const POSITION_LIST_PAGE_SIZE = 50;

export type PositionListPage = ListPage<PositionListItem>;

/**
 * The statements of the meeting the viewer may read, in agenda order (general statements
 * last), then by delegation, POSITION_LIST_PAGE_SIZE to a page: a large meeting holds
 * thousands, and one page of all of them was a megabyte.
 */
export function listPositions(viewer: Viewer, meeting: MeetingSummary, request: StatementFilter & { page?: number } = {}): PositionListPage {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_positions', recordType: 'meeting', recordId: meeting.slug });
  }
  const db = getDb();
  const kept = and(eq(positionStatements.meetingId, meeting.id), readablePositions(viewer, meeting.id), filterCondition(meeting.id, request));
  const total = db.select({ n: count() }).from(positionStatements).where(kept).get()?.n ?? 0;
  const page = pageWithin(total, POSITION_LIST_PAGE_SIZE, request.page);
  const items = db
    .select(listColumns)
    .from(positionStatements)
    .innerJoin(delegations, eq(delegations.id, positionStatements.delegationId))
    .leftJoin(agendaItems, eq(agendaItems.id, positionStatements.agendaItemId))
    .where(kept)
    .orderBy(
      sql`${agendaItems.position} is null`,
      asc(agendaItems.position),
      asc(delegations.protocolName),
      asc(positionStatements.id),
    )
    .limit(POSITION_LIST_PAGE_SIZE)
    .offset((page - 1) * POSITION_LIST_PAGE_SIZE)
    .all()
    .map((row) => toListItem(row, viewer.locale));
  return { items, total, page, pageSize: POSITION_LIST_PAGE_SIZE };
}

export type PositionVersion = { number: number; body: string; savedAt: Date; authorName: string | null };

export type PositionDetail = PositionListItem & {
  circulated: { byName: string | null; at: Date } | null;
  /** The versions the viewer may read, newest first; the first is the current text. */
  versions: PositionVersion[];
  /** What the viewer may do with it now, as the mutations will decide. */
  abilities: { revise: boolean; share: boolean; circulate: boolean };
};

/**
 * One statement with the versions the viewer may read, newest first. Throws
 * AccessDenied(404) (logged) when the viewer may not read it: a confidential draft is not
 * confirmed to exist. Cached per request, so a page and its metadata read (and log) once.
 */
export const getPosition = cache((viewer: Viewer, meeting: MeetingSummary, id: number): PositionDetail => {
  const db = getDb();
  const circulator = alias(users, 'circulator');
  const row = belongsToMeeting(viewer, meeting.id)
    ? db
        .select({
          ...listColumns,
          delegationId: positionStatements.delegationId,
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
            readablePositions(viewer, meeting.id),
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
    .innerJoin(positionStatements, eq(positionStatements.id, positionVersions.statementId))
    .leftJoin(users, eq(users.id, positionVersions.authorUserId))
    .where(and(eq(positionVersions.statementId, id), readableVersions(viewer, meeting.id)))
    .orderBy(desc(positionVersions.number))
    .all();
  return {
    ...toListItem(row, viewer.locale),
    circulated: row.circulatedAt ? { byName: row.circulatedByName, at: row.circulatedAt } : null,
    versions,
    abilities: {
      revise: mayRevisePosition(viewer, row),
      share: mayAdvancePosition(viewer, row, 'secretariat') && !hasReached(row.visibility, 'secretariat'),
      circulate: mayAdvancePosition(viewer, row, 'circulated') && !hasReached(row.visibility, 'circulated'),
    },
  };
});

/**
 * A statement for its revision form. Throws AccessDenied: 404 when the viewer may not read
 * it, 403 when they may read it but not save a new version (another delegation's, or a
 * circulated statement for staff). Cached per request like getPosition.
 */
export const getPositionForRevision = cache((viewer: Viewer, meeting: MeetingSummary, id: number): PositionDetail => {
  const position = getPosition(viewer, meeting, id);
  if (!position.abilities.revise) {
    deny(viewer, 403, { action: 'revise_position', recordType: 'position_statement', recordId: id, meetingId: meeting.id });
  }
  return position;
});

export type AgendaChoice = { id: number; number: number; title: string };

/**
 * The published programme in order, numbered as delegations cite it: the items a statement
 * may address, and so the choices of the search's filter. Drafts are left out for the
 * secretariat too: no statement can address one. Throws AccessDenied(404), logged as
 * `action`, outside the viewer's meeting.
 */
export function listAgendaChoices(viewer: Viewer, meeting: MeetingSummary, action: AuditAction = 'search_positions'): AgendaChoice[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action, recordType: 'meeting', recordId: meeting.slug });
  }
  return getDb()
    .select({ id: agendaItems.id, title: agendaItems.title })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), isNotNull(agendaItems.publishedAt)))
    .orderBy(asc(agendaItems.position))
    .all()
    .map((item, index) => ({ ...item, number: index + 1 }));
}

/**
 * The agenda items a new statement may address. Throws AccessDenied(404) outside the
 * viewer's meeting, and 403 for the secretariat, which does not write statements.
 */
export function agendaForNewPosition(viewer: Viewer, meeting: MeetingSummary): AgendaChoice[] {
  // Someone from another meeting gets the 404 that listAgendaChoices gives.
  if (belongsToMeeting(viewer, meeting.id) && !mayWritePositions(viewer)) {
    deny(viewer, 403, { action: 'create_position', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id });
  }
  return listAgendaChoices(viewer, meeting, 'create_position');
}

export type MatrixCell = { id: number; visibility: Visibility }[];

export type PositionMatrix = {
  /** Agenda items in order, then null for general statements. */
  columns: ({ id: number; number: number; title: string } | null)[];
  /** Delegations in order of precedence; cells follow `columns`. */
  rows: { code: string; protocolName: string; cells: MatrixCell[] }[];
  counts: { shared: number; circulated: number };
};

/**
 * For the secretariat: delegations by agenda item, what each has shared with it or
 * circulated. Drafts kept "delegation only" are neither shown nor counted. Delegations that
 * declined the invitation appear only if they have something to show. Throws
 * AccessDenied(403) for anyone else.
 */
export function getPositionMatrix(viewer: Viewer, meeting: MeetingSummary): PositionMatrix {
  if (!isSecretariat(viewer, meeting.id)) {
    deny(viewer, 403, { action: 'read_position_matrix', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id });
  }
  const db = getDb();
  const items = db
    .select({ id: agendaItems.id, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position))
    .all();
  const statements = db
    .select({
      id: positionStatements.id,
      delegationId: positionStatements.delegationId,
      agendaItemId: positionStatements.agendaItemId,
      visibility: positionStatements.visibility,
    })
    .from(positionStatements)
    .where(and(eq(positionStatements.meetingId, meeting.id), readablePositions(viewer, meeting.id)))
    .orderBy(asc(positionStatements.id))
    .all();
  const columns = [...items.map((item, index) => ({ ...item, number: index + 1 })), null];
  const columnOf = (agendaItemId: number | null) =>
    agendaItemId === null ? columns.length - 1 : columns.findIndex((c) => c?.id === agendaItemId);
  const allDelegations = db
    .select({
      id: delegations.id,
      ...precedenceColumns,
      participation: delegations.participation,
    })
    .from(delegations)
    .where(eq(delegations.meetingId, meeting.id))
    .all();
  const rows = inPrecedenceOrder(allDelegations, meeting.precedenceRule)
    .map((delegation) => {
      const cells: MatrixCell[] = columns.map(() => []);
      for (const s of statements) {
        if (s.delegationId === delegation.id) cells[columnOf(s.agendaItemId)].push({ id: s.id, visibility: s.visibility });
      }
      return { delegation, cells };
    })
    .filter(({ delegation, cells }) => delegation.participation !== 'declined' || cells.some((c) => c.length > 0))
    .map(({ delegation, cells }) => ({
      code: delegation.countryCode,
      protocolName: delegationName(delegation.countryCode, delegation.protocolName, viewer.locale),
      cells,
    }));
  return {
    columns,
    rows,
    counts: {
      shared: statements.filter((s) => s.visibility === 'secretariat').length,
      circulated: statements.filter((s) => s.visibility === 'circulated').length,
    },
  };
}

const ownCirculatedPositions = preparedQuery((db) =>
  db
    .select({ id: positionStatements.id, title: positionStatements.title })
    .from(positionStatements)
    .where(
      and(
        eq(positionStatements.meetingId, sql.placeholder('meetingId')),
        eq(positionStatements.delegationId, sql.placeholder('delegationId')),
        eq(positionStatements.visibility, 'circulated'),
      ),
    )
    .orderBy(asc(positionStatements.title))
    .prepare(),
);

/** The viewer's own delegation's circulated statements, for linking from an amendment. */
export function listOwnCirculatedPositions(viewer: Viewer, meeting: MeetingSummary): { id: number; title: string }[] {
  if (!viewer.delegation || viewer.delegation.meetingId !== meeting.id) return [];
  return ownCirculatedPositions().all({ meetingId: meeting.id, delegationId: viewer.delegation.id });
}
