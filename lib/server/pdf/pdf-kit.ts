import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * What every PDF this app exports shares: embedded Source Serif 4 and Source Sans 3
 * (complete Latin Extended, so Çavuşoğlu and Łódź print and copy right), tagged PDF/UA
 * structure with language and title, metadata, and a running header and "Page X of Y"
 * footer drawn as artifacts once all pages exist.
 */

const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@expo-google-fonts');
export const FONTS = {
  serif: path.join(FONT_DIR, 'source-serif-4', '400Regular', 'SourceSerif4_400Regular.ttf'),
  serifItalic: path.join(FONT_DIR, 'source-serif-4', '400Regular_Italic', 'SourceSerif4_400Regular_Italic.ttf'),
  serifBold: path.join(FONT_DIR, 'source-serif-4', '600SemiBold', 'SourceSerif4_600SemiBold.ttf'),
  sans: path.join(FONT_DIR, 'source-sans-3', '400Regular', 'SourceSans3_400Regular.ttf'),
  sansBold: path.join(FONT_DIR, 'source-sans-3', '600SemiBold', 'SourceSans3_600SemiBold.ttf'),
} as const;
export type FontName = keyof typeof FONTS;

export type PageSize = 'a4' | 'letter';

export type PdfSetup = {
  title: string;
  subject: string;
  author: string;
  keywords?: string;
  /** BCP 47, e.g. "en-GB": read aloud in that language. */
  language: string;
  pageSize: PageSize;
  createdAt: Date;
};

export const MARGIN = { top: 72, bottom: 72, left: 72, right: 72 };

/** A new tagged PDF/UA document, its root structure element, and its fonts registered. */
export function createPdf(setup: PdfSetup) {
  const doc = new PDFDocument({
    size: setup.pageSize === 'letter' ? 'LETTER' : 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    // pdfkit supports PDF/UA; its type definitions list only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    displayTitle: true,
    lang: setup.language,
    info: {
      Title: setup.title,
      Author: setup.author,
      Subject: setup.subject,
      Keywords: setup.keywords ?? '',
      Creator: 'Vancouver Group',
      CreationDate: setup.createdAt,
      ModDate: setup.createdAt,
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  doc.font('serif');
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, root };
}

type Structure = ReturnType<PDFKit.PDFDocument['struct']>;

/**
 * A meeting export's opening: its title over the meeting's, centred, and under them, when
 * given, the note that says where and on which clock its times are.
 */
export function writeHeading(doc: PDFKit.PDFDocument, root: Structure, heading: { title: string; meetingTitle: string; note?: string }) {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('serifBold').fontSize(16).text(heading.title, MARGIN.left, MARGIN.top + 8, { width, align: 'center' });
      doc.font('serif').fontSize(12).text(heading.meetingTitle, { width, align: 'center' });
      if (!heading.note) doc.moveDown(1.2);
    }),
  );
  if (!heading.note) return;
  const note = heading.note;
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(0.4);
      doc.font('serifItalic').fontSize(11).text(note, { width, align: 'center' });
      doc.moveDown(1);
    }),
  );
}

/** A new day in a day-by-day export (the programme, a schedule): a heading and an outline entry, on a new page when little room is left. */
export function writeDayHeading(doc: PDFKit.PDFDocument, root: Structure, day: string) {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  if (doc.y > doc.page.height - MARGIN.bottom - 120) doc.addPage();
  doc.outline.addItem(day);
  root.add(doc.struct('H2', {}, () => doc.font('serifBold').fontSize(13).text(day, MARGIN.left, doc.y + 6, { width })));
  doc.moveDown(0.3);
}

/** Draws `draw` as an artifact: decoration (header, footer, watermark) that screen readers skip. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void) {
  doc.markContent('Artifact', { type: 'Pagination' });
  draw();
  doc.endMarkedContent();
}

/**
 * Adds the running header (short title) and the footer ("Page X of Y", plus `footerNote`)
 * to every page, then returns the finished PDF as bytes.
 */
export function finishPdf(
  doc: PDFKit.PDFDocument,
  running: {
    header: string;
    footerNote?: string;
    pageLabel: (page: number, pages: number) => string;
    /** Extra artifacts for a page (watermark, line numbers), by 0-based page index. */
    decorate?: (pageIndex: number) => void;
  },
): Promise<Buffer> {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Drawing into the margins must not push text onto a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(doc, () => {
      running.decorate?.(i - range.start);
      doc.font('sans').fontSize(9).fillColor('#444444');
      doc.text(running.header, MARGIN.left, 36, { width: width - MARGIN.left - MARGIN.right, align: 'center', lineBreak: false });
      doc
        .moveTo(MARGIN.left, 50)
        .lineTo(width - MARGIN.right, 50)
        .lineWidth(0.5)
        .strokeColor('#999999')
        .stroke();
      const footerY = height - 48;
      if (running.footerNote) {
        doc.text(running.footerNote, MARGIN.left, footerY, { width: width - MARGIN.left - MARGIN.right, align: 'left', lineBreak: false });
      }
      doc.text(running.pageLabel(i - range.start + 1, range.count), MARGIN.left, footerY, {
        width: width - MARGIN.left - MARGIN.right,
        align: 'right',
        lineBreak: false,
      });
    });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
  return pdfBytes(doc);
}

/** Ends the document and returns it as bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
