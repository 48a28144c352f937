import { listAgenda } from '@/db/queries/agenda';
import { meetingFileName } from '@/lib/export-names';
import { renderProgrammePdf } from '@/lib/pdf/programme';
import { exportRoute, fileResponse } from '@/lib/route-guard';

export const dynamic = 'force-dynamic';

/** The published programme as PDF, times on the meeting's clock and labelled. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const items = listAgenda(viewer, meeting, { publishedOnly: true });
    const bytes = await renderProgrammePdf({ meeting, items, generatedAt: new Date() });
    return fileResponse(bytes, meetingFileName(meeting.slug, 'programme', 'pdf'), 'application/pdf');
  });
}
