import { settings } from './env.mjs';

/**
 * How many reverse proxies stand in front of the server, each appending the address it
 * received the request from to X-Forwarded-For (`TRUSTED_PROXIES`, default 1). Without any,
 * Next.js itself writes the connection's address there when the request brought none.
 */
export function trustedProxies(): number {
  return settings().TRUSTED_PROXIES;
}

/**
 * The client's address for the sign-in limits: the X-Forwarded-For entry written by the
 * outermost of our own proxies, `proxies` places from the right. Entries further left come
 * from the client and could name any address, so a guesser rotating them would otherwise
 * never reach the per-client limit. With fewer entries than proxies, the leftmost is the
 * best there is.
 */
export function clientAddress(forwardedFor: string | undefined, proxies: number = trustedProxies()): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(entries.length - proxies, 0)] ?? 'unknown';
}
