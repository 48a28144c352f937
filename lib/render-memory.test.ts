import { afterEach, describe, expect, it, vi } from 'vitest';

// The signal React would hand the render being drawn; null outside a render.
let renderSignal: AbortSignal | null = null;
vi.mock('react', () => ({ cacheSignal: () => renderSignal }));

const { releaseRenderWhenDone } = await import('./render-memory');

const originalPrepare = Error.prepareStackTrace;
afterEach(() => {
  Error.prepareStackTrace = originalPrepare;
  renderSignal = null;
});

/** Records which errors V8 formats a stack for: it asks `Error.prepareStackTrace` when it does. */
function recordFormatting() {
  const formatted: unknown[] = [];
  Error.prepareStackTrace = (error, callSites) => {
    formatted.push(error);
    return `${String(error)} (${callSites.length} call sites)`;
  };
  return formatted;
}

describe('a finished render', () => {
  it('has the stack of the error React ends it with formatted, so its call sites are let go', () => {
    const render = new AbortController();
    renderSignal = render.signal;
    releaseRenderWhenDone();
    const formatted = recordFormatting();
    const completed = new Error('This render completed successfully.');
    expect(formatted).toEqual([]);
    render.abort(completed);
    expect(formatted).toEqual([completed]);
  });

  it('formats nothing before the render ends', () => {
    const render = new AbortController();
    renderSignal = render.signal;
    const formatted = recordFormatting();
    releaseRenderWhenDone();
    expect(formatted).toEqual([]);
  });

  it('is nothing to do outside a render', () => {
    expect(() => releaseRenderWhenDone()).not.toThrow();
  });
});
