import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatAbortReasons } from './render-memory';

const originalAbort = AbortController.prototype.abort;
const originalPrepare = Error.prepareStackTrace;
formatAbortReasons();
afterEach(() => {
  Error.prepareStackTrace = originalPrepare;
});
afterAll(() => {
  AbortController.prototype.abort = originalAbort;
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

describe('an abort', () => {
  it('has the stack of its reason formatted, so the call sites are let go', () => {
    const render = new AbortController();
    const formatted = recordFormatting();
    const completed = new Error('This render completed successfully.');
    expect(formatted).toEqual([]);
    render.abort(completed);
    expect(formatted).toEqual([completed]);
  });

  it('still aborts the signal with that reason, and its listeners hear it', () => {
    const render = new AbortController();
    const heard: unknown[] = [];
    render.signal.addEventListener('abort', () => heard.push(render.signal.reason));
    const completed = new Error('done');
    render.abort(completed);
    expect(render.signal.aborted).toBe(true);
    expect(heard).toEqual([completed]);
  });

  it('without a reason, or with one that is not an error, is as before', () => {
    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
    const withText = new AbortController();
    withText.abort('gone');
    expect(withText.signal.reason).toBe('gone');
  });
});
