import { getTranslations } from 'next-intl/server';
import { AccessDenied } from '@/db/access';
import { listParticipants } from '@/db/queries/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { participantsCsv } from '@/lib/roster-csv';
import { getViewer } from '@/lib/viewer';

type Context = { params: Promise<{ slug: string }> };

/**
 * The participants list as CSV, a plain link so that a copied address works: one row per
 * person, delegations in order of precedence, contact details only where the viewer may
 * read them (the data layer leaves the others out).
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'signed_out' }, { status: 401 });
  try {
    const meeting = getMeeting(viewer, slug);
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
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${meeting.slug}-participants.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AccessDenied) {
      return Response.json({ error: error.status === 404 ? 'not_found' : 'forbidden' }, { status: error.status });
    }
    throw error;
  }
}
