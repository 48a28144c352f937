import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FIXED_SECURITY_HEADERS, newNonce, servedOverHttps, strictTransportSecurity } from './security-headers.mjs';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('security headers', () => {
  it('lets scripts run only with the nonce, never eval, and refuses framing', () => {
    const policy = directives(contentSecurityPolicy('abc123', { https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('allows eval and inline styles under next dev only', () => {
    const policy = directives(contentSecurityPolicy('n', { https: false, development: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
  });

  it('upgrades requests and sends HSTS only when the site is served over https', () => {
    expect(servedOverHttps('https://meeting.example.org')).toBe(true);
    expect(servedOverHttps('http://localhost:3000')).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
    expect(directives(contentSecurityPolicy('n', { https: true })).has('upgrade-insecure-requests')).toBe(true);
    expect(strictTransportSecurity(true)).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(strictTransportSecurity(false)).toBeNull();
  });

  it('makes a new unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });

  it('sends nosniff and a same-origin referrer policy with every response', () => {
    const fixed = Object.fromEntries(FIXED_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(fixed['X-Content-Type-Options']).toBe('nosniff');
    expect(fixed['Referrer-Policy']).toBe('same-origin');
    expect(fixed['X-Frame-Options']).toBe('DENY');
  });
});
