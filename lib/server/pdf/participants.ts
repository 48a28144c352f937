import 'server-only';
import type { ParticipantsList } from '@/db/queries/delegations';
import { formatDateTime } from '@/lib/domain/format-time';
import { createPdf, finishPdf, MARGIN, writeHeading, type PageSize } from './pdf-kit';
import { printableStrings } from '@/lib/domain/printable';

type RosterMember = ParticipantsList[number]['members'][number];

/** The list's words in the interface language (the route takes them from the catalogue). */
export type ParticipantsLabels = {
  /** The interface language: dates are written in it, and the PDF says it is in it. */
  locale: string;
  title: string;
  subject: string;
  coChair: string;
  didNotAttend: string;
  functionValue: (code: RosterMember['function']) => string;
  accreditationValue: (code: NonNullable<RosterMember['contact']>['accreditation']) => string;
  arrives: (when: string) => string;
  leaves: (when: string) => string;
  page: (page: number, pages: number) => string;
};

export type ParticipantsInput = {
  meeting: { title: string; shortTitle: string; timeZone: string; pageSize: PageSize };
  /** From the data layer: contact details are present only where the viewer may read them. */
  list: ParticipantsList;
  generatedAt: Date;
};

/**
 * The list of participants as a tagged PDF: delegations in order of precedence, each
 * person with title and function, and e-mail, accreditation and travel only where the
 * list carries them (what the viewer may read).
 */
export function renderParticipantsPdf(raw: ParticipantsInput, labels: ParticipantsLabels): Promise<Buffer> {
  const { meeting, list, generatedAt } = printableStrings(raw);
  const { doc, root } = createPdf({
    title: `${labels.title}: ${meeting.title}`,
    subject: labels.subject,
    author: meeting.title,
    language: labels.locale === 'fr' ? 'fr-FR' : 'en-GB',
    pageSize: meeting.pageSize,
    createdAt: generatedAt,
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  writeHeading(doc, root, { title: labels.title, meetingTitle: meeting.title });
  const when = (instant: Date | null) => (instant ? formatDateTime(instant, meeting.timeZone, labels.locale, 'medium') : '');
  for (const { delegation, members } of list) {
    if (doc.y > doc.page.height - MARGIN.bottom - 100) doc.addPage();
    doc.outline.addItem(delegation.protocolName);
    const section = doc.struct('Sect');
    root.add(section);
    const status = delegation.role === 'co_chair' ? ` (${labels.coChair})` : delegation.participation === 'declined' ? ` (${labels.didNotAttend})` : '';
    section.add(
      doc.struct('H2', {}, () => doc.font('serifBold').fontSize(12.5).text(`${delegation.protocolName}${status}`, MARGIN.left, doc.y + 4, { width })),
    );
    const people = doc.struct('L');
    section.add(people);
    for (const member of members) {
      const contact = member.contact
        ? [
            member.contact.email ?? '',
            labels.accreditationValue(member.contact.accreditation),
            member.contact.arrivalAt ? labels.arrives(when(member.contact.arrivalAt)) : '',
            member.contact.departureAt ? labels.leaves(when(member.contact.departureAt)) : '',
          ]
            .filter(Boolean)
            .join(' · ')
        : '';
      people.add(
        doc.struct('LI', {}, [
          doc.struct('LBody', {}, () => {
            doc.font('serif').fontSize(10.5).text(member.fullName, MARGIN.left + 12, doc.y, { width: width - 12, continued: true });
            doc.font('serifItalic').text(` — ${[member.title, labels.functionValue(member.function)].filter(Boolean).join(', ')}`, { width: width - 12 });
            if (contact) doc.font('sans').fontSize(8.5).fillColor('#444444').text(contact, MARGIN.left + 12, doc.y, { width: width - 12 });
            doc.fillColor('black').moveDown(0.2);
          }),
        ]),
      );
    }
    people.end();
    section.end();
    doc.moveDown(0.5);
  }
  root.end();
  return finishPdf(doc, { header: meeting.shortTitle, pageLabel: labels.page });
}
