import 'server-only';
import { announce, settleDocumentSilence } from '../drafting-steps';
import { and, eq, lte, sql } from 'drizzle-orm';
import { getDb, writeTransaction } from '../client';
import { preparedQuery } from '../prepared';
import { outcomeDocuments } from '../schema';

// Run by every timer that fires, so compiled once; a null document id means all of them.
const silencesDue = preparedQuery((db) =>
  db
    .select({ id: outcomeDocuments.id, meetingId: outcomeDocuments.meetingId })
    .from(outcomeDocuments)
    .where(
      and(
        eq(outcomeDocuments.status, 'silence'),
        // The deadline column holds milliseconds (timestamp_ms); a placeholder is bound as given.
        lte(outcomeDocuments.silenceDeadline, sql.placeholder('now')),
        sql`(${sql.placeholder('documentId')} is null or ${outcomeDocuments.id} = ${sql.placeholder('documentId')})`,
      ),
    )
    .prepare(),
);

/**
 * Adopts every document whose silence ran out (`documentId` limits it to one), and
 * announces each. The one place an unbroken silence becomes a recorded adoption: called by
 * the timers and at start-up, never by a read (reads show the text as adopted already:
 * db/queries/readable-documents.ts `statusAt`).
 */
export function settleSilences(documentId?: number, now = new Date()): void {
  const due = silencesDue().all({ documentId: documentId ?? null, now: now.getTime() });
  for (const document of due) {
    if (writeTransaction((tx) => settleDocumentSilence(tx, document.id, now))) announce(document, 'adopted');
  }
}

const timers = (globalThis as unknown as { vancouverSilenceTimers?: Map<number, NodeJS.Timeout> });
const silenceTimers = (timers.vancouverSilenceTimers ??= new Map());

/** Adopts the document when its deadline arrives, so open pages see it without a reload. */
export function scheduleSilenceEnd(documentId: number, deadline: Date): void {
  clearTimeout(silenceTimers.get(documentId));
  // setTimeout holds at most ~24.8 days; a later deadline wakes the timer early to re-arm it.
  const delay = Math.min(Math.max(deadline.getTime() - Date.now(), 0) + 50, 2 ** 31 - 1);
  const timer = setTimeout(() => {
    silenceTimers.delete(documentId);
    if (deadline.getTime() > Date.now()) scheduleSilenceEnd(documentId, deadline);
    else settleSilences(documentId);
  }, delay);
  timer.unref();
  silenceTimers.set(documentId, timer);
}

/** Disarms the document's timer: its silence ended short of the deadline. */
export function cancelSilenceEnd(documentId: number): void {
  clearTimeout(silenceTimers.get(documentId));
  silenceTimers.delete(documentId);
}

/** At start-up: settle what ran out while the server was down, and arm timers for the rest. */
export function resumeSilences(): void {
  settleSilences();
  const pending = getDb()
    .select({ id: outcomeDocuments.id, deadline: outcomeDocuments.silenceDeadline })
    .from(outcomeDocuments)
    .where(eq(outcomeDocuments.status, 'silence'))
    .all();
  for (const document of pending) if (document.deadline) scheduleSilenceEnd(document.id, document.deadline);
}
