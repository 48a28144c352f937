import { getLocale, getTranslations } from 'next-intl/server';
import { listParticipants } from '@/db/queries/delegations';
import { meetingFileName } from '@/lib/domain/export-names';
import { renderParticipantsPdf } from '@/lib/server/pdf/participants';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

export const dynamic = 'force-dynamic';

/** The list of participants as PDF in the interface language; contact details only where the viewer may read them. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const [t, tDelegations, locale] = await Promise.all([getTranslations('format.exports'), getTranslations('delegations'), getLocale()]);
    const bytes = await renderParticipantsPdf(
      { meeting, list: listParticipants(viewer, meeting), generatedAt: new Date() },
      {
        locale,
        title: t('participantsTitle'),
        subject: t('participantsSubject', { title: meeting.title }),
        coChair: tDelegations('roleValue.co_chair'),
        didNotAttend: t('didNotAttend'),
        functionValue: (code) => tDelegations(`functionValue.${code}`),
        accreditationValue: (code) => t(`accreditation.${code}`),
        arrives: (when) => t('arrives', { when }),
        leaves: (when) => t('leaves', { when }),
        page: (page, pages) => t('page', { page, pages }),
      },
    );
    return fileResponse(bytes, meetingFileName(meeting.slug, 'participants', 'pdf'), 'application/pdf');
  });
}
