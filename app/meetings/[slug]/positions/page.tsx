import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { mayWritePositions } from '@/db/access';
import { listDelegationChoices } from '@/db/queries/delegations';
import { searchPositions, type SearchRequest } from '@/db/queries/position-search';
import { getPositionMatrix, listAgendaChoices, listPositions, type PositionListItem } from '@/db/queries/positions';
import { PositionMatrix } from '@/components/positions/position-matrix';
import { SearchForm } from '@/components/positions/search-form';
import { SearchResults } from '@/components/positions/search-results';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** The search the address asks for (`?q=…&delegation=jp&item=3&page=2`), or null for the list. */
function searchRequest(query: Record<string, string | string[] | undefined>): SearchRequest | null {
  if (typeof query.q !== 'string') return null;
  const delegation = single(query.delegation);
  const item = single(query.item);
  const page = single(query.page);
  return {
    words: query.q.trim(),
    delegation: /^[a-z]{2}$/.test(delegation) ? delegation : undefined,
    agendaItem: item === 'general' ? 'general' : /^[1-9]\d{0,8}$/.test(item) ? Number(item) : undefined,
    page: /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1,
  };
}

/** The search's own fields from the address, to build links to its other pages. */
function searchParamsOf(query: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries((['q', 'delegation', 'item'] as const).flatMap((name) => (typeof query[name] === 'string' ? [[name, query[name]]] : [])));
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
      {found && request ? (
        <SearchResults
          slug={slug}
          words={request.words}
          hits={found.hits}
          total={found.total}
          page={found.page}
          pageSize={found.pageSize}
          pageHref={(page) => `${basePath}?${new URLSearchParams({ ...searchParamsOf(query), page: String(page) })}`}
          clearHref={basePath}
        />
      ) : (
        <>
          {viewer.role === 'secretariat' && <PositionMatrix slug={slug} matrix={allowed(() => getPositionMatrix(viewer, meeting))} />}
          <PositionList slug={slug} positions={allowed(() => listPositions(viewer, meeting))} timeZone={meeting.timeZone} locale={locale} />
        </>
      )}
    </section>
  );
}

async function PositionList({ slug, positions, timeZone, locale }: { slug: string; positions: PositionListItem[]; timeZone: string; locale: string }) {
  const [t, tOverview] = await Promise.all([getTranslations('positions'), getTranslations('overview')]);
  const groups = new Map<string, PositionListItem[]>();
  for (const position of positions) {
    const heading = position.agendaItem?.title ?? t('general');
    groups.set(heading, [...(groups.get(heading) ?? []), position]);
  }
  if (positions.length === 0) return <p>{t('empty')}</p>;
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">{tOverview('timeZoneNote', { zone: zoneLabel(timeZone, locale, new Date()) })}</p>
      {[...groups].map(([heading, items]) => (
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
                {items.map((p) => (
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
    </div>
  );
}
