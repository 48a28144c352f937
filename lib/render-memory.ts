import 'server-only';
import { cacheSignal } from 'react';

/**
 * When a page's render is over, React aborts its cache signal with an Error. V8 keeps that
 * Error's stack unformatted, holding the live call sites, and one of them is the
 * setImmediate entry the render was running in. Node's executed immediates stay linked to
 * their neighbours, whose requests hold errors of their own: under load, while the queue of
 * immediates never empties, each finished request kept the ones before it alive. A server
 * started into fifty concurrent requests ran out of its heap within half a minute. Reading
 * the stack once turns it into a string and lets the call sites go.
 */
export function releaseRenderWhenDone(): void {
  const signal = cacheSignal();
  signal?.addEventListener('abort', () => void (signal.reason as Error | undefined)?.stack, { once: true });
}
