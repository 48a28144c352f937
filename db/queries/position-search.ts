import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MATCH_END, MATCH_START } from '@/lib/search-marks';
import { getDb } from '../client';
import { belongsToMeeting, deny, type Viewer } from '../access';
import { agendaItems, delegations, positionStatements } from '../schema';
import type { MeetingSummary } from './meetings';
import { listColumns, readablePositions, toListItem, type PositionListItem } from './positions';

/**
 * The FTS5 index that drizzle/0002_position_search.sql creates and its triggers keep in step
 * (rowid = statement id; the current title and text). Declared here rather than in
 * schema.ts, where drizzle-kit would try to create it as an ordinary table.
 */
const positionSearch = sqliteTable('position_search', {
  rowid: integer('rowid').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
});

export const SEARCH_MAX_LENGTH = 200;
/** Matches shown on one page of results. */
export const SEARCH_PAGE_SIZE = 20;

export type SearchRequest = {
  words: string;
  /** A delegation's ISO code, lower case. */
  delegation?: string;
  /** An agenda item's id, or 'general' for general statements. */
  agendaItem?: number | 'general';
  /** Which page of results, from 1. */
  page?: number;
};

export type SearchHit = PositionListItem & {
  /** Title and snippet with each match between MATCH_START and MATCH_END (lib/search-marks). */
  markedTitle: string;
  markedSnippet: string;
};

export type SearchOutcome =
  | { status: 'found'; hits: SearchHit[]; total: number; page: number; pageSize: number }
  /** `code` is in the `validation` catalogue, for the search field. */
  | { status: 'invalid'; code: 'searchNeedsWords' | 'searchTooLong' };

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * What people type, as an FTS5 query that cannot be a syntax error: every word becomes a
 * quoted string (quotes doubled), so operators, parentheses, colons and stray quotes are
 * searched for as text, and all words must occur. Null when nothing searchable is left.
 */
export function matchExpression(words: string): string | null {
  const terms = words.split(/\s+/).filter((term) => WORD_CHARACTER.test(term));
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

/**
 * Full-text search over the current title and text of every statement the viewer may read
 * (the same condition as every list, so a draft kept "delegation only" is never found or
 * counted by anyone else), best match first (bm25, titles weigh more), optionally within one
 * delegation or one agenda item, SEARCH_PAGE_SIZE to a page. `total` counts every readable
 * match, not only the page returned. Bad input is an `invalid` outcome, never an exception.
 */
export function searchPositions(viewer: Viewer, meeting: MeetingSummary, request: SearchRequest): SearchOutcome {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'search_positions', recordType: 'meeting', recordId: meeting.slug });
  }
  if (request.words.length > SEARCH_MAX_LENGTH) return { status: 'invalid', code: 'searchTooLong' };
  const match = matchExpression(request.words);
  const page = request.page ?? 1;
  if (match === null) return { status: 'invalid', code: 'searchNeedsWords' };
  const db = getDb();
  const matched = sql`${positionSearch} match ${match}`;
  // The ids of every readable match, best first. A common word matches thousands of
  // statements on a large meeting, so ranking joins only what the conditions need; the
  // list's other columns are read for the page shown. The ids are also the count, which a
  // second pass over the matches gave before (0.7 ms of a 4.6 ms search on the scale data).
  const ranked = db
    .select({ id: positionStatements.id })
    .from(positionSearch)
    .innerJoin(positionStatements, eq(positionStatements.id, positionSearch.rowid))
    .where(
      and(
        matched,
        eq(positionStatements.meetingId, meeting.id),
        readablePositions(viewer, meeting.id),
        request.delegation
          ? eq(
              positionStatements.delegationId,
              db
                .select({ id: delegations.id })
                .from(delegations)
                .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, request.delegation))),
            )
          : undefined,
        request.agendaItem === 'general'
          ? isNull(positionStatements.agendaItemId)
          : request.agendaItem
            ? eq(positionStatements.agendaItemId, request.agendaItem)
            : undefined,
      ),
    )
    .orderBy(sql`bm25(${positionSearch}, 4.0, 1.0)`, asc(positionStatements.id))
    .values()
    .map(([id]) => id);
  const pageIds = ranked.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
  // Highlighting is the costly part, so it is done for the page's rows only: SQLite would
  // otherwise build a snippet for every match before keeping the best ones.
  const rows = pageIds.length
    ? db
        .select({
          ...listColumns,
          markedTitle: sql<string>`highlight(${positionSearch}, 0, ${MATCH_START}, ${MATCH_END})`,
          markedSnippet: sql<string>`snippet(${positionSearch}, 1, ${MATCH_START}, ${MATCH_END}, '…', 24)`,
        })
        .from(positionSearch)
        .innerJoin(positionStatements, eq(positionStatements.id, positionSearch.rowid))
        .innerJoin(delegations, eq(delegations.id, positionStatements.delegationId))
        .leftJoin(agendaItems, eq(agendaItems.id, positionStatements.agendaItemId))
        .where(and(matched, inArray(positionSearch.rowid, pageIds)))
        .all()
    : [];
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  return {
    status: 'found',
    total: ranked.length,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    hits: pageIds.map((id) => {
      const { markedTitle, markedSnippet, ...row } = rowOf.get(id)!;
      return { ...toListItem(row), markedTitle, markedSnippet };
    }),
  };
}
