import { listParticipants } from '@/db/queries/delegations';
import { meetingFileName } from '@/lib/export-names';
import { renderParticipantsPdf } from '@/lib/pdf/participants';
import { exportRoute, fileResponse } from '@/lib/route-guard';

export const dynamic = 'force-dynamic';

/** The list of participants as PDF; contact details only where the viewer may read them. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const bytes = await renderParticipantsPdf({ meeting, list: listParticipants(viewer, meeting), generatedAt: new Date() });
    return fileResponse(bytes, meetingFileName(meeting.slug, 'participants', 'pdf'), 'application/pdf');
  });
}
