import Link from 'next/link';
import { useTranslations } from '@/components/shell/use-translations';
import type { SearchHit } from '@/db/queries/position-search';
import { Pager } from '@/components/ui/pager';
import { firstRowOf } from '@/lib/domain/list-page';
import { MarkedText } from './marked-text';

type Props = {
  slug: string;
  words: string;
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  /** The address of another page of the same search. */
  pageHref: (page: number) => string;
  clearHref: string;
};

/** Ranked matches, a page at a time, each with its title and a snippet where the matching words are marked. */
export function SearchResults({ slug, words, hits, total, page, pageSize, pageHref, clearHref }: Props) {
  const t = useTranslations('positions');
  const first = firstRowOf({ page, pageSize });
  return (
    <section aria-labelledby="results-title" className="space-y-3">
      <h2 id="results-title" className="text-lg font-semibold">{t('resultsTitle')}</h2>
      <p role="status" data-testid="results-count">
        {t('resultsCount', { total, words })} {hits.length > 0 && hits.length < total && t('resultsRange', { from: first, to: first + hits.length - 1 })}{' '}
        <Link href={clearHref}>{t('clearSearch')}</Link>
      </p>
      <ol className="space-y-3" start={first}>
        {hits.map((hit) => (
          <li key={hit.id} className="rounded border border-rule bg-paper p-4">
            <h3 className="font-semibold">
              <Link href={`/meetings/${slug}/positions/${hit.id}`}>
                <MarkedText marked={hit.markedTitle} />
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {hit.delegation.protocolName} · {hit.agendaItem?.title ?? t('general')} ·{' '}
              <span className="badge">{t(`visibilityValue.${hit.visibility}`)}</span>
            </p>
            <p className="mt-2 font-serif" data-testid="search-snippet">
              <MarkedText marked={hit.markedSnippet} />
            </p>
          </li>
        ))}
      </ol>
      <Pager
        label={t('resultsPages')}
        page={page}
        pageSize={pageSize}
        total={total}
        pageHref={pageHref}
        previousLabel={t('previousPage', { size: pageSize })}
        nextLabel={t('nextPage')}
      />
    </section>
  );
}
