import 'server-only';

/**
 * In-process publish/subscribe for live pages. Mutations publish after their transaction
 * commits; the event-stream route handler subscribes per meeting and forwards to browsers.
 * One process serves the app (SQLite, one writer), so memory is the right place for it.
 */
export type MeetingEvent = {
  /** Increasing within this process; browsers send the last one they saw to catch up. */
  id: number;
  meetingId: number;
  /** What changed, e.g. "document", "agenda", "position". */
  topic: string;
  /** The record that changed, e.g. a document id. */
  recordId: number | null;
  /** What happened to it, e.g. "amendment_proposed". */
  kind: string;
  /** Document events: the paragraph and amendment concerned, and who acted. */
  detail?: ChangeDetail;
  /**
   * The delegations (ids) that may hear of it, besides the meeting's secretariat; absent: the
   * whole meeting. A bilateral's change reaches its parties alone: even *that* it changed tells
   * a third delegation who is meeting.
   */
  audience?: readonly number[];
  at: number;
};

/** Whether a listener (the secretariat, or a delegation by id, or neither) may hear of `event` at all. */
export function mayHear(event: MeetingEvent, listener: { secretariat: boolean; delegationId: number | null }): boolean {
  if (!event.audience || listener.secretariat) return true;
  return listener.delegationId !== null && event.audience.includes(listener.delegationId);
}

/** Who made a change to a document, and where in its text. */
export type ChangeDetail = {
  paragraphId: number | null;
  amendmentId: number | null;
  actor: { userId: number; /** Protocol name; null for the secretariat. */ delegation: string | null };
};

/**
 * What one viewer's stream says of a change. A meeting-wide stream only says *that*
 * something changed: its viewers may not read every document, and even a paragraph id or
 * a delegation's name tells of a restricted text's negotiation. The stream of a document
 * its viewer reads says where and by whom (`mine`: the viewer's own change), never the
 * actor's account.
 */
export type ChangePayload = {
  kind: string;
  paragraphId?: number | null;
  amendmentId?: number | null;
  by?: string | null;
  mine?: boolean;
};

export function changePayload(event: MeetingEvent, stream: { documentId: number | null; userId: number }): ChangePayload {
  const detail = event.detail;
  if (stream.documentId === null || event.recordId !== stream.documentId || !detail) return { kind: event.kind };
  return {
    kind: event.kind,
    paragraphId: detail.paragraphId,
    amendmentId: detail.amendmentId,
    by: detail.actor.delegation,
    mine: detail.actor.userId === stream.userId,
  };
}

type Listener = (event: MeetingEvent) => void;

const RECENT_LIMIT = 1000;

type Bus = { nextId: number; recent: MeetingEvent[]; listeners: Map<number, Set<Listener>> };
const globalForBus = globalThis as unknown as { vancouverEvents?: Bus };
const bus: Bus = (globalForBus.vancouverEvents ??= { nextId: 1, recent: [], listeners: new Map() });

/** Announces a change to everyone watching the meeting. Never throws into the caller. */
export function publish(event: Omit<MeetingEvent, 'id' | 'at'>): MeetingEvent {
  const full: MeetingEvent = { ...event, id: bus.nextId++, at: Date.now() };
  bus.recent.push(full);
  if (bus.recent.length > RECENT_LIMIT) bus.recent.splice(0, bus.recent.length - RECENT_LIMIT);
  for (const listener of bus.listeners.get(event.meetingId) ?? []) {
    try {
      listener(full);
    } catch (error) {
      console.error(JSON.stringify({ event: 'listener_failed', message: String(error) }));
    }
  }
  return full;
}

/** Calls `listener` for every event of the meeting from now on. Returns the unsubscribe. */
export function subscribe(meetingId: number, listener: Listener): () => void {
  const set = bus.listeners.get(meetingId) ?? new Set<Listener>();
  set.add(listener);
  bus.listeners.set(meetingId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) bus.listeners.delete(meetingId);
  };
}

/** The id of the latest event so far: a page drawn now reflects everything up to it. */
export function lastEventId(): number {
  return bus.nextId - 1;
}

/** The meeting's events after `lastId` still held in memory, oldest first (for catching up). */
export function eventsSince(meetingId: number, lastId: number): MeetingEvent[] {
  return bus.recent.filter((e) => e.meetingId === meetingId && e.id > lastId);
}
