import { afterEach, describe, expect, it, vi } from 'vitest';
import { settings } from './env.mjs';

describe('the configuration', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('gives every setting its default when unset or empty', () => {
    vi.stubEnv('HEAVY_RENDER_CONCURRENCY', '');
    vi.stubEnv('BACKUP_KEEP', '');
    expect(settings()).toMatchObject({ HEAVY_RENDER_CONCURRENCY: 2, BACKUP_KEEP: 10, TRUSTED_PROXIES: 1, SEED_DEMO: '1' });
  });

  it('reads numbers as numbers', () => {
    vi.stubEnv('HEAVY_RENDER_CONCURRENCY', '4');
    vi.stubEnv('BACKUP_KEEP', '3');
    expect(settings()).toMatchObject({ HEAVY_RENDER_CONCURRENCY: 4, BACKUP_KEEP: 3 });
  });

  it.each([
    ['HEAVY_RENDER_CONCURRENCY', 'abc'],
    ['BACKUP_KEEP', '0'],
    ['BACKUP_KEEP', '2.5'],
    ['SEED_DEMO', 'yes'],
    ['PORT', '70000'],
    ['NEXTAUTH_URL', 'localhost:3000'],
    ['NEXTAUTH_SECRET', 'short'],
    ['SMTP_URL', 'http://relay.example'],
  ])('refuses %s=%s, naming the variable, rather than quietly using a default', (name, value) => {
    vi.stubEnv(name, value);
    expect(() => settings()).toThrow(new RegExp(`Configuration:[\\s\\S]*${name}`));
  });
});
