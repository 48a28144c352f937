import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckInDesk } from '@/components/accreditation/check-in-desk';
import { getCheckInMeeting } from '@/db/queries/meetings';
import { allowed } from '@/lib/server/page-guard';
import { requireViewer } from '@/lib/server/viewer';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkIn'))('title') };
}

/** The security desk at the entrance: for the door staff and the secretariat only. */
export default async function CheckInPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requireViewer(`/meetings/${slug}/check-in`);
  const meeting = allowed(() => getCheckInMeeting(viewer, slug));
  const t = await getTranslations('checkIn');
  return (
    <section aria-labelledby="check-in-title" className="space-y-4">
      <header>
        <h1 id="check-in-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{t('intro', { meeting: meeting.shortTitle })}</p>
      </header>
      <CheckInDesk slug={slug} />
    </section>
  );
}
