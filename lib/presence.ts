import 'server-only';
import { publish } from './events';

/**
 * Who has a document open, by delegation (null for the secretariat): one entry per open
 * event stream, so two tabs count twice and closing one leaves the other.
 */
const globalForPresence = globalThis as unknown as { vancouverPresence?: Map<number, Map<string, string | null>> };
const openDocuments = (globalForPresence.vancouverPresence ??= new Map());

/** Everyone viewing the document, one entry per open stream. */
export function viewersOf(documentId: number): (string | null)[] {
  return [...(openDocuments.get(documentId)?.values() ?? [])];
}

function announce(meetingId: number, documentId: number) {
  publish({ meetingId, topic: 'presence', recordId: documentId, kind: 'presence' });
}

/** Marks a stream as viewing the document; returns the function that ends it. */
export function joinDocument(meetingId: number, documentId: number, delegation: string | null): () => void {
  const streamId = crypto.randomUUID();
  const viewers = openDocuments.get(documentId) ?? new Map<string, string | null>();
  viewers.set(streamId, delegation);
  openDocuments.set(documentId, viewers);
  announce(meetingId, documentId);
  return () => {
    viewers.delete(streamId);
    if (viewers.size === 0) openDocuments.delete(documentId);
    announce(meetingId, documentId);
  };
}
