/** An account's visits to a document's page as stored (db/schema.ts `documentVisits`). */
export type StoredVisit = { seenBefore: Date | null; seenLast: Date };

/**
 * What a new load of the page stores (null: nothing), and the moment its "changed since my
 * last visit" counts from (null on a first visit: nothing to compare with). The pair rolls
 * only when something changed after the latest stored load: reloading, switching filters or
 * following the outline then go on showing the changes this visit brought instead of erasing
 * them as soon as they were shown once. A load that finds nothing new stores nothing: with
 * nothing changed after `seenLast`, leaving it there counts the same changes as moving it,
 * and moving it cost a write (a synced commit) on every load of the busiest page there is.
 */
export function nextVisit(stored: StoredVisit | undefined, now: Date, latestChange: Date | null): { store: StoredVisit | null; since: Date | null } {
  if (!stored) return { store: { seenBefore: null, seenLast: now }, since: null };
  if (latestChange !== null && latestChange > stored.seenLast) {
    return { store: { seenBefore: stored.seenLast, seenLast: now }, since: stored.seenLast };
  }
  // Nothing new since the last stored load: the same visit goes on.
  return { store: null, since: stored.seenBefore ?? stored.seenLast };
}
