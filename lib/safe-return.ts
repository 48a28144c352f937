/**
 * Where to go after signing in: only a path on this site, never another origin (an open
 * redirect would let a phishing link borrow our sign-in page). Falls back to "/".
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return '/';
  }
  return candidate;
}
