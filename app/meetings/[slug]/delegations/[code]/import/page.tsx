import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/roster/import-form';
import { getRosterForEditing } from '@/db/queries/delegations';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rosterImport'))('title') };
}

export default async function ImportRosterPage({ params }: Props) {
  const { slug, code } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}/import`);
  const { delegation } = allowed(() => getRosterForEditing(viewer, meeting, code));
  const [t, tDelegations] = await Promise.all([getTranslations('rosterImport'), getTranslations('delegations')]);
  const columns = ['name', 'personTitle', 'function', 'email', 'arrival', 'departure'] as const;
  return (
    <section aria-labelledby="import-title" className="max-w-4xl space-y-4">
      <h1 id="import-title" className="text-2xl font-semibold">
        {t('heading', { name: delegation.protocolName })}
      </h1>
      <p>{t('intro')}</p>
      <p>
        {t('columns')}{' '}
        {columns.map((c, i) => (
          <span key={c}>
            <code className="rounded bg-navy-soft px-1">{tDelegations(c)}</code>
            {i < columns.length - 1 ? ', ' : ''}
          </span>
        ))}
        . {t('columnsNote', { zone: meeting.timeZone })}
      </p>
      <ImportForm slug={slug} code={code} />
      <p>
        <Link href={`/meetings/${slug}/delegations/${code}`}>{t('back')}</Link>
      </p>
    </section>
  );
}
