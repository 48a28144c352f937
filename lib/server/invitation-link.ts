import 'server-only';
import { headers } from 'next/headers';
import { settings } from '@/lib/platform/env.mjs';

/**
 * The address of an invitation, to copy into a message to the invitee (there is no mail
 * server). Built on NEXTAUTH_URL, the site's public address, when set; otherwise on the
 * address this request came to.
 */
export async function invitationLink(token: string): Promise<string> {
  let origin = settings().NEXTAUTH_URL;
  if (!origin) {
    const incoming = await headers();
    const host = incoming.get('host') ?? 'localhost';
    origin = `${incoming.get('x-forwarded-proto') ?? 'http'}://${host}`;
  }
  return new URL(`/invitations/${encodeURIComponent(token)}`, origin).toString();
}
