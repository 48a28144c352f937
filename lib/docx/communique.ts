import 'server-only';
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { assertNoBrackets, DISTRIBUTION_LABEL, KIND_LABEL, openAmendmentEntries, placeAndDate, printedText, reservationNotes, STATUS_LABEL } from '@/lib/communique-text';
import type { CommuniqueInput } from '@/lib/pdf/communique';
import { printableStrings } from '@/lib/printable';

const FONT = 'Source Serif 4';
const HANGING = 567; // 1 cm in twentieths of a point: the operative number's column

/**
 * The outcome document as DOCX, with the PDF's structure, for those who edit in Word:
 * symbol top right, title with footnoted reservations, place and date, preambular and numbered operative
 * paragraphs (numbers as text, so they survive copy and paste between drafts), headings,
 * the annex of participants; the working draft adds DRAFT in the header, bracket holders
 * and the open amendments. The clean text throws BracketInCleanText rather than print a bracket.
 */
export async function renderCommuniqueDocx(raw: CommuniqueInput): Promise<Buffer> {
  const input = printableStrings(raw);
  const { meeting, document, variant } = input;
  const draft = variant === 'draft';
  if (!draft) assertNoBrackets(document);
  const body: Paragraph[] = [
    // The symbol and who may read it top right of the first page, where a conference's documents carry them.
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: document.symbol, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: [new TextRun({ text: DISTRIBUTION_LABEL[document.distribution], size: 18 })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: document.title, bold: true }),
        ...reservationNotes(document).map((note) => new FootnoteReferenceRun({ children: [new Paragraph(note)] })),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: placeAndDate(meeting), italics: true })] }),
  ];
  for (const paragraph of document.paragraphs) {
    const text = printedText(paragraph.pieces, draft);
    if (paragraph.kind === 'heading') {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] }));
    } else if (paragraph.number === null) {
      body.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 160 }, children: [new TextRun({ text, italics: true })] }));
    } else {
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 160 },
          indent: { left: HANGING, hanging: HANGING },
          tabStops: [{ type: TabStopType.LEFT, position: HANGING }],
          children: [new TextRun(`${paragraph.number}.\t${text}`)],
        }),
      );
    }
  }
  body.push(
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun('Annex: Participating delegations')] }),
    ...input.participants.map(
      (p) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [new TextRun({ text: p.protocolName, bold: true }), ...(p.head ? [new TextRun(` — ${p.head}`)] : [])],
        }),
    ),
  );
  if (draft) {
    const open = openAmendmentEntries(document);
    body.push(
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun('Open amendments')] }),
      ...(open.length ? [] : [new Paragraph('None.')]),
      ...open.flatMap((entry) => [
        new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: entry.heading, bold: true })] }),
        ...(entry.proposedText ? [new Paragraph(entry.proposedText)] : []),
        new Paragraph({ children: [new TextRun({ text: entry.rationale, italics: true })] }),
        ...(entry.support ? [new Paragraph(entry.support)] : []),
      ]),
    );
  }

  const header = draft ? `DRAFT (${STATUS_LABEL[document.status]}) · revision ${document.revision} · ${meeting.shortTitle}` : meeting.shortTitle;
  const word = new Document({
    creator: meeting.title,
    title: document.title,
    subject: `${KIND_LABEL[document.kind]}, ${meeting.title}`,
    styles: { default: { document: { run: { font: FONT, size: 23 } } } },
    sections: [
      {
        properties: {
          page: {
            size: meeting.pageSize === 'letter' ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: header, size: 18 })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(word);
}
