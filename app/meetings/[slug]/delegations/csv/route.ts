import { getTranslations } from 'next-intl/server';
import { listParticipants } from '@/db/queries/delegations';
import { meetingFileName } from '@/lib/domain/export-names';
import { participantsCsv } from '@/lib/domain/roster-csv';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

type Context = { params: Promise<{ slug: string }> };

/**
 * The participants list as CSV, a plain link so that a copied address works: one row per
 * person, delegations in order of precedence, contact details only where the viewer may
 * read them (the data layer leaves the others out).
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const list = listParticipants(viewer, meeting);
    const t = await getTranslations('delegations');
    const csv = participantsCsv(
      list,
      {
        delegation: t('delegationColumn'),
        name: t('name'),
        title: t('personTitle'),
        function: t('function'),
        email: t('email'),
        accreditation: t('accreditation'),
        arrival: t('arrival'),
        departure: t('departure'),
        functionValue: (code) => t(`functionValue.${code}` as 'functionValue.head'),
        accreditationValue: (code) => t(`accreditationValue.${code}` as 'accreditationValue.approved'),
      },
      meeting.timeZone,
    );
    return fileResponse(csv, meetingFileName(meeting.slug, 'participants', 'csv'), 'text/csv; charset=utf-8');
  });
}
