import { getLocale, getTranslations } from 'next-intl/server';
import { getDelegationSchedule } from '@/db/queries/bilaterals';
import { meetingFileName } from '@/lib/domain/export-names';
import { renderSchedulePdf } from '@/lib/server/pdf/schedule';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

export const dynamic = 'force-dynamic';

/** A delegation's schedule (programme and its bilaterals) as PDF: its own people and the secretariat; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const schedule = getDelegationSchedule(viewer, meeting, code);
    const [t, tExports, locale] = await Promise.all([getTranslations('bilaterals'), getTranslations('format.exports'), getLocale()]);
    const bytes = await renderSchedulePdf(
      { meeting, delegation: schedule.delegation.name, entries: schedule.entries, generatedAt: new Date() },
      {
        locale,
        title: t('scheduleTitle', { delegation: schedule.delegation.name }),
        allTimes: (zone) => t('allTimes', { zone }),
        bilateralTitle: (title) => t('bilateralSummary', { title }),
        bilateralDetails: (b) => t('scheduleDetails', { with: b.with.join(', '), level: t(`levelValue.${b.level}`), interpretation: b.interpretation ? 'yes' : 'no' }),
        page: (page, pages) => tExports('page', { page, pages }),
      },
    );
    return fileResponse(bytes, meetingFileName(meeting.slug, `schedule-${code}`, 'pdf'), 'application/pdf');
  });
}
