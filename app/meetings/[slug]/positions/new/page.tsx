import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { agendaForNewPosition } from '@/db/queries/positions';
import { PositionForm } from '@/components/positions/position-form';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('positions'))('newTitle') };
}

export default async function NewPositionPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/positions/new');
  const agendaItems = allowed(() => agendaForNewPosition(viewer, meeting));
  const t = await getTranslations('positions');
  return (
    <section aria-labelledby="new-position-title" className="space-y-4">
      <h1 id="new-position-title" className="text-2xl font-semibold">{t('newTitle')}</h1>
      <p className="max-w-3xl">{t('newIntro')}</p>
      <PositionForm mode="create" slug={slug} agendaItems={agendaItems.map((item) => ({ id: item.id, label: `${item.number}. ${item.title}` }))} />
    </section>
  );
}
