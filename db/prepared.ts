import 'server-only';
import { sql, type Column, type SQL } from 'drizzle-orm';
import { getDb, type Db } from './client';

/**
 * A read built by drizzle and compiled by SQLite once per connection, then run with new
 * values bound to its `sql.placeholder`s. For the reads of every page: building the SQL
 * text and compiling it cost about twice as much as running it.
 */
export function preparedQuery<Query>(build: (db: Db) => Query): () => Query {
  const compiled = new WeakMap<Db, Query>();
  return () => {
    const db = getDb();
    let query = compiled.get(db);
    if (query === undefined) {
      query = build(db);
      compiled.set(db, query);
    }
    return query;
  };
}

/**
 * `column IN (…)` over a list bound as one JSON array (`idList`), so that one compiled
 * statement serves a list of any length, beyond SQLite's limit on bound values too.
 */
export function inIdList(column: Column, placeholder: string): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(placeholder)}))`;
}

/** The value for an `inIdList` placeholder. */
export const idList = (ids: readonly number[]): string => JSON.stringify(ids);
