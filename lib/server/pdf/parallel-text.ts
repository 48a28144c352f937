import 'server-only';
import { assertNoBrackets, placeAndDate, PRINTED_WORDS, printedText } from '@/lib/server/communique-text';
import { assertTranslationsCurrent, documentInLanguage } from '@/lib/server/document-language';
import { printableStrings } from '@/lib/domain/printable';
import type { CommuniqueInput } from './communique';
import { setParagraph } from './hyphenation';
import { createPdf, finishPdf, MARGIN } from './pdf-kit';

const BODY_SIZE = 10.5;
const LINE_GAP = 2;
const GUTTER = 18;
const NUMBER_COLUMN = 22;

/**
 * The document in both working languages as parallel texts are printed: the negotiated
 * text in the left column and its translation in the right, paragraph by paragraph, each
 * pair starting on the same line, each column tagged with its language (PDF/UA). The clean
 * text refuses brackets (BracketInCleanText) and translations that are not current
 * (TranslationNotCurrent), as the single-language exports do.
 */
export async function renderParallelPdf(raw: Omit<CommuniqueInput, 'language'>): Promise<Buffer> {
  const input = printableStrings(raw);
  const { meeting, document, variant } = input;
  const draft = variant === 'draft';
  const languages = [document.negotiatingLanguage, document.translationLanguage!] as const;
  const versions = languages.map((language) => documentInLanguage(document, language));
  if (!draft) {
    versions.forEach(assertNoBrackets);
    assertTranslationsCurrent(document);
  }
  const words = languages.map((language) => PRINTED_WORDS[language]);
  const { doc, root } = createPdf({
    title: document.title,
    subject: words.map((w) => w.kind[document.kind]).join(' / ') + `, ${meeting.title}`,
    author: meeting.title,
    keywords: `${document.symbol}; ${meeting.shortTitle}`,
    language: words[0].tag,
    pageSize: meeting.pageSize,
    createdAt: input.generatedAt,
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const columnWidth = (width - GUTTER) / 2;
  const columnX = [MARGIN.left, MARGIN.left + columnWidth + GUTTER];

  root.add(
    doc.struct('P', {}, () => {
      doc.font('sansBold').fontSize(11).fillColor('black').text(document.symbol, MARGIN.left, MARGIN.top - 8, { width, align: 'right' });
      doc.font('sans').fontSize(9).text(words.map((w) => w.distribution[document.distribution]).join(' / '), { width, align: 'right' });
    }),
  );
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('serifBold').fontSize(15).text(document.title, MARGIN.left, doc.y + 8, { width, align: 'center', lineGap: 2 });
    }),
  );
  doc.outline.addItem(document.title);

  /** Draws one row: the same piece in each language, side by side from the same line; returns its bottom. */
  const row = (draw: (column: 0 | 1, x: number) => void, measure: (column: 0 | 1) => number) => {
    const height = Math.max(measure(0), measure(1));
    const bottom = doc.page.height - doc.page.margins.bottom;
    if (doc.y + height > bottom && height < bottom - MARGIN.top) doc.addPage();
    const top = doc.y;
    for (const column of [0, 1] as const) {
      doc.y = top;
      root.add(doc.struct('P', { lang: words[column].tag }, () => draw(column, columnX[column])));
    }
    doc.y = top + height;
  };

  doc.moveDown(0.6);
  row(
    (column, x) => doc.font('serifItalic').fontSize(11).text(placeAndDate(meeting, languages[column]), x, doc.y, { width: columnWidth, align: 'center' }),
    (column) => doc.font('serifItalic').fontSize(11).heightOfString(placeAndDate(meeting, languages[column]), { width: columnWidth }),
  );
  doc.moveDown(0.8);
  row(
    (column, x) => doc.font('sansBold').fontSize(10).text(words[column].languageName, x, doc.y, { width: columnWidth }),
    () => doc.font('sansBold').fontSize(10).currentLineHeight(true),
  );
  doc.moveDown(0.4);

  versions[0].paragraphs.forEach((paragraph, index) => {
    const texts = versions.map((version) => printedText(version.paragraphs[index].pieces, draft));
    const heading = paragraph.kind === 'heading';
    const font = heading ? 'serifBold' : paragraph.kind === 'preambular' ? 'serifItalic' : 'serif';
    const indent = paragraph.number === null ? 0 : NUMBER_COLUMN;
    const setting = { width: columnWidth - indent, lineGap: LINE_GAP, justify: !heading, hyphenate: true };
    if (heading) doc.moveDown(0.4);
    row(
      (column, x) => {
        const top = doc.y;
        if (paragraph.number !== null) doc.font('serif').fontSize(BODY_SIZE).text(`${paragraph.number}.`, x, top, { width: NUMBER_COLUMN - 4, lineBreak: false });
        doc.font(font).fontSize(BODY_SIZE);
        setParagraph(doc, texts[column], languages[column], { ...setting, x: x + indent, y: top });
      },
      (column) => setParagraph(doc.font(font).fontSize(BODY_SIZE), texts[column], languages[column], { ...setting, x: 0, y: 0 }, false),
    );
    doc.moveDown(0.5);
  });
  root.end();

  const tags = words.map((w) => w.draftMark).join(' / ');
  return finishPdf(doc, {
    header: draft ? `${tags} (${words.map((w) => w.status[document.status]).join(' / ')}) · ${meeting.shortTitle}` : meeting.shortTitle,
    footerNote: draft ? words.map((w) => w.workingDraft(document.revision)).join(' / ') : undefined,
    pageLabel: words[0].page,
  });
}
