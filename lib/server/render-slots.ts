import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { after } from 'next/server';
import { cache } from 'react';
import { settings } from '@/lib/platform/env.mjs';

/**
 * The heaviest things the server draws — a whole document page, a PDF or DOCX export — cost
 * tens to hundreds of milliseconds of CPU and tens of megabytes each while they render. Fifty
 * at once finish no sooner on two cores than fifty in turn, but hold fifty times the memory:
 * under load that grew the server past 800 MB, and past any heap limit set below that. So at
 * most this many render at once and the rest wait their turn, first come, first served:
 * `HEAVY_RENDER_CONCURRENCY`, otherwise 2 (one per core here).
 */
export function heavyRenderConcurrency(): number {
  return settings().HEAVY_RENDER_CONCURRENCY;
}

/** Releases a slot; calling it again does nothing. */
export type ReleaseSlot = () => void;

export class RenderSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: () => number = heavyRenderConcurrency) {}

  /** Resolves once a slot is free, with the function that frees it again. */
  async acquire(): Promise<ReleaseSlot> {
    await this.turn();
    return this.releaser();
  }

  /**
   * As `acquire`, but a request whose client has gone (`signal` aborted) leaves the line
   * and resolves null: it would only hold a slot that nobody is waiting to see.
   */
  async acquireUnlessAborted(signal: AbortSignal): Promise<ReleaseSlot | null> {
    return (await this.turn(signal)) ? this.releaser() : null;
  }

  /** Waits for a free slot and takes it; false, holding none, if `signal` aborts first. */
  private async turn(signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return false;
    if (this.running < this.limit()) {
      this.running += 1;
      return true;
    }
    // A released slot passes straight to the next in line, so `running` stays as it is.
    return new Promise<boolean>((resolve) => {
      const serve = () => {
        signal?.removeEventListener('abort', leave);
        resolve(true);
      };
      const leave = () => {
        this.waiting.splice(this.waiting.indexOf(serve), 1);
        resolve(false);
      };
      this.waiting.push(serve);
      signal?.addEventListener('abort', leave, { once: true });
    });
  }

  private releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  /** Runs `work` in a slot. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

// One queue for the whole server: Next may load this module once per route bundle.
const globalForSlots = globalThis as unknown as { vancouverRenderSlots?: RenderSlots };
export const heavyRenders = (globalForSlots.vancouverRenderSlots ??= new RenderSlots());

/**
 * How long a page may keep its slot when Next has not reported its response finished: a
 * render takes a second at most, but a large page to a slow client streams for longer,
 * and a slot that is never given back would stop every document page for good.
 */
const PAGE_SLOT_LIMIT_MS = 10_000;

/**
 * The request header by which proxy.ts hands the page the slot it waited for. The proxy
 * sets it on the requests it reserved for and removes it from all others, so a client
 * cannot send one of its own.
 */
export const RESERVED_SLOT_HEADER = 'x-vancouver-render-slot';

/** Slots the proxy has taken for requests whose page has not yet claimed them, by token. */
const globalForReservations = globalThis as unknown as { vancouverSlotReservations?: Map<string, ReleaseSlot> };
const reservations = (globalForReservations.vancouverSlotReservations ??= new Map<string, ReleaseSlot>());

/** `release`, called anyway, and the log told, if nobody has after PAGE_SLOT_LIMIT_MS. */
function atMostTenSeconds(release: ReleaseSlot, onOverdue: () => void = () => {}): ReleaseSlot {
  const overdue = setTimeout(() => {
    console.warn(JSON.stringify({ event: 'render_slot_overdue', afterMs: PAGE_SLOT_LIMIT_MS }));
    onOverdue();
    release();
  }, PAGE_SLOT_LIMIT_MS);
  return () => {
    clearTimeout(overdue);
    release();
  };
}

/**
 * For proxy.ts: waits for a slot before Next starts on a document page, and returns the
 * token to pass in RESERVED_SLOT_HEADER, or null when the client went away first.
 * Queued there, a request holds next to nothing. Queued in the page, fifty waiting
 * requests each held their session, layouts and half-built response for the second or
 * so they waited; that outlived the young generation, and collecting it cost more than a
 * fifth of the page's CPU under load.
 *
 * A client that goes away before its page has claimed the slot gives it back at once:
 * Next does not go on to the page for a connection closed while the proxy waited, so
 * every abandoned request (a closed tab, a client's timeout) kept a slot for the full ten
 * seconds, and fifty of them stopped document pages for minutes.
 */
export async function reserveRenderSlot(signal: AbortSignal): Promise<string | null> {
  const slot = await heavyRenders.acquireUnlessAborted(signal);
  if (!slot || signal.aborted) {
    slot?.();
    return null;
  }
  const token = randomUUID();
  const release = atMostTenSeconds(slot, () => reservations.delete(token));
  reservations.set(token, release);
  // Once claimed, the slot is the page's until Next has sent (or abandoned) the response.
  signal.addEventListener('abort', () => reservations.delete(token) && release(), { once: true });
  return token;
}

/**
 * The token of this request's reservation, read once per request: the layout reads it
 * first, and a page still rendering after its client has gone may no longer read the
 * headers (Next logs an error for it).
 */
const reservedSlotToken = cache(async () => (await headers()).get(RESERVED_SLOT_HEADER));

/**
 * Keeps the slot the proxy reserved for this request until Next has finished sending the
 * response. Returns false when the proxy reserved none. The meeting layout claims it as
 * well as the page: a layout that refuses the request (an unknown meeting) stops the page
 * from rendering, and the slot would stay taken until its time ran out.
 */
export async function claimReservedRenderSlot(): Promise<boolean> {
  const token = await reservedSlotToken();
  if (token === null) return false;
  const release = reservations.get(token);
  if (release) {
    reservations.delete(token);
    after(release);
  }
  return true;
}

/**
 * For a page: keeps a slot until Next has finished sending the response (rendering goes on
 * after the page function returns): the one the proxy reserved, or else one it waits for
 * here (a server action's re-render, which the proxy does not reserve for). `after` runs
 * even when the render fails or the page calls notFound(); past PAGE_SLOT_LIMIT_MS the
 * slot is freed anyway, and the log says so.
 */
export async function holdHeavyRenderSlot(): Promise<void> {
  if (await claimReservedRenderSlot()) return;
  after(atMostTenSeconds(await heavyRenders.acquire()));
}
