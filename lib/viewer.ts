import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { Viewer } from '@/db/access';
import { findViewer } from '@/db/queries/viewer';
import { authOptions } from './auth';

/** The signed-in viewer of this request (checked against the database), or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.userId) return null;
  return findViewer(session.userId, session.sessionVersion);
});

/** The viewer, or a redirect to sign-in that comes back to `returnTo`. For pages. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
