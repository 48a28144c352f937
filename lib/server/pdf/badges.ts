import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { printableStrings } from '@/lib/domain/printable';
import { artifact, createPdf, pdfBytes } from './pdf-kit';

export type BadgeCard = {
  fullName: string;
  /** "H.E." or empty: printed before the name. */
  title: string;
  functionLabel: string;
  delegationName: string;
  /** ISO 3166 alpha-2, lower case: the flag. */
  countryCode: string;
  categoryLabel: string;
  /** The band's colour, "#rrggbb". */
  categoryColour: string;
  zones: string[];
  /** A 480 × 600 JPEG (lib/server/accreditation/member-photo), or null. */
  photoJpeg: Buffer | null;
  /** The opaque ticket id: all the QR code carries. */
  ticket: string;
};

export type BadgeSheetInput = {
  meetingTitle: string;
  meetingDates: string;
  delegationName: string;
  /** BCP 47: the PDF says it is in this language. */
  language: string;
  labels: { title: string; subject: string; noPhoto: string; zones: string; ticketLabel: string };
  cards: BadgeCard[];
};

const MM = 72 / 25.4;
/** ISO/IEC 7810 ID-1, the credit-card size that badge holders and lanyards are made for. */
export const BADGE = { width: 85.6 * MM, height: 54 * MM } as const;
/** Two columns of four on A4 portrait, with room for the crop marks around and between cards. */
export const SHEET = { columns: 2, rows: 4, gap: 12 * MM, page: { width: 595.28, height: 841.89 } } as const;
const PER_PAGE = SHEET.columns * SHEET.rows;
const ORIGIN = {
  x: (SHEET.page.width - SHEET.columns * BADGE.width - (SHEET.columns - 1) * SHEET.gap) / 2,
  y: (SHEET.page.height - SHEET.rows * BADGE.height - (SHEET.rows - 1) * SHEET.gap) / 2,
};
const BAND = 7 * MM;
const PAD = 3 * MM;
const PHOTO = { width: 20 * MM, height: 25 * MM };
const QR_SIZE = 22 * MM;
const MARK = { length: 4 * MM, offset: 1 * MM };

const FLAGS = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'flag-icons', 'flags', '4x3');
const flagCache = new Map<string, Promise<Buffer | null>>();

/** A state's flag as PNG (pdfkit draws no SVG), rendered once per process. */
function flagPng(code: string): Promise<Buffer | null> {
  if (!/^[a-z]{2}$/.test(code)) return Promise.resolve(null);
  if (!flagCache.has(code)) {
    flagCache.set(
      code,
      readFile(path.join(FLAGS, `${code}.svg`))
        .then((svg) => sharp(svg, { density: 300 }).resize(96, 72).png().toBuffer())
        .catch(() => null),
    );
  }
  return flagCache.get(code)!;
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? '#000000' : '#ffffff';
}

/** The largest size up to `max` at which `text` fits `width` on one line. */
function fittingSize(doc: PDFKit.PDFDocument, font: string, text: string, width: number, max: number, min = 6): number {
  doc.font(font);
  for (let size = max; size > min; size -= 0.5) if (doc.fontSize(size).widthOfString(text) <= width) return size;
  return min;
}

/** The QR code of `ticket` as vector squares, with its four-module quiet zone, `size` wide. */
function drawQr(doc: PDFKit.PDFDocument, ticket: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(ticket, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 8;
  const cell = size / cells;
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) doc.rect(x + (column + 4) * cell, y + (row + 4) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
}

function cropMarks(doc: PDFKit.PDFDocument, x: number, y: number) {
  artifact(doc, () => {
    doc.lineWidth(0.25).strokeColor('#000000');
    for (const cx of [x, x + BADGE.width]) {
      for (const cy of [y, y + BADGE.height]) {
        const dx = cx === x ? -1 : 1;
        const dy = cy === y ? -1 : 1;
        doc.moveTo(cx + dx * MARK.offset, cy).lineTo(cx + dx * (MARK.offset + MARK.length), cy).stroke();
        doc.moveTo(cx, cy + dy * MARK.offset).lineTo(cx, cy + dy * (MARK.offset + MARK.length)).stroke();
      }
    }
  });
}

async function drawCard(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, input: BadgeSheetInput, card: BadgeCard, x: number, y: number) {
  const { labels } = input;
  cropMarks(doc, x, y);
  const section = doc.struct('Sect');
  root.add(section);
  const text = (value: string, font: string, size: number, tx: number, ty: number, width: number, colour = '#000000') => {
    section.add(
      doc.struct('P', {}, () => {
        doc.font(font).fontSize(size).fillColor(colour).text(value, tx, ty, { width, lineBreak: false, ellipsis: true });
      }),
    );
  };
  artifact(doc, () => {
    doc.lineWidth(0.5).strokeColor('#9ca3af').rect(x, y, BADGE.width, BADGE.height).stroke();
    doc.rect(x, y + BADGE.height - BAND, BADGE.width, BAND).fill(card.categoryColour);
  });
  text(card.categoryLabel.toLocaleUpperCase(input.language), 'sansBold', 10, x + PAD, y + BADGE.height - BAND + 5, BADGE.width - 2 * PAD, textOn(card.categoryColour));

  const photoX = x + PAD;
  const photoY = y + PAD;
  if (card.photoJpeg) {
    section.add(
      doc.struct('Figure', { alt: card.fullName }, () => {
        doc.image(card.photoJpeg!, photoX, photoY, { width: PHOTO.width, height: PHOTO.height });
      }),
    );
  } else {
    artifact(doc, () => {
      doc.lineWidth(0.5).strokeColor('#9ca3af').dash(2, { space: 2 }).rect(photoX, photoY, PHOTO.width, PHOTO.height).stroke().undash();
    });
    text(labels.noPhoto, 'sans', 6, photoX, photoY + PHOTO.height / 2 - 3, PHOTO.width, '#6b7280');
  }

  const qrX = x + BADGE.width - PAD - QR_SIZE;
  const qrY = y + PAD;
  artifact(doc, () => drawQr(doc, card.ticket, qrX, qrY, QR_SIZE));

  const textX = photoX + PHOTO.width + PAD;
  const textWidth = qrX - textX - 2;
  const name = [card.title, card.fullName].filter(Boolean).join(' ');
  const nameSize = fittingSize(doc, 'sansBold', name, textWidth, 12);
  text(name, 'sansBold', nameSize, textX, y + PAD, textWidth);
  text(card.functionLabel, 'sans', 8, textX, y + PAD + nameSize + 3, textWidth, '#374151');
  const flag = await flagPng(card.countryCode);
  const flagY = y + PAD + nameSize + 16;
  if (flag) artifact(doc, () => doc.image(flag, textX, flagY, { width: 16, height: 12 }));
  text(card.delegationName, 'sansBold', 8.5, textX + (flag ? 20 : 0), flagY + 1.5, textWidth - (flag ? 20 : 0));
  const ticketSize = fittingSize(doc, 'sans', card.ticket, QR_SIZE, 5, 3);
  text(card.ticket, 'sans', ticketSize, qrX, qrY + QR_SIZE + 1, QR_SIZE, '#6b7280');
  // Below the photo and the code, the whole width: what the badge opens, then the meeting.
  const lowerY = photoY + PHOTO.height + 6;
  const lowerWidth = BADGE.width - 2 * PAD;
  if (card.zones.length > 0) {
    const zones = `${labels.zones}: ${card.zones.join(' · ')}`;
    text(zones, 'sansBold', fittingSize(doc, 'sansBold', zones, lowerWidth, 8, 5), photoX, lowerY, lowerWidth);
  }
  text(input.meetingTitle, 'sans', fittingSize(doc, 'sans', input.meetingTitle, lowerWidth, 7, 5), photoX, lowerY + 14, lowerWidth, '#4b5563');
  text(input.meetingDates, 'sans', 7, photoX, lowerY + 23, lowerWidth, '#4b5563');
}

/**
 * The delegation's badges on A4 sheets, ten to a page with crop marks: photo, name,
 * function, flag and delegation, access zones, the category's colour band, and a QR code
 * that carries the ticket id alone (anyone may read a QR code; only the door's lookup
 * turns it into a person).
 */
export async function renderBadgeSheet(raw: BadgeSheetInput): Promise<Buffer> {
  const input = printableStrings(raw);
  const { doc, root } = createPdf({
    title: `${input.labels.title}: ${input.delegationName}`,
    subject: input.labels.subject,
    author: input.meetingTitle,
    language: input.language,
    pageSize: 'a4',
    createdAt: new Date(),
  });
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  for (const [index, card] of input.cards.entries()) {
    const slot = index % PER_PAGE;
    if (index > 0 && slot === 0) doc.addPage({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const x = ORIGIN.x + (slot % SHEET.columns) * (BADGE.width + SHEET.gap);
    const y = ORIGIN.y + Math.floor(slot / SHEET.columns) * (BADGE.height + SHEET.gap);
    await drawCard(doc, root, input, card, x, y);
  }
  root.end();
  return pdfBytes(doc);
}
