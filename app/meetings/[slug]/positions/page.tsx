import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { mayWritePositions } from '@/db/access';
import { listDelegationChoices } from '@/db/queries/delegations';
import { searchPositions, type SearchRequest } from '@/db/queries/position-search';
import {
  getPositionMatrix,
  listAgendaChoices,
  listPositions,
  type PositionListItem,
  type PositionListPage,
  type PositionMatrix as PositionMatrixData,
  type StatementFilter,
} from '@/db/queries/positions';
import { PositionMatrix } from '@/components/positions/position-matrix';
import { SearchForm } from '@/components/positions/search-form';
import { SearchResults } from '@/components/positions/search-results';
import { Pager } from '@/components/ui/pager';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { firstRowOf, requestedPage } from '@/lib/domain/list-page';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Query = Record<string, string | string[] | undefined>;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Query>;
};

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** The delegation and agenda item the address keeps (`?delegation=jp&item=3`), for the list and the search alike. */
function filterOf(query: Query): StatementFilter {
  const delegation = single(query.delegation);
  const item = single(query.item);
  return {
    delegation: /^[a-z]{2}$/.test(delegation) ? delegation : undefined,
    agendaItem: item === 'general' ? 'general' : /^[1-9]\d{0,8}$/.test(item) ? Number(item) : undefined,
  };
}

/**
 * The search the address asks for (`?q=…&delegation=jp&item=3&page=2`), or null for the
 * list: the form sent with no words but a delegation or an item asks for the list of those.
 */
function searchRequest(query: Query): SearchRequest | null {
  if (typeof query.q !== 'string') return null;
  const filter = filterOf(query);
  const words = query.q.trim();
  if (!words && (filter.delegation || filter.agendaItem)) return null;
  return { words, ...filter, page: requestedPage(query.page) };
}

/** The address's fields named `names`, to build links to other pages of the same list or search. */
function fieldsOf(query: Query, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (typeof query[name] === 'string' && query[name] ? [[name, query[name]]] : [])));
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('positions'))('title') };
}

export default async function PositionsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { viewer, meeting } = await meetingPage(slug, '/positions');
  const request = searchRequest(query);
  const outcome = request ? allowed(() => searchPositions(viewer, meeting, request)) : null;
  const [t, locale] = await Promise.all([getTranslations('positions'), getLocale()]);
  const basePath = `/meetings/${slug}/positions`;
  const delegations = allowed(() => listDelegationChoices(viewer, meeting));
  const agendaItems = allowed(() => listAgendaChoices(viewer, meeting)).map((item) => ({ id: item.id, label: `${item.number}. ${item.title}` }));
  const found = outcome?.status === 'found' ? outcome : null;
  // A search that could not run shows the whole list beneath its message.
  const listFilter = outcome ? {} : filterOf(query);
  const filtered = Boolean(listFilter.delegation || listFilter.agendaItem);
  const listed = found ? null : allowed(() => listPositions(viewer, meeting, { ...listFilter, page: outcome ? 1 : requestedPage(query.page) }));

  return (
    <section aria-labelledby="positions-title" className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="positions-title" className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-muted">{t('intro')}</p>
        </div>
        {mayWritePositions(viewer) && (
          <Link href={`${basePath}/new`} className="button no-underline">
            {t('newStatement')}
          </Link>
        )}
      </div>
      <SearchForm
        action={basePath}
        current={{ words: single(query.q), delegation: single(query.delegation), agendaItem: single(query.item) }}
        error={outcome?.status === 'invalid' ? outcome.code : undefined}
        delegations={delegations}
        agendaItems={agendaItems}
      />
      {found && request && (
        <SearchResults
          slug={slug}
          words={request.words}
          hits={found.hits}
          total={found.total}
          page={found.page}
          pageSize={found.pageSize}
          pageHref={(page) => `${basePath}?${new URLSearchParams({ ...fieldsOf(query, ['q', 'delegation', 'item']), page: String(page) })}`}
          clearHref={basePath}
        />
      )}
      {listed && (
        <ListedPositions
          slug={slug}
          listed={listed}
          filtered={filtered}
          matrix={viewer.role === 'secretariat' && listed.page === 1 && !filtered ? allowed(() => getPositionMatrix(viewer, meeting)) : null}
          pageHref={(page) => `${basePath}?${new URLSearchParams({ ...fieldsOf(query, ['delegation', 'item']), page: String(page) })}`}
          clearHref={basePath}
          timeZone={meeting.timeZone}
          locale={locale}
        />
      )}
    </section>
  );
}

type ListedProps = {
  slug: string;
  listed: PositionListPage;
  /** Whether the address keeps one delegation or one agenda item only. */
  filtered: boolean;
  /** The secretariat's view of who has said what, above the first page of the whole list. */
  matrix: PositionMatrixData | null;
  pageHref: (page: number) => string;
  clearHref: string;
  timeZone: string;
  locale: string;
};

async function ListedPositions({ slug, listed, filtered, matrix, pageHref, clearHref, timeZone, locale }: ListedProps) {
  const [t, tOverview] = await Promise.all([getTranslations('positions'), getTranslations('overview')]);
  const { items, total, page, pageSize } = listed;
  const groups = new Map<string, PositionListItem[]>();
  for (const position of items) {
    const heading = position.agendaItem?.title ?? t('general');
    groups.set(heading, [...(groups.get(heading) ?? []), position]);
  }
  const first = firstRowOf(listed);
  return (
    <>
      {matrix && <PositionMatrix slug={slug} matrix={matrix} />}
      {total === 0 && !filtered ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="space-y-6">
          <p data-testid="list-count">
            {total === 0 ? t('emptyFiltered') : t('listCount', { total })}{' '}
            {items.length < total && t('resultsRange', { from: first, to: first + items.length - 1 })}{' '}
            {filtered && <Link href={clearHref}>{t('showAll')}</Link>}
          </p>
          {items.length > 0 && <p className="text-sm text-muted">{tOverview('timeZoneNote', { zone: zoneLabel(timeZone, locale, new Date()) })}</p>}
          {[...groups].map(([heading, groupItems]) => (
            <section key={heading} aria-label={heading}>
              <h2 className="mb-2 text-lg font-semibold">{heading}</h2>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('delegation')}</th>
                      <th scope="col">{t('statementTitle')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('updated')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {groupItems.map((p) => (
                      <tr key={p.id}>
                        <td>{p.delegation.protocolName}</td>
                        <th scope="row">
                          <Link href={`/meetings/${slug}/positions/${p.id}`}>{p.title}</Link>
                        </th>
                        <td>{t(`visibilityValue.${p.visibility}`)}</td>
                        <td>{formatDateTime(p.savedAt, timeZone, locale, 'medium')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
          <Pager
            label={t('listPages')}
            page={page}
            pageSize={pageSize}
            total={total}
            pageHref={pageHref}
            previousLabel={t('previousStatements', { size: pageSize })}
            nextLabel={t('nextStatements')}
          />
        </div>
      )}
    </>
  );
}
