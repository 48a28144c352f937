import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { focusAddress, FOCUS_VALUES, type FocusState, type FocusView } from '@/lib/domain/document-focus';

/**
 * The filters of the document page, as links whose address holds the filter, each with how
 * many paragraphs it shows; and what the current one hides.
 */
export async function FocusFilters({
  base,
  state,
  view,
  shown,
  since,
}: {
  base: string;
  state: FocusState;
  view: Pick<FocusView, 'counts' | 'total' | 'paging'>;
  /** Paragraphs (headings aside) on this page. */
  shown: number;
  /** The earlier visit "changed" counts from, formatted; null on a first visit. */
  since: string | null;
}) {
  const t = await getTranslations('documentFocus');
  return (
    <div className="space-y-1 font-sans no-print">
      <nav aria-label={t('filtersLabel')}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {FOCUS_VALUES.map((show) => (
            <li key={show}>
              <Link href={focusAddress(base, { show, section: null, preview: null })} aria-current={show === state.show ? 'page' : undefined} className="aria-[current=page]:font-semibold">
                {t(`filter.${show}`)} ({view.counts[show]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {shown < view.total && (
        <p className="text-sm" data-testid="focus-summary">
          {t(view.paging ? 'showingPart' : 'showing', { shown, total: view.total })}
        </p>
      )}
      {state.show === 'changed' && <p className="text-sm">{since === null ? t('firstVisit') : t('sinceVisit', { time: since })}</p>}
      {shown === 0 && <p className="text-sm">{t('noneMatch')}</p>}
    </div>
  );
}
