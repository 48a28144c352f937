import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPosition } from '@/db/queries/positions';
import { formatDateTime } from '@/lib/format-time';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string; id: string }> };

function statementId(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/positions/${id}`);
  return { title: allowed(() => getPosition(viewer, meeting, statementId(id))).title };
}

export default async function PositionPage({ params }: Props) {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/positions/${id}`);
  const position = allowed(() => getPosition(viewer, meeting, statementId(id)));
  const [t, locale] = await Promise.all([getTranslations('positions'), getLocale()]);
  const [latest] = position.versions;
  return (
    <article aria-labelledby="position-title" className="space-y-4">
      <header>
        <p className="text-muted">{position.delegation.protocolName}</p>
        <h1 id="position-title" className="font-serif text-2xl font-semibold">{position.title}</h1>
        <p className="text-sm text-muted">
          {position.agendaItem ? t('onItem', { item: position.agendaItem.title }) : t('general')}
          {' · '}
          <span className="badge">{t(`visibilityValue.${position.visibility}`)}</span>
          {position.circulated?.byName && (
            <>
              {' · '}
              {t('circulatedBy', { name: position.circulated.byName })},{' '}
              {formatDateTime(position.circulated.at, meeting.timeZone, locale)}
            </>
          )}
        </p>
      </header>
      {/* Shown as plain text for now: React escapes it, so nothing typed can become markup. */}
      {latest && <div className="whitespace-pre-line rounded border border-rule bg-paper p-5 font-serif">{latest.body}</div>}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title" className="text-lg font-semibold">{t('versions')}</h2>
        <ol className="ml-6 list-disc">
          {position.versions.map((v) => (
            <li key={v.number}>
              {t('versionLabel', { number: v.number })} — {formatDateTime(v.savedAt, meeting.timeZone, locale)}
              {v.authorName && ` — ${v.authorName}`}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
