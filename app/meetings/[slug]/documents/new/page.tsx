import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewDocumentForm } from '@/components/documents/new-document/new-document-form';
import { checkDocumentCreator } from '@/db/queries/documents';
import { DOCUMENT_KIND_VALUES, DRAFTING_MODE_VALUES } from '@/lib/domain/values';
import { DRAFT_UPLOAD_LIMIT_BYTES } from '@/lib/domain/limits';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('newDocument'))('title') };
}

/** "New document": for the meeting's secretariat (403 for its delegations, 404 for strangers). */
export default async function NewDocumentPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/documents/new');
  allowed(() => checkDocumentCreator(viewer, meeting));
  const t = await getTranslations('newDocument');
  return (
    <section aria-labelledby="new-document-title" className="space-y-4">
      <h1 id="new-document-title" className="text-2xl font-semibold">
        {t('title')}
      </h1>
      <p className="text-muted">{t('intro')}</p>
      <NewDocumentForm slug={slug} kinds={DOCUMENT_KIND_VALUES} modes={DRAFTING_MODE_VALUES} languages={meeting.workingLanguages} maxUploadBytes={DRAFT_UPLOAD_LIMIT_BYTES} />
    </section>
  );
}
