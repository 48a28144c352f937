import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { AuditTable } from '@/components/audit/audit-table';
import { getAuditFilterChoices, listAuditEntries } from '@/db/queries/audit';
import { auditSearch, parseAuditQuery } from '@/lib/domain/audit-filters';
import { zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

/**
 * The audit log: who did what to which record, and what was refused. The data layer
 * decides whose entries the viewer reads (all, their delegation's, or 404 for staff).
 */
export default async function AuditPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/audit');
  const { query, applied, filters, position, errors } = parseAuditQuery(await searchParams, meeting.timeZone);
  const page = allowed(() => listAuditEntries(viewer, meeting, filters, position));
  const choices = allowed(() => getAuditFilterChoices(viewer, meeting));
  const [t, locale] = await Promise.all([getTranslations('audit'), getLocale()]);
  const basePath = `/meetings/${slug}/audit`;
  const zone = zoneLabel(meeting.timeZone, locale, new Date());

  return (
    <section aria-labelledby="audit-title" className="space-y-6">
      <div>
        <h1 id="audit-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{viewer.role === 'secretariat' ? t('introSecretariat') : t('introHead')}</p>
      </div>
      <AuditFilterForm action={basePath} query={query} errors={errors} choices={choices} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" data-testid="audit-count">
          {t('count', { count: page.total })} <span className="text-sm text-muted">{t('timeZoneNote', { zone })}</span>
        </p>
        {/* A plain link, so a copied address downloads the same entries. */}
        <a href={`${basePath}/csv${auditSearch(applied)}`} className="button no-underline" download>
          {t('download')}
        </a>
      </div>
      {page.entries.length === 0 ? <p>{t('empty')}</p> : <AuditTable entries={page.entries} timeZone={meeting.timeZone} />}
      {(page.newer || page.older) && (
        <nav aria-label={t('pages')} className="flex flex-wrap gap-4">
          {page.newer && (
            <>
              <Link href={basePath + auditSearch(applied)}>{t('newest')}</Link>
              <Link href={basePath + auditSearch(applied, { after: page.newer })} rel="prev">
                {t('newer')}
              </Link>
            </>
          )}
          {page.older && (
            <Link href={basePath + auditSearch(applied, { before: page.older })} rel="next">
              {t('older')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
