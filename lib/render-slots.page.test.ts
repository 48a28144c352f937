import { afterEach, describe, expect, it, vi } from 'vitest';

// `after` needs a request; here it only records what the page asked to run once the response is sent.
const finished: Array<() => void> = [];
vi.mock('next/server', () => ({ after: (task: () => void) => finished.push(task) }));

const { heavyRenders, holdHeavyRenderSlot } = await import('./render-slots');

/** A third request, after two pages took both slots: `started` turns true once it has one. */
function thirdRequest() {
  const state = { started: false, release: () => {} };
  void heavyRenders.acquire().then((release) => {
    state.started = true;
    state.release = release;
  });
  return state;
}

afterEach(() => {
  for (const task of finished.splice(0)) task();
  vi.useRealTimers();
});

describe('a page’s render slot', () => {
  it('is kept until Next reports the response sent', async () => {
    await holdHeavyRenderSlot();
    await holdHeavyRenderSlot();
    const third = thirdRequest();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third.started).toBe(false);
    finished.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(third.started).toBe(true);
    third.release();
  });

  it('is freed after 10 s if Next never reports it, and the log says so', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await holdHeavyRenderSlot();
    await holdHeavyRenderSlot();
    finished.splice(0); // never reported
    const third = thirdRequest();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(third.started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(third.started).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('render_slot_overdue'));
    third.release();
    await vi.advanceTimersByTimeAsync(20_000);
    warn.mockRestore();
  });
});
