import type { NextRequest } from 'next/server';
import { isSecretariat } from '@/db/access';
import type { Viewer } from '@/db/viewer';
import { assertDocumentReadable, mayStillWatchDocument } from '@/db/queries/documents';
import type { MeetingSummary } from '@/db/queries/meetings';
import { findViewer } from '@/db/queries/viewer';
import { changePayload, eventsSince, mayHear, subscribe, type MeetingEvent } from '@/lib/platform/events';
import { joinDocument, presenceSummary } from '@/lib/server/presence';
import { meetingRoute } from '@/lib/server/route-guard';
import { positiveId } from '@/lib/domain/route-params';

export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 15_000;
/**
 * How often an open stream checks that its account may still read: a stream outlives the
 * request that opened it, so disabling the account or ending its sessions must close it.
 */
const ACCOUNT_CHECK_MS = 3_000;

/**
 * The meeting's live event stream (Server-Sent Events). With `?document=ID` it carries that
 * document's changes and who is viewing it; without, every change in the meeting (for the
 * overview). Events say *that* something changed, and on a document's stream where and by
 * which delegation (lib/platform/events.ts changePayload); the page then re-reads through the data
 * layer, so no text travels here.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const documentParam = request.nextUrl.searchParams.get('document');
  const documentId = documentParam === null ? null : positiveId(documentParam);
  if (documentParam !== null && documentId === null) {
    return Response.json({ error: 'document must be a positive whole number.' }, { status: 400 });
  }
  return meetingRoute(slug, (viewer, meeting) => {
    if (documentId !== null) assertDocumentReadable(viewer, meeting, documentId);
    return eventStream(request, viewer, meeting, documentId);
  });
}

/**
 * The stream itself, once access is settled; it ends when the viewer's session does, or when
 * the document's distribution no longer reaches them.
 */
function eventStream(request: NextRequest, viewer: Viewer, meeting: MeetingSummary, documentId: number | null): Response {
  const meetingId = meeting.id;
  const delegation = viewer.delegation?.protocolName ?? null;
  const sessionGoesOn = () => findViewer(viewer.userId, viewer.sessionVersion) !== null;
  const documentStillReaches = () => documentId === null || mayStillWatchDocument(viewer, meeting, documentId);
  const listener = { secretariat: isSecretariat(viewer, meetingId), delegationId: viewer.delegation?.id ?? null };
  const relevant = (event: MeetingEvent) =>
    mayHear(event, listener) &&
    (documentId === null ? event.topic !== 'presence' : event.recordId === documentId && (event.topic === 'document' || event.topic === 'presence'));
  // Where the browser stands: the last event it saw when reconnecting, or else the last one
  // before its page was drawn (`since`), so that a change made in between is not lost.
  const from = request.headers.get('last-event-id') ?? request.nextUrl.searchParams.get('since');
  const lastSeen = from === null || !/^\d{1,15}$/.test(from) ? null : Number(from);
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const forward = (event: MeetingEvent) => {
        if (!relevant(event)) return;
        if (!sessionGoesOn()) return cleanup();
        if (event.topic === 'presence') {
          send(`event: presence\ndata: ${presenceSummary(event.recordId ?? 0)}\n\n`);
        } else {
          // Checked before the details go out: a change that narrowed the distribution must not
          // tell who did what to the text it now withholds.
          const reaches = documentStillReaches();
          const payload = reaches ? changePayload(event, { documentId, userId: viewer.userId }) : { kind: event.kind };
          send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(payload)}\n\n`);
          // Told of the change that left it out (the page re-reads and finds nothing), then ended.
          if (!reaches) cleanup();
        }
      };
      send('retry: 1000\n\n');
      // What happened since: one change event is enough, the page re-reads everything.
      const missed = lastSeen === null ? [] : eventsSince(meetingId, lastSeen).filter((e) => relevant(e) && e.topic !== 'presence');
      if (missed.length) forward(missed[missed.length - 1]);
      const unsubscribe = subscribe(meetingId, forward);
      const leave = documentId === null ? () => {} : joinDocument(meetingId, documentId, delegation);
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      const accountCheck = setInterval(() => {
        if (!sessionGoesOn() || !documentStillReaches()) cleanup();
      }, ACCOUNT_CHECK_MS);
      let done = false;
      cleanup = () => {
        if (done) return;
        done = true;
        clearInterval(heartbeat);
        clearInterval(accountCheck);
        unsubscribe();
        leave();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener('abort', () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
