import 'server-only';

/**
 * When a render is over, React aborts its cache signal with an Error, and Next aborts
 * signals of its own. V8 keeps such an Error's stack unformatted, holding the live call
 * sites, and one of them is the setImmediate entry the render was running in. Node's
 * executed immediates stay linked to their neighbours, whose requests hold errors of their
 * own: under load, while the queue of immediates never empties, each finished request kept
 * the ones before it alive, and a server started into fifty concurrent requests ran out of
 * its heap within half a minute. Reading the stack once turns it into a string and lets the
 * call sites go.
 *
 * It is done for every abort of the process, from instrumentation.ts: no component sees
 * every render (a client navigation or prefetch renders the changed segments only, not the
 * layouts above them), and the error is React's own.
 *
 * Upstream: vercel/next.js #97316 and #96279 (memory held after renders under sustained
 * load), facebook/react #37288 (the abort reason's unformatted stack). Seen with Next
 * 16.4.6, React 19.3.1 and Node 20.20. When it can go: remove the call in
 * instrumentation.ts and run `npm run bench -- server`, whose first phase loads a fresh
 * server with 50 connections for 30 s. On 2026-12-06 the server without it ran out of heap
 * 33 s in ("Ineffective mark-compacts near heap limit"); with it, it finishes and the run
 * goes on. On 2026-12-07 (statements kept) the server without it survived, but served 58–78
 * requests/s in that phase against 90 with it (bench/README.md). Once a version serves as
 * many without it, delete this module.
 */
export function formatAbortReasons(): void {
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithFormattedReason(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    abort.call(this, reason);
  };
}
