import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPositionForRevision } from '@/db/queries/positions';
import { PositionForm } from '@/components/positions/position-form';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { positiveId } from '@/lib/domain/route-params';

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/positions/${id}/edit`);
  const position = allowed(() => getPositionForRevision(viewer, meeting, positiveId(id) ?? notFound()));
  return { title: (await getTranslations('positions'))('reviseTitle', { title: position.title }) };
}

export default async function RevisePositionPage({ params }: Props) {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/positions/${id}/edit`);
  const position = allowed(() => getPositionForRevision(viewer, meeting, positiveId(id) ?? notFound()));
  const t = await getTranslations('positions');
  const next = position.version + 1;
  return (
    <section aria-labelledby="revise-title" className="space-y-4">
      <h1 id="revise-title" className="text-2xl font-semibold">{t('reviseTitle', { title: position.title })}</h1>
      <p className="max-w-3xl">
        {position.visibility === 'circulated' ? t('reviseCirculated', { number: next }) : t('reviseIntro', { number: next })}
      </p>
      <p>
        <Link href={`/meetings/${slug}/positions/${position.id}`}>{t('cancel')}</Link>
      </p>
      <PositionForm
        mode="revise"
        slug={slug}
        statement={{ id: position.id, version: position.version, title: position.title, body: position.versions[0].body }}
      />
    </section>
  );
}
