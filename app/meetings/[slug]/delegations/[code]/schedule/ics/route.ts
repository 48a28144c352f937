import { getTranslations } from 'next-intl/server';
import { getDelegationSchedule } from '@/db/queries/bilaterals';
import { meetingFileName } from '@/lib/domain/export-names';
import { buildCalendar } from '@/lib/domain/ics';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

export const dynamic = 'force-dynamic';

/**
 * A delegation's schedule as an iCalendar feed. Each event keeps its UID and counts its
 * changes in SEQUENCE, so a calendar that subscribes moves a re-booked bilateral in place
 * rather than adding a second one. Its own people and the secretariat; 404 for anyone else.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const schedule = getDelegationSchedule(viewer, meeting, code);
    const t = await getTranslations('bilaterals');
    const calendar = buildCalendar({
      name: `${meeting.shortTitle} — ${t('scheduleTitle', { delegation: schedule.delegation.name })}`,
      timeZone: meeting.timeZone,
      now: new Date(),
      events: schedule.entries.map((entry) => ({
        uid: entry.uid,
        sequence: entry.sequence,
        start: entry.start,
        end: entry.end,
        summary: entry.bilateral ? t('bilateralSummary', { title: entry.title }) : entry.title,
        description: entry.bilateral
          ? [t('scheduleDetails', { with: entry.bilateral.with.join(', '), level: t(`levelValue.${entry.bilateral.level}`), interpretation: entry.bilateral.interpretation ? 'yes' : 'no' }), entry.description].join('\n\n')
          : entry.description,
        location: entry.location,
        categories: [entry.bilateral ? t('title') : meeting.shortTitle],
        lastModified: null,
      })),
    });
    return fileResponse(calendar, meetingFileName(meeting.slug, `schedule-${code}`, 'ics'), 'text/calendar; charset=utf-8');
  });
}
