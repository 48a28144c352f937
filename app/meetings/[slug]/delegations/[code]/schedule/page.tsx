import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LiveUpdates } from '@/components/live/live-updates';
import { getDelegationSchedule } from '@/db/queries/bilaterals';
import { lastEventId } from '@/lib/platform/events';
import { formatDate, formatTimeSpan, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bilaterals'))('scheduleHeading') };
}

/**
 * One delegation's schedule: the published programme and its booked bilaterals, day by day,
 * with the same as PDF and as a calendar feed. Its own people and the secretariat; kept live.
 */
export default async function SchedulePage({ params }: Props) {
  const { slug, code } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}/schedule`);
  const seen = lastEventId();
  const schedule = allowed(() => getDelegationSchedule(viewer, meeting, code));
  const [t, locale] = await Promise.all([getTranslations('bilaterals'), getLocale()]);
  const zone = meeting.timeZone;
  const days = new Map<string, typeof schedule.entries>();
  for (const entry of schedule.entries) {
    const day = formatDate(entry.start, zone, locale);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  const base = `/meetings/${slug}/delegations/${code}/schedule`;
  return (
    <section aria-labelledby="schedule-title" className="space-y-6">
      <header className="space-y-1">
        <h1 id="schedule-title" className="text-2xl font-semibold">
          {t('scheduleTitle', { delegation: schedule.delegation.name })}
        </h1>
        <p className="text-sm text-muted">{t('allTimes', { zone: zoneLabel(zone, locale, meeting.startsAt, 'generic') })}</p>
        <p className="flex flex-wrap gap-4">
          <a href={`${base}/pdf`}>{t('schedulePdf')}</a>
          <a href={`${base}/ics`}>{t('scheduleIcs')}</a>
        </p>
        <LiveUpdates url={`/meetings/${slug}/events`} since={seen} />
      </header>
      {schedule.entries.length === 0 && <p>{t('scheduleEmpty')}</p>}
      {[...days].map(([day, entries]) => (
        <section key={day} aria-label={day} className="space-y-2">
          <h2 className="text-xl font-semibold">{day}</h2>
          <ol className="space-y-2">
            {entries.map((entry) => (
              <li key={entry.uid} className={`rounded border p-3 ${entry.bilateral ? 'border-accent bg-paper' : 'border-rule'}`} data-testid={entry.bilateral ? 'schedule-bilateral' : 'schedule-item'}>
                <p className="font-semibold">
                  <span className="tabular-nums">{formatTimeSpan(entry.start, entry.end, zone, locale)}</span> {entry.bilateral ? t('bilateralSummary', { title: entry.title }) : entry.title}
                </p>
                {entry.location && <p className="text-sm">{entry.location}</p>}
                {entry.bilateral && (
                  <p className="text-sm">
                    {t('scheduleDetails', { with: entry.bilateral.with.join(', '), level: t(`levelValue.${entry.bilateral.level}`), interpretation: entry.bilateral.interpretation ? 'yes' : 'no' })}
                  </p>
                )}
                {entry.description && <p className="text-sm text-muted">{entry.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
