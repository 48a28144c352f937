/** Stands for our own origin while a return address is resolved: only its path is kept. */
const OWN_ORIGIN = 'http://this-site.invalid';

/**
 * C0 and C1 control characters. Browsers drop tabs and line breaks from an address before
 * resolving it, so `/\t/evil.example` would become `//evil.example`, another site; and a
 * line break in a Location header is refused by the server with a 500.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Where to go after signing in: only a path on this site, never another origin (an open
 * redirect would let a phishing link borrow our sign-in page). The value is resolved as a
 * browser would, and kept only when it stays on this site with a path that starts with a
 * single `/`; anything else, or any control character or backslash, falls back to "/".
 * What comes back is the resolved path, query and fragment.
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//')) return '/';
  if (CONTROL_CHARACTER.test(candidate) || candidate.includes('\\')) return '/';
  let resolved: URL;
  try {
    resolved = new URL(candidate, OWN_ORIGIN);
  } catch {
    return '/';
  }
  // "/..//evil.example" resolves to the path "//evil.example", which a Location header
  // would read as another host.
  if (resolved.origin !== OWN_ORIGIN || resolved.pathname.startsWith('//')) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
