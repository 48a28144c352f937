import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { QueueForm } from '@/components/accreditation/queue-form';
import { QuotasForm } from '@/components/accreditation/quotas-form';
import { ZonesForm } from '@/components/accreditation/zones-form';
import { Pager } from '@/components/ui/pager';
import { Flag } from '@/components/delegations/flag';
import { getAccreditationDesk } from '@/db/queries/accreditation';
import { CATEGORY_COLOURS } from '@/lib/domain/accreditation/categories';
import { BADGE_CATEGORY_VALUES } from '@/lib/domain/values';
import { ACCREDITATION_VALUES } from '@/lib/domain/values';
import { formatDateTime } from '@/lib/domain/format-time';
import { firstRowOf, requestedPage } from '@/lib/domain/list-page';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ delegation?: string; category?: string; status?: string; page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accreditation'))('title') };
}

const oneOf = <T extends string>(values: readonly T[], raw: string | undefined): T | undefined => values.find((v) => v === raw);

/**
 * The secretariat's accreditation desk: the queue with its filters and bulk steps, each
 * delegation's quota overruns and who of it is in the building, the quotas and the zones.
 */
export default async function AccreditationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { viewer, meeting } = await meetingPage(slug, '/accreditation');
  const filter = {
    delegation: /^[a-z]{2}$/.test(query.delegation ?? '') ? query.delegation : undefined,
    category: oneOf(BADGE_CATEGORY_VALUES, query.category),
    status: oneOf(ACCREDITATION_VALUES, query.status),
  };
  const desk = allowed(() => getAccreditationDesk(viewer, meeting, { ...filter, page: requestedPage(query.page) }));
  const [t, tDelegations, locale] = await Promise.all([getTranslations('accreditation'), getTranslations('delegations'), getLocale()]);
  const categoryLabel = (code: (typeof BADGE_CATEGORY_VALUES)[number]) => tDelegations(`categoryValue.${code}`);
  const queueFirst = firstRowOf(desk.queue);
  const overrun = desk.delegations.filter((d) => d.overruns.length > 0);
  const inBuilding = desk.delegations.filter((d) => d.inBuilding.length > 0);
  return (
    <section aria-labelledby="accreditation-title" className="space-y-8">
      <header>
        <h1 id="accreditation-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
      </header>

      <section aria-labelledby="queue-title" className="space-y-3">
        <h2 id="queue-title" className="text-xl font-semibold">{t('queueTitle')}</h2>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t('filters')}>
          <label className="flex flex-col text-sm font-semibold">
            {t('delegation')}
            <select name="delegation" defaultValue={filter.delegation ?? ''} className="font-normal">
              <option value="">{t('all')}</option>
              {desk.delegations.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.protocolName}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t('category')}
            <select name="category" defaultValue={filter.category ?? ''} className="font-normal">
              <option value="">{t('all')}</option>
              {BADGE_CATEGORY_VALUES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t('status')}
            <select name="status" defaultValue={filter.status ?? ''} className="font-normal">
              <option value="">{t('all')}</option>
              {ACCREDITATION_VALUES.map((s) => (
                <option key={s} value={s}>
                  {tDelegations(`accreditationValue.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button-quiet">
            {t('applyFilters')}
          </button>
        </form>
        <QueueForm
          slug={slug}
          rows={desk.queue.items.map((m) => ({
            id: m.id,
            fullName: m.fullName,
            functionLabel: tDelegations(`functionValue.${m.function}`),
            categoryLabel: categoryLabel(m.category),
            categoryColour: CATEGORY_COLOURS[m.category],
            statusLabel: tDelegations(`accreditationValue.${m.accreditation}`),
            hasPhoto: m.hasPhoto,
            delegation: m.delegation,
          }))}
        />
        {desk.queue.total > desk.queue.pageSize && (
          <p data-testid="queue-count">
            {t('queueCount', { total: desk.queue.total })} {t('range', { from: queueFirst, to: queueFirst + desk.queue.items.length - 1 })}
          </p>
        )}
        <Pager
          label={t('queuePages')}
          page={desk.queue.page}
          pageSize={desk.queue.pageSize}
          total={desk.queue.total}
          pageHref={(page) => `/meetings/${slug}/accreditation?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, value]) => value)), page: String(page) })}`}
          previousLabel={t('previousMembers', { size: desk.queue.pageSize })}
          nextLabel={t('nextMembers')}
        />
      </section>

      <section aria-labelledby="overrun-title" className="space-y-2">
        <h2 id="overrun-title" className="text-xl font-semibold">{t('overrunTitle')}</h2>
        {overrun.length === 0 ? (
          <p>{t('noOverrun')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {overrun.flatMap((d) =>
              d.overruns.map((o) => (
                <li key={`${d.code}-${o.category}`}>
                  <Link href={`/meetings/${slug}/delegations/${d.code}`}>{d.protocolName}</Link>:{' '}
                  {t('overrun', { category: categoryLabel(o.category), count: o.count, limit: o.limit })}
                </li>
              )),
            )}
          </ul>
        )}
      </section>

      <section aria-labelledby="building-title" className="space-y-2">
        <h2 id="building-title" className="text-xl font-semibold">{t('inBuildingTitle')}</h2>
        {inBuilding.length === 0 ? (
          <p>{t('nobodyIn')}</p>
        ) : (
          <dl className="space-y-2">
            {inBuilding.map((d) => (
              <div key={d.code}>
                <dt className="flex items-center gap-2 font-semibold">
                  <Flag code={d.code} />
                  {t('inBuildingCount', { delegation: d.protocolName, count: d.inBuilding.length })}
                </dt>
                {d.inBuilding.map((p) => (
                  <dd key={p.fullName} className="pl-8">
                    {t('checkedInAt', { name: p.fullName, at: formatDateTime(p.at, meeting.timeZone, locale, 'medium') })}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="quotas-title" className="space-y-2 rounded border border-rule bg-paper p-5">
        <h2 id="quotas-title" className="text-xl font-semibold">{t('quotasTitle')}</h2>
        <QuotasForm slug={slug} categories={BADGE_CATEGORY_VALUES.map((c) => ({ code: c, label: categoryLabel(c), quota: desk.quotas[c] ?? null }))} />
      </section>

      <section aria-labelledby="zones-title" className="space-y-2 rounded border border-rule bg-paper p-5">
        <h2 id="zones-title" className="text-xl font-semibold">{t('zonesTitle')}</h2>
        <ZonesForm slug={slug} zones={desk.zones} categories={BADGE_CATEGORY_VALUES.map((c) => ({ code: c, label: categoryLabel(c) }))} />
      </section>
    </section>
  );
}
