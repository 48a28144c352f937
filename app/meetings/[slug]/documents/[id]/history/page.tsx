import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Redline } from '@/components/ui/redline';
import { documentTextAt, getDocumentHistory } from '@/db/queries/history';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { compareWords } from '@/lib/domain/word-diff';
import { positiveId } from '@/lib/domain/route-params';

type Props = {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('drafting'))('history') };
}

/** Every revision of the text, and a word-by-word comparison of any two (chosen by GET, so it has an address). */
export default async function DocumentHistoryPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const documentId = positiveId(id) ?? notFound();
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}/history`);
  const history = allowed(() => getDocumentHistory(viewer, meeting, documentId));
  const query = await searchParams;
  const latest = history.document.revision;
  const to = Math.min(positiveId(query.to) ?? latest, latest);
  const from = Math.min(positiveId(query.from) ?? Math.max(1, to - 1), to);
  const before = documentTextAt(viewer, meeting, documentId, from);
  const after = documentTextAt(viewer, meeting, documentId, to);
  const changed = after
    .map((p, i) => ({ paragraphId: p.paragraphId, before: before[i].text, after: p.text }))
    .filter((p) => p.before !== p.after);
  const [t, tOverview, locale] = await Promise.all([getTranslations('drafting'), getTranslations('overview'), getLocale()]);
  const revisionNumbers = Array.from({ length: latest }, (_, i) => latest - i);

  return (
    <article aria-labelledby="history-title" className="space-y-6">
      <p>
        <Link href={`/meetings/${slug}/documents/${documentId}`}>{t('backToDocument')}</Link>
      </p>
      <h1 id="history-title" className="font-serif text-2xl font-semibold">{t('historyTitle', { title: history.document.title })}</h1>
      <p className="text-sm text-muted">{tOverview('timeZoneNote', { zone: zoneLabel(meeting.timeZone, locale, new Date()) })}</p>

      <section aria-labelledby="compare-title" className="space-y-3 rounded border border-rule bg-paper p-4">
        <h2 id="compare-title" className="text-xl font-semibold">{t('compare')}</h2>
        <form method="get" className="flex flex-wrap items-end gap-3">
          {(['from', 'to'] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`compare-${name}`} className="mb-1 block font-semibold">
                {name === 'from' ? t('compareFrom') : t('compareTo')}
              </label>
              <select id={`compare-${name}`} name={name} defaultValue={name === 'from' ? from : to} className="rounded border border-muted bg-white px-3 py-2">
                {revisionNumbers.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="button">{t('compareButton')}</button>
        </form>
        <h3 className="font-semibold" data-testid="comparison-title">{t('comparison', { from, to })}</h3>
        {changed.length === 0 ? (
          <p>{t('noChanges')}</p>
        ) : (
          <ol className="space-y-3 font-serif" data-testid="comparison">
            {changed.map((p) => (
              <li key={p.paragraphId} className="rounded border border-rule p-3">
                {p.before === null && p.after !== null && <ins className="bg-green-50">{p.after}</ins>}
                {p.after === null && p.before !== null && <del className="bg-red-50">{p.before}</del>}
                {p.before !== null && p.after !== null && <Redline parts={compareWords(p.before, p.after).changes} />}
              </li>
            ))}
          </ol>
        )}
      </section>

      {history.silenceEvents.length > 0 && (
        <section aria-labelledby="silence-history-title">
          <h2 id="silence-history-title" className="mb-2 text-xl font-semibold">{t('silenceHistory')}</h2>
          <ol className="space-y-1" data-testid="silence-history">
            {history.silenceEvents.map((e) => (
              <li key={`${e.action}-${e.at.getTime()}`}>
                {t(`silenceEvent.${e.action}`, {
                  name: e.actorName ?? '—',
                  delegation: e.delegation ?? '',
                  deadline: e.deadline ? formatDateTime(e.deadline, meeting.timeZone, locale) : '—',
                  reason: e.reason ?? '',
                })}{' '}
                <span className="text-sm text-muted">{formatDateTime(e.at, meeting.timeZone, locale, 'medium')}</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title" className="mb-2 text-xl font-semibold">{t('revisions')}</h2>
        <ol className="space-y-1" data-testid="revision-list">
          {history.revisions.map((r) => (
            <li key={`${r.number}-${r.paragraphId}`}>
              {r.kind === 'create' && r.number === 1
                ? t('initialText')
                : t('revisionLine', {
                    number: r.number,
                    paragraph:
                      r.paragraph?.kind === 'paragraph'
                        ? t(`paragraphName.${r.paragraph.paragraphKind}`, { number: r.paragraph.number })
                        : t('deletedParagraph'),
                    kind: t(`revisionKind.${r.kind}`),
                    author: r.authorName ?? '—',
                  })}{' '}
              <span className="text-sm text-muted">{formatDateTime(r.at, meeting.timeZone, locale, 'medium')}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
