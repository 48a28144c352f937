import 'server-only';
import type { NextRequest } from 'next/server';
import { getDocument } from '@/db/queries/documents';
import { listParticipants } from '@/db/queries/delegations';
import { BracketInCleanText, participantsAnnex } from './communique-text';
import { renderCommuniqueDocx } from './docx/communique';
import { documentFileName } from './export-names';
import { renderCommuniquePdf, type CommuniqueInput } from './pdf/communique';
import { heavyRenders } from './render-slots';
import { exportRoute, fileResponse } from './route-guard';
import { positiveId } from '@/lib/route-params';

const FORMATS = {
  pdf: { render: renderCommuniquePdf, type: 'application/pdf' },
  docx: { render: renderCommuniqueDocx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} satisfies Record<string, { render: (input: CommuniqueInput) => Promise<Buffer>; type: string }>;

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * The route handler behind `…/documents/[id]/pdf` and `…/docx`. Before adoption it gives
 * the working draft; after, the clean text, or the draft with `?version=draft`. Bad
 * parameters: 400; what the viewer may not read: 404 (through the data layer); a clean
 * text that would print a bracket: 409.
 */
export async function documentExport(request: NextRequest, { params }: Context, format: keyof typeof FORMATS) {
  const { slug, id } = await params;
  const documentId = positiveId(id);
  const version = request.nextUrl.searchParams.get('version');
  if (documentId === null) {
    return Response.json({ error: 'The document id must be a positive whole number.' }, { status: 400 });
  }
  if (version !== null && version !== 'draft' && version !== 'final') {
    return Response.json({ error: 'version must be "draft" or "final".' }, { status: 400 });
  }
  return exportRoute(slug, (viewer, meeting) =>
    heavyRenders.run(async () => {
      const document = getDocument(viewer, meeting, documentId);
      const variant = document.status === 'adopted' && version !== 'draft' ? 'clean' : 'draft';
      let bytes: Buffer;
      try {
        bytes = await FORMATS[format].render({
          meeting,
          document,
          participants: participantsAnnex(listParticipants(viewer, meeting)),
          variant,
          generatedAt: new Date(),
        });
      } catch (error) {
        if (!(error instanceof BracketInCleanText)) throw error;
        console.error(`[export] ${error.message}: refused the clean ${format} of document ${document.id}`);
        return Response.json(
          { error: 'brackets_in_adopted_text', message: 'The adopted text still holds brackets: reopen it and resolve them before exporting the clean text.' },
          { status: 409 },
        );
      }
      return fileResponse(bytes, documentFileName(meeting.slug, document, variant, format), FORMATS[format].type);
    }),
  );
}
