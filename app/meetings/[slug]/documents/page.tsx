import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listDocuments } from '@/db/queries/documents';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('documents'))('title') };
}

export default async function DocumentsPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/documents');
  const documents = allowed(() => listDocuments(viewer, meeting));
  const [t, tFormat] = await Promise.all([getTranslations('documents'), getTranslations('format')]);
  return (
    <section aria-labelledby="documents-title" className="space-y-4">
      <h1 id="documents-title" className="text-2xl font-semibold">{t('title')}</h1>
      {/* Only the meeting's own secretariat gets this far as a secretariat account. */}
      {viewer.role === 'secretariat' && (
        <p>
          <Link href={`/meetings/${slug}/documents/new`} className="button inline-block">
            {t('new')}
          </Link>
        </p>
      )}
      {documents.length === 0 && <p>{t('empty')}</p>}
      <ul className="space-y-3">
        {documents.map((d) => (
          <li key={d.id} className="rounded border border-rule bg-paper p-4">
            <p className="text-sm text-muted">
              <span className="mr-2 font-semibold text-ink" data-testid="document-symbol">
                <span className="sr-only">{tFormat('label', { label: t('symbol') })} </span>
                {d.symbol}
              </span>
              {t(`kindValue.${d.kind}`)}
            </p>
            <h2 className="font-serif text-lg font-semibold">
              <Link href={`/meetings/${slug}/documents/${d.id}`}>{d.title}</Link>
            </h2>
            <p className="text-sm">
              <span className="badge mr-2">{t(`statusValue.${d.status}`)}</span>
              <span className="badge mr-2">{t(`distributionValue.${d.distribution}`)}</span>
              {t('revision', { number: d.revision })} · {t('paragraphs', { count: d.paragraphCount })} ·{' '}
              {t('openAmendments', { count: d.openAmendmentCount })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
