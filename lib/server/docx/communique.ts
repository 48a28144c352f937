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
import { assertNoBrackets, openAmendmentEntries, placeAndDate, PRINTED_WORDS, printedText, reservationNotes } from '@/lib/server/communique-text';
import type { CommuniqueInput } from '@/lib/server/pdf/communique';
import { printableStrings } from '@/lib/domain/printable';

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
  const { meeting, document, variant, language } = input;
  const words = PRINTED_WORDS[language];
  const draft = variant === 'draft';
  if (!draft) assertNoBrackets(document);
  const body: Paragraph[] = [
    // The symbol and who may read it top right of the first page, where a conference's documents carry them.
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: document.symbol, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: [new TextRun({ text: words.distribution[document.distribution], size: 18 })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: document.title, bold: true }),
        ...reservationNotes(document, language).map((note) => new FootnoteReferenceRun({ children: [new Paragraph(note)] })),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: placeAndDate(meeting, language), italics: true })] }),
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
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(`${words.annex}: ${words.participatingDelegations}`)] }),
    ...input.participants.map(
      (p) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [new TextRun({ text: p.protocolName, bold: true }), ...(p.head ? [new TextRun(` — ${p.head}`)] : [])],
        }),
    ),
  );
  if (draft) {
    const open = openAmendmentEntries(document, language);
    body.push(
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(words.openAmendments)] }),
      ...(open.length ? [] : [new Paragraph(words.none)]),
      ...open.flatMap((entry) => [
        new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: entry.heading, bold: true })] }),
        ...(entry.proposedText ? [new Paragraph(entry.proposedText)] : []),
        new Paragraph({ children: [new TextRun({ text: entry.rationale, italics: true })] }),
        ...(entry.support ? [new Paragraph(entry.support)] : []),
      ]),
    );
  }

  const header = draft ? `${words.draftMark} (${words.status[document.status]}) · ${words.workingDraft(document.revision)} · ${meeting.shortTitle}` : meeting.shortTitle;
  const word = new Document({
    creator: meeting.title,
    title: document.title,
    subject: `${words.kind[document.kind]}, ${meeting.title}`,
    // The language Word spell-checks and hyphenates the text in.
    styles: { default: { document: { run: { font: FONT, size: 23, language: { value: words.tag } } } } },
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
                children: [new TextRun({ children: pageNumberRuns(words), size: 18 })],
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

/** "Page X of Y" with Word's own fields, in the words of the document's language. */
function pageNumberRuns(words: (typeof PRINTED_WORDS)[keyof typeof PRINTED_WORDS]) {
  const [before, between] = words.page(0, 1).split(/0|1/);
  return [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES];
}
