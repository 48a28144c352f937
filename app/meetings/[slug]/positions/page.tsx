import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listPositions, type PositionListItem } from '@/db/queries/positions';
import { formatDateTime } from '@/lib/format-time';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('positions'))('title') };
}

export default async function PositionsPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/positions');
  const positions = allowed(() => listPositions(viewer, meeting));
  const [t, locale] = await Promise.all([getTranslations('positions'), getLocale()]);
  const groups = new Map<string, PositionListItem[]>();
  for (const position of positions) {
    const heading = position.agendaItem?.title ?? t('general');
    groups.set(heading, [...(groups.get(heading) ?? []), position]);
  }
  return (
    <section aria-labelledby="positions-title" className="space-y-6">
      <h1 id="positions-title" className="text-2xl font-semibold">{t('title')}</h1>
      {positions.length === 0 && <p>{t('empty')}</p>}
      {[...groups].map(([heading, items]) => (
        <section key={heading} aria-label={heading}>
          <h2 className="mb-2 text-lg font-semibold">{heading}</h2>
          <div className="overflow-x-auto">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('delegation')}</th>
                  <th scope="col">{t('title')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('updated')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id}>
                    <td>{p.delegation.protocolName}</td>
                    <th scope="row">
                      <Link href={`/meetings/${slug}/positions/${p.id}`}>{p.title}</Link>
                    </th>
                    <td>{t(`visibilityValue.${p.visibility}`)}</td>
                    <td>{formatDateTime(p.savedAt, meeting.timeZone, locale, 'medium')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </section>
  );
}
