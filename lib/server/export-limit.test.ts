import { describe, expect, it, vi } from 'vitest';
import { ExportLimiter, exportsPerMinute } from './export-limit';

describe('export limiter', () => {
  it('allows the limit within a minute, then says when the oldest export leaves the window', () => {
    const limiter = new ExportLimiter(() => 3);
    const start = 1_000_000;
    expect(limiter.take(7, start)).toEqual({ allowed: true });
    expect(limiter.take(7, start + 10_000)).toEqual({ allowed: true });
    expect(limiter.take(7, start + 20_000)).toEqual({ allowed: true });
    expect(limiter.take(7, start + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    // Refusals are not counted: once the first export is a minute old, one more is allowed.
    expect(limiter.take(7, start + 60_001)).toEqual({ allowed: true });
    expect(limiter.take(7, start + 60_002)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('counts each account on its own', () => {
    const limiter = new ExportLimiter(() => 1);
    expect(limiter.take(1, 0)).toEqual({ allowed: true });
    expect(limiter.take(1, 1)).toMatchObject({ allowed: false });
    expect(limiter.take(2, 1)).toEqual({ allowed: true });
  });
});

describe('exports per minute', () => {
  it('is 30 unless EXPORT_LIMIT_PER_MINUTE sets a whole number of at least one; anything else is refused', () => {
    vi.stubEnv('EXPORT_LIMIT_PER_MINUTE', '');
    expect(exportsPerMinute()).toBe(30);
    vi.stubEnv('EXPORT_LIMIT_PER_MINUTE', '500');
    expect(exportsPerMinute()).toBe(500);
    for (const bad of ['0', '-3', '2.5', 'lots']) {
      vi.stubEnv('EXPORT_LIMIT_PER_MINUTE', bad);
      expect(() => exportsPerMinute()).toThrow(/EXPORT_LIMIT_PER_MINUTE/);
    }
    vi.unstubAllEnvs();
  });
});
