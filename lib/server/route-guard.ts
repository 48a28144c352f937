import 'server-only';
import { AccessDenied } from '@/db/access';
import type { Viewer } from '@/db/viewer';
import { getMeeting, type MeetingSummary } from '@/db/queries/meetings';
import { exportRefusal } from './export-limit';
import { getViewer } from './viewer';

/**
 * Runs a route handler for the meeting at `slug` with the signed-in viewer. Signed out:
 * 401; a refusal from the data layer (already logged there): its 404 or 403. Errors are
 * JSON codes (`signed_out`, `not_found`, `forbidden`), never a stack trace.
 */
export async function meetingRoute(
  slug: string,
  handle: (viewer: Viewer, meeting: MeetingSummary) => Promise<Response> | Response,
): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'signed_out' }, { status: 401 });
  try {
    return await handle(viewer, getMeeting(viewer, slug));
  } catch (error) {
    if (error instanceof AccessDenied) {
      return Response.json({ error: error.status === 404 ? 'not_found' : 'forbidden' }, { status: error.status });
    }
    throw error;
  }
}

/**
 * `meetingRoute` for a file export: each account's exports are limited per minute
 * (lib/server/export-limit.ts); beyond it, 429 with `Retry-After` before any work is done.
 */
export async function exportRoute(
  slug: string,
  handle: (viewer: Viewer, meeting: MeetingSummary) => Promise<Response> | Response,
): Promise<Response> {
  return meetingRoute(slug, (viewer, meeting) => exportRefusal(viewer.userId) ?? handle(viewer, meeting));
}

/** A file to download under `filename` (ASCII fallback plus the exact UTF-8 name). */
export function fileResponse(body: Buffer | string, filename: string, contentType: string): Response {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
