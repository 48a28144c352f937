import type { NextRequest } from 'next/server';
import { getDocument } from '@/db/queries/documents';
import { listParticipants } from '@/db/queries/exports';
import { documentFileName } from '@/lib/export-names';
import { renderCommuniquePdf } from '@/lib/pdf/communique';
import { fileResponse, meetingRoute } from '@/lib/route-guard';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * The outcome document as PDF. Before adoption: the working draft. After: the clean text,
 * or the draft with `?version=draft`.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { slug, id } = await params;
  const documentId = Number(id);
  const version = request.nextUrl.searchParams.get('version');
  if (!Number.isSafeInteger(documentId) || documentId <= 0) {
    return Response.json({ error: 'The document id must be a positive whole number.' }, { status: 400 });
  }
  if (version !== null && version !== 'draft' && version !== 'final') {
    return Response.json({ error: 'version must be "draft" or "final".' }, { status: 400 });
  }
  return meetingRoute(slug, async (viewer, meeting) => {
    const document = getDocument(viewer, meeting, documentId);
    const variant = document.status === 'adopted' && version !== 'draft' ? 'clean' : 'draft';
    const bytes = await renderCommuniquePdf({
      meeting,
      document,
      participants: listParticipants(viewer, meeting),
      variant,
      generatedAt: new Date(),
    });
    return fileResponse(bytes, documentFileName(meeting.slug, document, variant, 'pdf'), 'application/pdf');
  });
}
