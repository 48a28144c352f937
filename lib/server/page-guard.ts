import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { AccessDenied } from '@/db/access';
import type { Viewer } from '@/db/viewer';
import { getMeeting, type MeetingSummary } from '@/db/queries/meetings';
import { requireViewer } from './viewer';

/**
 * Runs a data-layer read for a page and turns its refusal (already logged there) into the
 * page Next shows for 404 or 403. Never renders part of a page the viewer may not see.
 */
export function allowed<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AccessDenied) {
      if (error.status === 404) notFound();
      forbidden();
    }
    throw error;
  }
}

/** The signed-in viewer and the meeting at `slug`, for a page at `path` under it. */
export async function meetingPage(
  slug: string,
  path = '',
): Promise<{ viewer: Viewer; meeting: MeetingSummary }> {
  const viewer = await requireViewer(`/meetings/${slug}${path}`);
  return { viewer, meeting: allowed(() => getMeeting(viewer, slug)) };
}
