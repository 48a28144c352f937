import { afterEach, describe, expect, it, vi } from 'vitest';

// `after` needs a request; here it only records what the page asked to run once the response is sent.
const finished: Array<() => void> = [];
vi.mock('next/server', () => ({ after: (task: () => void) => finished.push(task) }));
// The request headers the page sees: what the proxy set on the request being rendered.
let requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));

const { heavyRenders, holdHeavyRenderSlot, claimReservedRenderSlot, reserveRenderSlot, RESERVED_SLOT_HEADER } = await import(
  './render-slots'
);

/** A third request, after two pages took both slots: `started` turns true once it has one. */
function thirdRequest() {
  const state = { started: false, release: () => {} };
  void heavyRenders.acquire().then((release) => {
    state.started = true;
    state.release = release;
  });
  return state;
}

/** The page of a request the proxy reserved a slot for; `client` aborts when its client goes away. */
async function reservedRequest(client = new AbortController()) {
  requestHeaders = new Headers({ [RESERVED_SLOT_HEADER]: (await reserveRenderSlot(client.signal))! });
}

/**
 * Takes both slots in a way that never gives them back, then checks that a third request
 * gets one at 10 s and not before, and that the log says why.
 */
async function expectBothFreedAfterTenSeconds(takeBoth: () => Promise<void>) {
  vi.useFakeTimers();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await takeBoth();
  const third = thirdRequest();
  await vi.advanceTimersByTimeAsync(9_999);
  expect(third.started).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(third.started).toBe(true);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('render_slot_overdue'));
  third.release();
  await vi.advanceTimersByTimeAsync(20_000);
  warn.mockRestore();
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** With both slots taken, a third request waits until Next reports the first response sent. */
async function expectThirdToWaitForFirstResponse() {
  const third = thirdRequest();
  await tick();
  expect(third.started).toBe(false);
  finished.shift()!();
  await tick();
  expect(third.started).toBe(true);
  third.release();
}

afterEach(() => {
  for (const task of finished.splice(0)) task();
  requestHeaders = new Headers();
  vi.useRealTimers();
});

describe('a page’s render slot', () => {
  it('is kept until Next reports the response sent', async () => {
    await holdHeavyRenderSlot();
    await holdHeavyRenderSlot();
    await expectThirdToWaitForFirstResponse();
  });

  it('is freed after 10 s if Next never reports it, and the log says so', async () => {
    await expectBothFreedAfterTenSeconds(async () => {
      await holdHeavyRenderSlot();
      await holdHeavyRenderSlot();
      finished.splice(0); // never reported
    });
  });
});

describe('a slot the proxy reserved', () => {
  it('is the page’s: the page takes no second one, and keeps it until the response is sent', async () => {
    await reservedRequest();
    await holdHeavyRenderSlot();
    expect(finished).toHaveLength(1);
    // One slot is still free, so the page did not take a second.
    const second = thirdRequest();
    await tick();
    expect(second.started).toBe(true);
    await expectThirdToWaitForFirstResponse();
    second.release();
  });

  it('is released once when both the layout and the page claim it', async () => {
    await reservedRequest();
    expect(await claimReservedRenderSlot()).toBe(true);
    await holdHeavyRenderSlot();
    expect(finished).toHaveLength(1);
  });

  it('is freed when the layout refused the request and the page never rendered', async () => {
    await reservedRequest();
    await claimReservedRenderSlot(); // the layout, which then calls notFound()
    await reservedRequest();
    await expectThirdToWaitForFirstResponse(); // the first response is the 404
    await holdHeavyRenderSlot(); // the second request's page
  });

  it('is freed after 10 s if nothing claims it, and the log says so', async () => {
    await expectBothFreedAfterTenSeconds(async () => {
      await reserveRenderSlot(new AbortController().signal);
      await reserveRenderSlot(new AbortController().signal);
    });
  });

  it('is given back at once when the client goes away before the page claims it', async () => {
    const gone = new AbortController();
    await reservedRequest(gone);
    await reservedRequest();
    const third = thirdRequest();
    await tick();
    expect(third.started).toBe(false);
    gone.abort();
    await tick();
    expect(third.started).toBe(true);
    third.release();
    await holdHeavyRenderSlot(); // the second request's page
  });

  it('stays the page’s when the client goes away after the page claimed it, until Next is done', async () => {
    const gone = new AbortController();
    await reservedRequest(gone);
    await holdHeavyRenderSlot();
    await reservedRequest();
    gone.abort();
    await expectThirdToWaitForFirstResponse();
    await holdHeavyRenderSlot(); // the second request's page
  });

  it('is not taken by a client that went away while it waited in line', async () => {
    await holdHeavyRenderSlot();
    await holdHeavyRenderSlot();
    const gone = new AbortController();
    const waiting = reserveRenderSlot(gone.signal);
    gone.abort();
    expect(await waiting).toBeNull();
    // The first page's slot goes to the next in line, not to the one that left.
    await expectThirdToWaitForFirstResponse();
  });

  it('cannot be claimed with a token the proxy did not give out', async () => {
    requestHeaders = new Headers({ [RESERVED_SLOT_HEADER]: 'made-up' });
    expect(await claimReservedRenderSlot()).toBe(true);
    expect(finished).toHaveLength(0);
  });
});
