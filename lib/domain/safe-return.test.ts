import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return';

describe('the address to return to after signing in', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/meetings/vancouver-2018/agenda')).toBe('/meetings/vancouver-2018/agenda');
    expect(safeReturnPath('/meetings/x/positions?q=sanctions&page=2#results')).toBe('/meetings/x/positions?q=sanctions&page=2#results');
    expect(safeReturnPath('/meetings/x/../y')).toBe('/meetings/y');
  });

  it('falls back to the start page for anything that could leave the site or break the header', () => {
    const refused = [
      null,
      undefined,
      '',
      'https://evil.example/',
      'evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r/evil.example',
      '/\r\nSet-Cookie: x=1',
      '\t//evil.example',
      '/\u0000/evil.example',
      '/\u007f/evil.example',
      '/..//evil.example',
      '/./%2e%2e//evil.example',
      'javascript:alert(1)',
    ];
    for (const candidate of refused) expect(safeReturnPath(candidate), JSON.stringify(candidate)).toBe('/');
  });

  it('leaves percent-encoded characters encoded: they stay part of a path on this site', () => {
    // "%09" and "%2F" are not decoded by browsers when they resolve an address.
    expect(safeReturnPath('/%09/evil.example')).toBe('/%09/evil.example');
    expect(safeReturnPath('/%2F/evil.example')).toBe('/%2F/evil.example');
    expect(safeReturnPath('/%5C/evil.example')).toBe('/%5C/evil.example');
  });
});
