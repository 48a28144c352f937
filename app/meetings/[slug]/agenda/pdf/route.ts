import { getLocale, getTranslations } from 'next-intl/server';
import { listAgenda } from '@/db/queries/agenda';
import { meetingFileName } from '@/lib/domain/export-names';
import { renderProgrammePdf } from '@/lib/server/pdf/programme';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

export const dynamic = 'force-dynamic';

/** The published programme as PDF in the interface language, times on the meeting's clock and labelled. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const items = listAgenda(viewer, meeting, { publishedOnly: true });
    const [t, tAgenda, tFormat, locale] = await Promise.all([
      getTranslations('format.exports'),
      getTranslations('agenda'),
      getTranslations('format'),
      getLocale(),
    ]);
    const bytes = await renderProgrammePdf(
      { meeting, items, generatedAt: new Date() },
      {
        locale,
        title: t('programmeTitle'),
        subject: t('programmeSubject', { title: meeting.title }),
        allTimes: (place, zone) => t('allTimes', { place, zone }),
        kindValue: (kind) => tAgenda(`kindValue.${kind}`),
        chair: (chair) => tFormat('labelled', { label: tAgenda('chair'), value: chair }),
        speakers: (list) => t('speakers', { list }),
        page: (page, pages) => t('page', { page, pages }),
      },
    );
    return fileResponse(bytes, meetingFileName(meeting.slug, 'programme', 'pdf'), 'application/pdf');
  });
}
