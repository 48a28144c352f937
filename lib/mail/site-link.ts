import 'server-only';

/**
 * The absolute address of a page, for mail, which is written outside any request: built on
 * NEXTAUTH_URL, the site's public address (`npm start` sets it to the local one when unset).
 */
export function siteLink(path: string): string {
  return new URL(path, process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).toString();
}
