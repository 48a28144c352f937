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
 */
export function formatAbortReasons(): void {
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithFormattedReason(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    abort.call(this, reason);
  };
}
