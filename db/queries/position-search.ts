import 'server-only';
import type { Database, Statement } from 'better-sqlite3';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MATCH_END, MATCH_START, plainSnippet } from '@/lib/domain/search-marks';
import { getDb } from '../client';
import { belongsToMeeting, deny } from '../access';
import type { Viewer } from '../viewer';
import { agendaItems, delegations, positionStatements } from '../schema';
import type { MeetingSummary } from './meetings';
import { filterCondition, listColumns, readablePositions, toListItem, type PositionListItem, type StatementFilter } from './positions';

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

/** Each statement's title and text length, in characters (drizzle/0016_search_lengths.sql, hand-written beside the index). */
const searchLengths = sqliteTable('position_search_lengths', {
  statementId: integer('statement_id').notNull(),
  titleLength: integer('title_length').notNull(),
  bodyLength: integer('body_length').notNull(),
});

export const SEARCH_MAX_LENGTH = 200;
/** Matches shown on one page of results. */
export const SEARCH_PAGE_SIZE = 20;

export type SearchRequest = StatementFilter & {
  words: string;
  /** Which page of results, from 1. */
  page?: number;
};

export type SearchHit = PositionListItem & {
  /** Title and snippet (as plain text, not Markdown) with each match between MATCH_START and MATCH_END (lib/domain/search-marks). */
  markedTitle: string;
  markedSnippet: string;
};

export type SearchOutcome =
  | { status: 'found'; hits: SearchHit[]; total: number; page: number; pageSize: number }
  /** `code` is in the `validation` catalogue, for the search field. */
  | { status: 'invalid'; code: 'searchNeedsWords' | 'searchTooLong' };

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The words people typed that can be searched for: those with a letter or a digit. */
function searchedWords(words: string): string[] {
  return words.split(/\s+/).filter((term) => WORD_CHARACTER.test(term));
}

/**
 * What people type, as an FTS5 query that cannot be a syntax error: every word becomes a
 * quoted string (quotes doubled), so operators, parentheses, colons and stray quotes are
 * searched for as text, and all words must occur. Null when nothing searchable is left.
 */
export function matchExpression(words: string): string | null {
  const terms = searchedWords(words);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

/** How much more a match in the title counts than one in the text. */
const TITLE_WEIGHT = 4;
/** bm25's saturation and length normalisation (its usual constants). */
const K1 = 1.2;
const B = 0.75;
/**
 * The lengths, in characters, at which a title and a text count as of ordinary length.
 * Fixed, because an average taken over the index would be a statistic of every row.
 */
const REFERENCE_LENGTH = { title: 60, body: 1500 } as const;

export type MatchCounts = { titleMatches: number; titleLength: number; bodyMatches: number; bodyLength: number };

/**
 * How well one statement matches, from that statement alone: bm25's shape (more matches
 * count, with diminishing returns; a short text with the words beats a long one) without its
 * inverse document frequency. bm25 takes that from how many rows of the whole index hold
 * each word, every meeting and every delegation's drafts included, so the order of results
 * would tell a viewer whether a word occurs in statements they may not read.
 */
export function matchScore({ titleMatches, titleLength, bodyMatches, bodyLength }: MatchCounts): number {
  const saturated = (matches: number, length: number, reference: number) =>
    matches === 0 ? 0 : (matches * (K1 + 1)) / (matches + K1 * (1 - B + (B * length) / reference));
  return (
    TITLE_WEIGHT * saturated(titleMatches, titleLength, REFERENCE_LENGTH.title) +
    saturated(bodyMatches, bodyLength, REFERENCE_LENGTH.body)
  );
}

/** The index's tokenizer, as drizzle/0002_position_search.sql declares it (a test compares them). */
export const SEARCH_TOKENIZER = 'porter unicode61 remove_diacritics 2';

type OccurrenceCounter = { clear: Statement; addWord: Statement; occurrences: Statement<[], [word: number, occurrences: string | null]> };
const occurrenceCounters = new WeakMap<Database, OccurrenceCounter>();

/**
 * The statements that prepare a connection to count a search's matches (countOccurrences):
 * a temporary FTS5 table of the searched words, made with the index's tokenizer, and the
 * `instance` tables (fts5vocab) of it and of the index, one row per occurrence of a term.
 * Temporary tables belong to the connection, so they are made once for each.
 */
function occurrenceCounter(client: Database): OccurrenceCounter {
  let counter = occurrenceCounters.get(client);
  if (!counter) {
    client.exec(`
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_query USING fts5(word, tokenize = '${SEARCH_TOKENIZER}');
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_query_tokens USING fts5vocab(temp, search_query, instance);
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.position_search_occurrences USING fts5vocab(main, position_search, instance);`);
    counter = {
      clear: client.prepare('DELETE FROM temp.search_query'),
      addWord: client.prepare('INSERT INTO temp.search_query (word) VALUES (?)'),
      // One row per token of each searched word, with every occurrence of the token in the
      // index as one JSON array of occurrenceKey numbers, because handing thousands of rows
      // to JavaScript, or grouping them in SQLite, costs several times more than reading
      // them, and JSON.parse reads numbers faster than a string can be split and keyed.
      occurrences: client
        .prepare(
          `WITH word_tokens AS (SELECT DISTINCT doc AS word, term FROM temp.search_query_tokens)
           SELECT word, (SELECT json_group_array(i.doc * 2 + (i.col <> 'title')) FROM temp.position_search_occurrences i WHERE i.term = w.term)
           FROM word_tokens w`,
        ) as OccurrenceCounter['occurrences'],
    };
    occurrenceCounters.set(client, counter);
  }
  return counter;
}

/** A statement's matches in one column, as countOccurrences keys them (the occurrences statement computes the same in SQL). */
const occurrenceKey = (statementId: number, column: 'title' | 'body') => statementId * 2 + (column === 'title' ? 0 : 1);

/**
 * How many times the searched words occur in each column of every statement holding them,
 * read from the index's own list of occurrences, so that each statement's count comes
 * from that statement alone. Counting with highlight() instead marked up every matching
 * text, several times slower on a large meeting. The words go through the index's tokenizer
 * first, so "transfer" counts "transfers" as the match does. A word of several tokens (a
 * hyphenated one) counts as often as its rarest token occurs in the column: its true count,
 * save where its tokens also stand apart; that leaves the order a little short of exact,
 * and still depends on the statement alone.
 */
function countOccurrences(client: Database, words: string[]): Map<number, number> {
  const counter = occurrenceCounter(client);
  counter.clear.run();
  // A word typed twice is searched for once, as the match does.
  for (const word of new Set(words)) counter.addWord.run(word);
  const tokensOfWord = new Map<number, Map<number, number>[]>();
  // Raw at each use: the connection hands the same statement to anyone preparing its text.
  for (const [word, occurrences] of counter.occurrences.raw().all()) {
    const tokenCounts = new Map<number, number>();
    for (const key of JSON.parse(occurrences ?? '[]') as number[]) tokenCounts.set(key, (tokenCounts.get(key) ?? 0) + 1);
    tokensOfWord.set(word, [...(tokensOfWord.get(word) ?? []), tokenCounts]);
  }
  const counts = new Map<number, number>();
  for (const [first, ...others] of tokensOfWord.values()) {
    for (const [key, n] of first) {
      const wordCount = others.reduce((least, tokenCounts) => Math.min(least, tokenCounts.get(key) ?? 0), n);
      if (wordCount > 0) counts.set(key, (counts.get(key) ?? 0) + wordCount);
    }
  }
  return counts;
}

/**
 * Full-text search over the current title and text of every statement the viewer may read
 * (the same condition as every list, so a draft kept "delegation only" is never found or
 * counted by anyone else), best match first (matchScore, titles weigh more), ties in the
 * order written, optionally within one delegation or one agenda item, SEARCH_PAGE_SIZE to a
 * page. Order, count, pages and snippets depend only on statements the viewer may read.
 * `total` counts every readable match, not only the page returned. Bad input is an
 * `invalid` outcome, never an exception.
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
  // Every readable match with what its score needs. A common word matches thousands of
  // statements on a large meeting, so ranking joins only what the conditions need, and its
  // rows come as arrays (drizzle's mapping of each into an object was a tenth of the scale
  // meeting's search page); the list's other columns are read for the page shown. The
  // matches are also the count.
  const matches = db
    .select({
      id: positionStatements.id,
      titleLength: searchLengths.titleLength,
      bodyLength: searchLengths.bodyLength,
    })
    .from(positionSearch)
    .innerJoin(positionStatements, eq(positionStatements.id, positionSearch.rowid))
    .innerJoin(searchLengths, eq(searchLengths.statementId, positionStatements.id))
    .where(
      and(
        matched,
        eq(positionStatements.meetingId, meeting.id),
        readablePositions(viewer, meeting.id),
        filterCondition(meeting.id, request),
      ),
    )
    .values() as [id: number, titleLength: number, bodyLength: number][];
  const counts = countOccurrences(db.$client, searchedWords(request.words));
  const ranked = matches
    .map(([id, titleLength, bodyLength]) => {
      const titleMatches = counts.get(occurrenceKey(id, 'title')) ?? 0;
      const bodyMatches = counts.get(occurrenceKey(id, 'body')) ?? 0;
      return { id, score: matchScore({ titleMatches, titleLength, bodyMatches, bodyLength }) };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .map(({ id }) => id);
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
      return { ...toListItem(row, viewer.locale), markedTitle, markedSnippet: plainSnippet(markedSnippet) };
    }),
  };
}
