import 'server-only';
import { settings } from '@/lib/platform/env.mjs';

/**
 * The absolute address of a page, for mail, which is written outside any request: built on
 * NEXTAUTH_URL, the site's public address (`npm start` sets it to the local one when unset).
 */
export function siteLink(path: string): string {
  const { NEXTAUTH_URL, PORT } = settings();
  return new URL(path, NEXTAUTH_URL ?? `http://localhost:${PORT}`).toString();
}
