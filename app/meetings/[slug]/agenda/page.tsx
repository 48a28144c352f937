import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { listAgenda } from '@/db/queries/agenda';
import { formatDate, formatTime, zoneLabel } from '@/lib/format-time';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agenda'))('title') };
}

export default async function AgendaPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/agenda');
  const items = allowed(() => listAgenda(viewer, meeting));
  const [t, tOverview, locale] = await Promise.all([getTranslations('agenda'), getTranslations('overview'), getLocale()]);
  const days = new Map<string, typeof items>();
  for (const item of items) {
    const day = formatDate(item.startsAt, meeting.timeZone, locale);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <section aria-labelledby="agenda-title" className="space-y-6">
      <div>
        <h1 id="agenda-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-muted">
          {tOverview('timeZoneNote', { zone: zoneLabel(meeting.timeZone, locale, meeting.startsAt) })}
        </p>
      </div>
      {items.length === 0 && <p>{t('empty')}</p>}
      {[...days].map(([day, dayItems]) => (
        <section key={day} aria-label={day}>
          <h2 className="mb-2 text-xl font-semibold">{day}</h2>
          <ol className="space-y-3">
            {dayItems.map((item) => (
              <li key={item.id} className="rounded border border-rule bg-paper p-4">
                <h3 className="text-lg font-semibold">
                  <span className="mr-2 text-muted">{item.number}.</span>
                  {item.title}
                </h3>
                <p className="text-sm">
                  <time dateTime={item.startsAt.toISOString()}>{formatTime(item.startsAt, meeting.timeZone, locale)}</time>
                  {' – '}
                  <time dateTime={item.endsAt.toISOString()}>{formatTime(item.endsAt, meeting.timeZone, locale)}</time>
                  {' · '}
                  {t(`kindValue.${item.kind}`)}
                  {item.location && ` · ${item.location}`}
                  {!item.published && <span className="badge ml-2">{t('draft')}</span>}
                </p>
                {item.chair && (
                  <p className="text-sm">
                    {t('chair')}: {item.chair}
                  </p>
                )}
                {item.description && <p className="mt-2">{item.description}</p>}
                {item.speakers.length > 0 && (
                  <div className="mt-2 text-sm">
                    <p className="font-semibold">{t('speakers')}</p>
                    <ol className="ml-6 list-decimal">
                      {item.speakers.map((s) => (
                        <li key={s.code}>{s.protocolName}</li>
                      ))}
                    </ol>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
