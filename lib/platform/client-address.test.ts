import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress, trustedProxies } from './client-address';

describe('client address', () => {
  it('is the address our proxy appended, whatever the client put before it', () => {
    expect(clientAddress('203.0.113.30', 1)).toBe('203.0.113.30');
    expect(clientAddress('10.9.8.7, 203.0.113.30', 1)).toBe('203.0.113.30');
    expect(clientAddress('forged-1,forged-2 , 203.0.113.30', 1)).toBe('203.0.113.30');
  });

  it('counts from the right past each trusted proxy', () => {
    // A balancer in front of the reverse proxy: the balancer's own address comes last.
    expect(clientAddress('10.9.8.7, 203.0.113.30, 192.168.0.2', 2)).toBe('203.0.113.30');
    expect(clientAddress('203.0.113.30', 2)).toBe('203.0.113.30');
  });

  it('is "unknown" without a usable header', () => {
    expect(clientAddress(undefined, 1)).toBe('unknown');
    expect(clientAddress(' , ', 1)).toBe('unknown');
  });
});

describe('trusted proxies', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is 1 unless TRUSTED_PROXIES sets a whole number of at least one; 0 is refused', () => {
    vi.stubEnv('TRUSTED_PROXIES', '');
    expect(trustedProxies()).toBe(1);
    vi.stubEnv('TRUSTED_PROXIES', '0');
    expect(() => trustedProxies()).toThrow(/TRUSTED_PROXIES/);
    vi.stubEnv('TRUSTED_PROXIES', '2');
    expect(trustedProxies()).toBe(2);
  });
});
