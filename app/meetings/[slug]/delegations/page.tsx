import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listDelegations } from '@/db/queries/delegations';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('title') };
}

export default async function DelegationsPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/delegations');
  const delegations = allowed(() => listDelegations(viewer, meeting));
  const t = await getTranslations('delegations');
  return (
    <section aria-labelledby="delegations-title">
      <h1 id="delegations-title" className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-muted">{t('intro')}</p>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('participation')}</th>
              <th scope="col">{t('head')}</th>
              <th scope="col">{t('members')}</th>
            </tr>
          </thead>
          <tbody>
            {delegations.map((d) => (
              <tr key={d.id}>
                <th scope="row" className="font-semibold">
                  <Link href={`/meetings/${slug}/delegations/${d.code}`}>{d.protocolName}</Link>
                </th>
                <td>{t(`roleValue.${d.role}`)}</td>
                <td>{t(`participationValue.${d.participation}`)}</td>
                <td>{d.headName ?? '—'}</td>
                <td>{d.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
