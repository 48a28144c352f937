import 'server-only';
import type { NextRequest } from 'next/server';
import { getDocument } from '@/db/queries/documents';
import { listParticipants } from '@/db/queries/delegations';
import { BracketInCleanText, participantsAnnex } from './communique-text';
import { renderCommuniqueDocx } from './docx/communique';
import { documentFileName } from '@/lib/domain/export-names';
import { renderCommuniquePdf, type CommuniqueInput } from './pdf/communique';
import { renderParallelPdf } from './pdf/parallel-text';
import { documentInLanguage, exportLanguages, TranslationNotCurrent } from './document-language';
import { isLocale } from '@/i18n/locales';
import { heavyRenders } from './render-slots';
import { exportRoute, fileResponse } from './route-guard';
import { positiveId } from '@/lib/domain/route-params';

const FORMATS = {
  pdf: { render: renderCommuniquePdf, type: 'application/pdf' },
  docx: { render: renderCommuniqueDocx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} satisfies Record<string, { render: (input: CommuniqueInput) => Promise<Buffer>; type: string }>;

type Context = { params: Promise<{ slug: string; id: string }> };

/** `?lang=both`: the PDF of both working languages in facing columns. */
const BOTH = 'both';

/**
 * The route handler behind `…/documents/[id]/pdf` and `…/docx`. Before adoption it gives
 * the working draft; after, the clean text, or the draft with `?version=draft`. In the
 * document's negotiating language unless `?lang=` names the meeting's other working
 * language (or, for the PDF, `both`). Bad parameters: 400; what the viewer may not read:
 * 404 (through the data layer); a clean text that would print a bracket, or a translation
 * that is not current: 409.
 */
export async function documentExport(request: NextRequest, { params }: Context, format: keyof typeof FORMATS) {
  const { slug, id } = await params;
  const documentId = positiveId(id);
  const version = request.nextUrl.searchParams.get('version');
  const lang = request.nextUrl.searchParams.get('lang');
  if (lang !== null && !isLocale(lang) && !(lang === BOTH && format === 'pdf')) {
    return Response.json({ error: `lang must be "en" or "fr"${format === 'pdf' ? ' or "both"' : ''}.` }, { status: 400 });
  }
  if (documentId === null) {
    return Response.json({ error: 'The document id must be a positive whole number.' }, { status: 400 });
  }
  if (version !== null && version !== 'draft' && version !== 'final') {
    return Response.json({ error: 'version must be "draft" or "final".' }, { status: 400 });
  }
  return exportRoute(slug, (viewer, meeting) =>
    heavyRenders.run(async () => {
      const found = getDocument(viewer, meeting, documentId);
      const languages = exportLanguages(found);
      const language = lang === null || lang === BOTH ? found.negotiatingLanguage : lang;
      if (!languages.includes(language) || (lang === BOTH && languages.length < 2)) {
        return Response.json({ error: `This document is printed in ${languages.join(' and ')}${languages.length > 1 ? ' (or both)' : ''}.` }, { status: 400 });
      }
      // Delegations are named in the language the document is printed in.
      const printedFor = { ...viewer, locale: language };
      const document = language === viewer.locale ? found : getDocument(printedFor, meeting, documentId);
      const variant = document.status === 'adopted' && version !== 'draft' ? 'clean' : 'draft';
      const common = { meeting, document, participants: participantsAnnex(listParticipants(printedFor, meeting)), variant, generatedAt: new Date() } as const;
      let bytes: Buffer;
      try {
        bytes =
          lang === BOTH
            ? await renderParallelPdf(common)
            : await FORMATS[format].render({ ...common, document: documentInLanguage(document, language), language });
      } catch (error) {
        if (!(error instanceof BracketInCleanText) && !(error instanceof TranslationNotCurrent)) throw error;
        console.error(`[export] ${error.message}: refused the clean ${format} of document ${document.id}`);
        return Response.json(
          error instanceof BracketInCleanText
            ? { error: 'brackets_in_adopted_text', message: 'The adopted text still holds brackets: reopen it and resolve them before exporting the clean text.' }
            : { error: 'translation_not_current', message: 'A translation of the adopted text is missing or out of date: reopen it and bring the translation up to date before exporting the clean text.' },
          { status: 409 },
        );
      }
      const printed = lang === BOTH ? 'bilingual' : language === document.negotiatingLanguage ? null : language;
      return fileResponse(bytes, documentFileName(meeting.slug, document, variant, format, printed), FORMATS[format].type);
    }),
  );
}
