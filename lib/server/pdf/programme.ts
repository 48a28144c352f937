import 'server-only';
import type { AgendaItem } from '@/db/queries/agenda';
import { formatDate, formatTime, zoneLabel } from '@/lib/domain/format-time';
import { createPdf, finishPdf, MARGIN, writeDayHeading, writeHeading, type PageSize } from './pdf-kit';
import { printableStrings } from '@/lib/domain/printable';

/** The programme's words in the interface language (the route takes them from the catalogue). */
export type ProgrammeLabels = {
  /** The interface language: dates and zones are written in it, and the PDF says it is in it. */
  locale: string;
  title: string;
  subject: string;
  allTimes: (place: string, zone: string) => string;
  kindValue: (kind: AgendaItem['kind']) => string;
  chair: (chair: string) => string;
  speakers: (list: string) => string;
  page: (page: number, pages: number) => string;
};

export type ProgrammeInput = {
  meeting: { title: string; shortTitle: string; city: string; venue: string; timeZone: string; startsAt: Date; pageSize: PageSize };
  /** Published items only, in order. */
  items: AgendaItem[];
  generatedAt: Date;
};

/**
 * The published programme as a tagged PDF: day by day, every time on the meeting's clock
 * and labelled with its zone, each item with number, times, kind, room, chair, description
 * and speakers list.
 */
export function renderProgrammePdf(raw: ProgrammeInput, labels: ProgrammeLabels): Promise<Buffer> {
  const { meeting, items, generatedAt } = printableStrings(raw);
  const { locale } = labels;
  const { doc, root } = createPdf({
    title: `${labels.title}: ${meeting.title}`,
    subject: labels.subject,
    author: meeting.title,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    pageSize: meeting.pageSize,
    createdAt: generatedAt,
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const zone = zoneLabel(meeting.timeZone, locale, meeting.startsAt);
  writeHeading(doc, root, { title: labels.title, meetingTitle: meeting.title, note: labels.allTimes(`${meeting.venue}, ${meeting.city}`, zone) });
  let day = '';
  for (const item of items) {
    const itemDay = formatDate(item.startsAt, meeting.timeZone, locale);
    if (itemDay !== day) {
      day = itemDay;
      writeDayHeading(doc, root, day);
    }
    const time = `${formatTime(item.startsAt, meeting.timeZone, locale)}–${formatTime(item.endsAt, meeting.timeZone, locale)}`;
    const details = [labels.kindValue(item.kind), item.location, item.chair ? labels.chair(item.chair) : ''].filter(Boolean).join(' · ');
    const speakers = item.speakers.length ? labels.speakers(item.speakers.map((s, i) => `${i + 1}. ${s.protocolName}`).join('; ')) : '';
    if (doc.y > doc.page.height - MARGIN.bottom - 90) doc.addPage();
    const section = doc.struct('Sect');
    root.add(section);
    section.add(
      doc.struct('H3', {}, () =>
        doc.font('serifBold').fontSize(11.5).text(`${item.number ?? ''}. ${time}  ${item.title}`, MARGIN.left, doc.y, { width }),
      ),
    );
    section.add(
      doc.struct('P', {}, () => {
        doc.font('sans').fontSize(9.5).fillColor('#333333').text(details, { width });
        doc.fillColor('black');
        if (item.description) doc.font('serif').fontSize(10.5).text(item.description, { width, lineGap: 1 });
        if (speakers) doc.font('serifItalic').fontSize(10).text(speakers, { width });
        doc.moveDown(0.7);
      }),
    );
    section.end();
  }
  root.end();
  return finishPdf(doc, { header: meeting.shortTitle, pageLabel: labels.page });
}
