import 'server-only';
import type { DocumentDetail } from '@/db/queries/documents';
import { assertNoBrackets, type AnnexEntry, openAmendmentEntries, placeAndDate, PRINTED_WORDS, printedText, reservationNotes } from '@/lib/server/communique-text';
import type { Locale } from '@/i18n/locales';
import { setParagraph } from './hyphenation';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { artifact, createPdf, finishPdf, MARGIN, type PageSize } from './pdf-kit';
import { printableStrings } from '@/lib/domain/printable';

export type CommuniqueVariant = 'clean' | 'draft';

export type CommuniqueInput = {
  meeting: { title: string; shortTitle: string; city: string; timeZone: string; endsAt: Date; pageSize: PageSize };
  document: DocumentDetail;
  /** Participating delegations in order of precedence, with their heads of delegation. */
  participants: AnnexEntry[];
  variant: CommuniqueVariant;
  /** The language the document is printed in: its text (lib/server/document-language.ts) and every word around it. */
  language: Locale;
  generatedAt: Date;
};

const BODY_SIZE = 11.5;
const LINE_GAP = 3;
const NUMBER_COLUMN = 30;
const SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const superscript = (n: number) => String(n).split('').map((d) => SUPERSCRIPTS[Number(d)]).join('');

/**
 * The outcome document as a ministry would publish it: its symbol top right, title, place and date, preambular
 * and numbered operative paragraphs, reservations as footnotes naming their delegation,
 * and the annex of participating delegations in order of precedence. The working draft adds
 * a diagonal DRAFT mark with the status, line numbers, bracket holders, an annex of open
 * amendments and the revision in the footer. Returns the PDF's bytes; the clean text
 * throws BracketInCleanText rather than print a bracket.
 */
export async function renderCommuniquePdf(raw: CommuniqueInput): Promise<Buffer> {
  const input = printableStrings(raw);
  const { meeting, document, variant, language } = input;
  const words = PRINTED_WORDS[language];
  const draft = variant === 'draft';
  if (!draft) assertNoBrackets(document);
  const { doc, root } = createPdf({
    title: document.title,
    subject: `${words.kind[document.kind]}, ${meeting.title}${draft ? ` (${words.workingDraft(document.revision)})` : ''}`,
    author: meeting.title,
    keywords: `${document.symbol}; ${meeting.shortTitle}; ${words.kind[document.kind]}`,
    language: words.tag,
    pageSize: meeting.pageSize,
    createdAt: input.generatedAt,
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const reservations = reservationNotes(document, language);

  // Footnotes sit at the foot of the first page: keep the body clear of them.
  doc.font('serif').fontSize(9);
  const noteTexts = reservations.map((note, i) => `${superscript(i + 1)} ${note}`);
  const notesHeight = noteTexts.reduce((sum, text) => sum + doc.heightOfString(text, { width, lineGap: 1 }) + 4, 0);
  if (notesHeight > 0) doc.page.margins.bottom = MARGIN.bottom + notesHeight + 16;

  // The symbol and who may read it top right of the first page, where a conference's
  // documents carry them.
  root.add(
    doc.struct('P', {}, () => {
      doc.font('sansBold').fontSize(11).fillColor('black').text(document.symbol, MARGIN.left, MARGIN.top - 8, { width, align: 'right' });
    }),
  );
  root.add(
    doc.struct('P', {}, () => {
      doc.font('sans').fontSize(9).fillColor('black').text(words.distribution[document.distribution], MARGIN.left, doc.y, { width, align: 'right' });
    }),
  );
  // Title, with the footnote references.
  const markers = reservations.map((_, i) => superscript(i + 1)).join(' ');
  const title = doc.struct('H1');
  root.add(title);
  title.add(() => {
    doc.font('serifBold').fontSize(16).fillColor('black');
    doc.text(`${document.title}${markers ? ` ${markers}` : ''}`, MARGIN.left, doc.y + 8, { width, align: 'center', lineGap: 2 });
  });
  title.end();
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(0.4);
      doc.font('serifItalic').fontSize(12).text(placeAndDate(meeting, language), { width, align: 'center' });
      doc.moveDown(1.2);
    }),
  );
  doc.outline.addItem(document.title);
  const notes = reservations.map(() => {
    const note = doc.struct('Note');
    root.add(note);
    return note;
  });

  const lineNumbers: { page: number; y: number }[] = [];
  const body = doc.struct('Sect');
  root.add(body);
  let currentPage = 0;
  doc.on('pageAdded', () => {
    currentPage += 1;
  });
  for (const paragraph of document.paragraphs) {
    const text = printedText(paragraph.pieces, draft);
    if (paragraph.kind === 'heading') {
      doc.font('serifBold').fontSize(12.5);
      if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      doc.moveDown(0.5);
      body.add(doc.struct('H2', {}, () => setParagraph(doc, text, language, { x: MARGIN.left, y: doc.y, width, lineGap: LINE_GAP, justify: false, hyphenate: false })));
      doc.outline.addItem(text);
      doc.moveDown(0.4);
      continue;
    }
    doc.font(paragraph.kind === 'preambular' ? 'serifItalic' : 'serif').fontSize(BODY_SIZE);
    const textX = MARGIN.left + (paragraph.number === null ? 0 : NUMBER_COLUMN);
    const textWidth = width - (textX - MARGIN.left);
    // French is set as French typesetting sets it; English lines are wide enough unbroken.
    const setting = { width: textWidth, lineGap: LINE_GAP, justify: true, hyphenate: language === 'fr' };
    const height = setParagraph(doc, text, language, { ...setting, x: textX, y: doc.y }, false);
    const pageBottom = () => doc.page.height - doc.page.margins.bottom;
    // A paragraph is kept on one page where it fits on one, so its line numbers hold.
    if (doc.y + height > pageBottom() && height < pageBottom() - MARGIN.top) doc.addPage();
    const top = doc.y;
    const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
    body.add(
      doc.struct('P', {}, () => {
        if (paragraph.number !== null) {
          doc.font('serif').text(`${paragraph.number}.`, MARGIN.left, top, { width: NUMBER_COLUMN - 6, lineBreak: false });
          doc.font(paragraph.kind === 'preambular' ? 'serifItalic' : 'serif');
        }
        setParagraph(doc, text, language, { ...setting, x: textX, y: top });
      }),
    );
    if (draft) {
      const lines = Math.max(1, Math.round(height / lineHeight));
      for (let i = 0; i < lines; i++) lineNumbers.push({ page: currentPage, y: top + i * lineHeight });
    }
    doc.moveDown(0.6);
  }
  body.end();

  // Annex: who took part, in order of precedence.
  doc.addPage();
  doc.outline.addItem(`${words.annex}: ${words.participatingDelegations}`);
  const annex = doc.struct('Sect');
  root.add(annex);
  annex.add(
    doc.struct('H2', {}, () => {
      doc.font('serifBold').fontSize(13).text(words.annex, MARGIN.left, MARGIN.top, { width, align: 'center' });
      doc.font('serif').fontSize(12).text(words.participatingDelegations, { width, align: 'center' });
      doc.moveDown(1);
    }),
  );
  const list = doc.struct('L');
  annex.add(list);
  for (const participant of input.participants) {
    const { head } = participant;
    list.add(
      doc.struct('LI', {}, [
        doc.struct('LBody', {}, () => {
          doc.font('serifBold').fontSize(11).text(participant.protocolName, MARGIN.left, doc.y, { width, continued: Boolean(head) });
          if (head) doc.font('serif').text(` — ${head}`, { width });
          doc.moveDown(0.3);
        }),
      ]),
    );
  }
  list.end();
  annex.end();

  if (draft) renderOpenAmendments(doc, root, document, width, language);

  // The footnotes, at the foot of page 1, in the structure right after the title.
  if (notes.length) {
    doc.switchToPage(0);
    const firstPageBottom = doc.page.height - MARGIN.bottom - notesHeight;
    doc.page.margins.bottom = 0;
    artifact(doc, () => {
      doc
        .moveTo(MARGIN.left, firstPageBottom - 6)
        .lineTo(MARGIN.left + 140, firstPageBottom - 6)
        .lineWidth(0.5)
        .strokeColor('#666666')
        .stroke();
    });
    let y = firstPageBottom;
    notes.forEach((note, i) => {
      note.add(() => {
        doc.font('serif').fontSize(9).fillColor('black').text(noteTexts[i], MARGIN.left, y, { width, lineGap: 1 });
      });
      note.end();
      y = doc.y + 4;
    });
  }
  root.end();

  const zone = zoneLabel(meeting.timeZone, language, input.generatedAt);
  const generated = formatDateTime(input.generatedAt, meeting.timeZone, language, 'medium');
  return finishPdf(doc, {
    header: draft ? `${words.draftMark} (${words.status[document.status]}) · ${meeting.shortTitle}` : meeting.shortTitle,
    footerNote: draft ? `${words.workingDraft(document.revision)} · ${generated} ${zone}` : undefined,
    pageLabel: words.page,
    decorate: draft
      ? (pageIndex) => {
          const { width: pageWidth, height: pageHeight } = doc.page;
          doc.save();
          doc.rotate(-45, { origin: [pageWidth / 2, pageHeight / 2] });
          doc.font('sansBold').fontSize(120).fillColor('#c8c8c8').fillOpacity(0.35);
          doc.text(words.draftMark, 0, pageHeight / 2 - 90, { width: pageWidth, align: 'center', lineBreak: false });
          doc.fontSize(28).text(words.status[document.status], 0, pageHeight / 2 + 40, { width: pageWidth, align: 'center', lineBreak: false });
          doc.restore();
          doc.fillOpacity(1).font('sans').fontSize(7).fillColor('#777777');
          lineNumbers
            .filter((line) => line.page === pageIndex)
            .forEach((line, i) => {
              doc.text(String(i + 1), MARGIN.left - 34, line.y + 2, { width: 24, align: 'right', lineBreak: false });
            });
        }
      : undefined,
  });
}

/** The working draft's second annex: every open amendment, by paragraph. */
function renderOpenAmendments(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, document: DocumentDetail, width: number, language: Locale) {
  const words = PRINTED_WORDS[language];
  const open = openAmendmentEntries(document, language);
  doc.addPage();
  doc.outline.addItem(`${words.annex}: ${words.openAmendments}`);
  const section = doc.struct('Sect');
  root.add(section);
  section.add(
    doc.struct('H2', {}, () => {
      doc.font('serifBold').fontSize(13).text(words.openAmendments, MARGIN.left, MARGIN.top, { width, align: 'center' });
      doc.moveDown(1);
    }),
  );
  if (open.length === 0) {
    section.add(doc.struct('P', {}, () => doc.font('serif').fontSize(11).text(words.none, { width })));
  }
  for (const entry of open) {
    section.add(
      doc.struct('P', {}, () => {
        doc.font('serifBold').fontSize(10.5).text(entry.heading, MARGIN.left, doc.y, { width });
        if (entry.proposedText) doc.font('serif').text(entry.proposedText, { width, lineGap: 1 });
        doc.font('serifItalic').fontSize(9.5).text(entry.rationale, { width });
        if (entry.support) doc.font('serif').fontSize(9.5).text(entry.support, { width });
        doc.moveDown(0.6);
      }),
    );
  }
  section.end();
}
