import 'server-only';
import type { ScheduleEntry } from '@/db/queries/bilaterals';
import { formatDate, formatTimeSpan, zoneLabel } from '@/lib/format-time';
import { printableStrings } from '@/lib/printable';
import { createPdf, finishPdf, MARGIN, type PageSize } from './pdf-kit';

/** The schedule's words in the interface language (the route takes them from the catalogue). */
export type ScheduleLabels = {
  locale: string;
  title: string;
  allTimes: (zone: string) => string;
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
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('serifBold').fontSize(16).text(labels.title, MARGIN.left, MARGIN.top + 8, { width, align: 'center' });
      doc.font('serif').fontSize(12).text(meeting.title, { width, align: 'center' });
    }),
  );
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(0.4);
      doc.font('serifItalic').fontSize(11).text(labels.allTimes(zoneLabel(meeting.timeZone, locale, meeting.startsAt, 'generic')), { width, align: 'center' });
      doc.moveDown(1);
    }),
  );
  let day = '';
  for (const entry of entries) {
    const entryDay = formatDate(entry.start, meeting.timeZone, locale);
    if (entryDay !== day) {
      day = entryDay;
      if (doc.y > doc.page.height - MARGIN.bottom - 120) doc.addPage();
      doc.outline.addItem(day);
      root.add(doc.struct('H2', {}, () => doc.font('serifBold').fontSize(13).text(day, MARGIN.left, doc.y + 6, { width })));
      doc.moveDown(0.3);
    }
    if (doc.y > doc.page.height - MARGIN.bottom - 80) doc.addPage();
    const section = doc.struct('Sect');
    root.add(section);
    const time = formatTimeSpan(entry.start, entry.end, meeting.timeZone, locale);
    section.add(doc.struct('H3', {}, () => doc.font('serifBold').fontSize(11.5).text(`${time}  ${entry.title}`, MARGIN.left, doc.y, { width })));
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
