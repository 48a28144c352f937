import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDocument } from '@/db/queries/documents';
import { formatDate } from '@/lib/format-time';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string; id: string }> };

function documentId(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}`);
  return { title: allowed(() => getDocument(viewer, meeting, documentId(id))).title };
}

export default async function DocumentPage({ params }: Props) {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}`);
  const document = allowed(() => getDocument(viewer, meeting, documentId(id)));
  const [t, locale] = await Promise.all([getTranslations('documents'), getLocale()]);
  return (
    <article aria-labelledby="document-title" className="space-y-4">
      <header className="space-y-1">
        <p className="text-sm">
          <span className="badge mr-2">{t(`statusValue.${document.status}`)}</span>
          {t('revision', { number: document.revision })}
        </p>
        <h1 id="document-title" className="font-serif text-2xl font-semibold">{document.title}</h1>
        <p className="font-serif italic">
          {meeting.city}, {formatDate(meeting.endsAt, meeting.timeZone, locale)}
        </p>
      </header>
      <section aria-label={t('text')} className="space-y-3 rounded border border-rule bg-paper p-5 font-serif text-lg">
        {document.paragraphs.map((p) =>
          p.kind === 'heading' ? (
            <h2 key={p.id} className="pt-3 font-semibold">{p.text}</h2>
          ) : (
            <div key={p.id} className="flex gap-3">
              <span className="w-8 shrink-0 text-right font-semibold" aria-hidden={p.number === null}>
                {p.number !== null ? `${p.number}.` : ''}
              </span>
              <div className="flex-1">
                <p className={p.kind === 'preambular' ? 'italic' : undefined}>{p.text}</p>
                <p className="mt-1 font-sans text-sm text-muted">
                  <span className="badge mr-2">{t(`paragraphStatus.${p.status}`)}</span>
                  {t('openAmendments', { count: p.openAmendmentCount })}
                </p>
              </div>
            </div>
          ),
        )}
      </section>
    </article>
  );
}
