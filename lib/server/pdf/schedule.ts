import 'server-only';
import type { ScheduleEntry } from '@/db/queries/bilaterals';
import { formatDate, formatTimeSpan, zoneLabel } from '@/lib/domain/format-time';
import { printableStrings } from '@/lib/domain/printable';
import { createPdf, finishPdf, MARGIN, writeDayHeading, writeHeading, type PageSize } from './pdf-kit';

/** The schedule's words in the interface language (the route takes them from the catalogue). */
export type ScheduleLabels = {
  locale: string;
  title: string;
  allTimes: (zone: string) => string;
  /** A bilateral's heading, from the parties' names ("Bilateral: Japan – Republic of Korea"). */
  bilateralTitle: (parties: string) => string;
  bilateralDetails: (entry: NonNullable<ScheduleEntry['bilateral']>) => string;
  page: (page: number, pages: number) => string;
};

export type ScheduleInput = {
  meeting: { title: string; shortTitle: string; timeZone: string; startsAt: Date; pageSize: PageSize };
  delegation: string;
  entries: ScheduleEntry[];
  generatedAt: Date;
};

/**
 * One delegation's schedule as a tagged PDF for the minister's office: day by day, the
 * programme and the delegation's bilaterals (room, other parties, level, topic), every time
 * on the meeting's clock and labelled with its zone.
 */
export function renderSchedulePdf(raw: ScheduleInput, labels: ScheduleLabels): Promise<Buffer> {
  const { meeting, delegation, entries, generatedAt } = printableStrings(raw);
  const { locale } = labels;
  const { doc, root } = createPdf({
    title: labels.title,
    subject: meeting.title,
    author: meeting.title,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    pageSize: meeting.pageSize,
    createdAt: generatedAt,
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  writeHeading(doc, root, { title: labels.title, meetingTitle: meeting.title, note: labels.allTimes(zoneLabel(meeting.timeZone, locale, meeting.startsAt, 'generic')) });
  let day = '';
  for (const entry of entries) {
    const entryDay = formatDate(entry.start, meeting.timeZone, locale);
    if (entryDay !== day) {
      day = entryDay;
      writeDayHeading(doc, root, day);
    }
    if (doc.y > doc.page.height - MARGIN.bottom - 80) doc.addPage();
    const section = doc.struct('Sect');
    root.add(section);
    const time = formatTimeSpan(entry.start, entry.end, meeting.timeZone, locale);
    section.add(doc.struct('H3', {}, () => doc.font('serifBold').fontSize(11.5).text(`${time}  ${entry.bilateral ? labels.bilateralTitle(entry.title) : entry.title}`, MARGIN.left, doc.y, { width })));
    section.add(
      doc.struct('P', {}, () => {
        const details = [entry.location, entry.bilateral ? labels.bilateralDetails(entry.bilateral) : ''].filter(Boolean).join(' · ');
        if (details) doc.font('sans').fontSize(9.5).fillColor('#333333').text(details, { width });
        doc.fillColor('black');
        if (entry.description) doc.font('serif').fontSize(10.5).text(entry.description, { width, lineGap: 1 });
        doc.moveDown(0.7);
      }),
    );
    section.end();
  }
  root.end();
  return finishPdf(doc, { header: `${meeting.shortTitle} — ${delegation}`, pageLabel: labels.page });
}
