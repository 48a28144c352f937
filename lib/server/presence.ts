import 'server-only';
import { publish } from '@/lib/platform/events';

/**
 * Who has a document open, by delegation (null for the secretariat): one entry per open
 * event stream, so two tabs count twice and closing one leaves the other.
 */
type DocumentPresence = {
  streams: Map<string, string | null>;
  /** The summary as sent, until the next join or leave. */
  summary: string | null;
  /** A pending announcement: joins and leaves in a burst make one. */
  announcing: ReturnType<typeof setTimeout> | null;
};

/**
 * How long joins and leaves gather before they are announced. Announcing each one to every
 * open stream made a room of 500 viewers cost 500² messages while they arrived.
 */
export const ANNOUNCE_DELAY_MS = 250;

const globalForPresence = globalThis as unknown as { vancouverPresence?: Map<number, DocumentPresence> };
const openDocuments = (globalForPresence.vancouverPresence ??= new Map());

/**
 * Everyone viewing the document as JSON: `[delegation, open streams]` pairs, the
 * secretariat as null, sorted. Its size grows with the delegations present, not the
 * streams; it is built once per change, however many streams send it.
 */
export function presenceSummary(documentId: number): string {
  const presence = openDocuments.get(documentId);
  if (!presence) return '[]';
  if (presence.summary === null) {
    const counts = new Map<string | null, number>();
    for (const delegation of presence.streams.values()) counts.set(delegation, (counts.get(delegation) ?? 0) + 1);
    const pairs = [...counts].sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''));
    presence.summary = JSON.stringify(pairs);
  }
  return presence.summary;
}

function changed(meetingId: number, documentId: number, presence: DocumentPresence) {
  presence.summary = null;
  if (presence.announcing) return;
  presence.announcing = setTimeout(() => {
    presence.announcing = null;
    publish({ meetingId, topic: 'presence', recordId: documentId, kind: 'presence' });
  }, ANNOUNCE_DELAY_MS);
}

/** Marks a stream as viewing the document; returns the function that ends it. */
export function joinDocument(meetingId: number, documentId: number, delegation: string | null): () => void {
  const streamId = crypto.randomUUID();
  const presence: DocumentPresence = openDocuments.get(documentId) ?? { streams: new Map(), summary: null, announcing: null };
  presence.streams.set(streamId, delegation);
  openDocuments.set(documentId, presence);
  changed(meetingId, documentId, presence);
  return () => {
    presence.streams.delete(streamId);
    if (presence.streams.size === 0) openDocuments.delete(documentId);
    changed(meetingId, documentId, presence);
  };
}
