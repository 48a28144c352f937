import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPosition, type PositionVersion } from '@/db/queries/positions';
import { AdvanceForm } from '@/components/positions/advance-form';
import { StatementText } from '@/components/positions/statement-text';
import { WordComparison } from '@/components/positions/word-comparison';
import { FormField } from '@/components/ui/form-field';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { positiveId } from '@/lib/domain/route-params';

type Props = {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The version named by a query parameter, if the viewer may read it. */
function versionAt(versions: PositionVersion[], raw: string | string[] | undefined): PositionVersion | undefined {
  return typeof raw === 'string' ? versions.find((v) => String(v.number) === raw) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/positions/${id}`);
  return { title: allowed(() => getPosition(viewer, meeting, positiveId(id) ?? notFound())).title };
}

export default async function PositionPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const query = await searchParams;
  const { viewer, meeting } = await meetingPage(slug, `/positions/${id}`);
  const position = allowed(() => getPosition(viewer, meeting, positiveId(id) ?? notFound()));
  const [t, tOverview, locale] = await Promise.all([getTranslations('positions'), getTranslations('overview'), getLocale()]);
  const when = (instant: Date) => formatDateTime(instant, meeting.timeZone, locale, 'medium');
  const path = `/meetings/${slug}/positions/${position.id}`;
  const [current] = position.versions;
  const shown = versionAt(position.versions, query.version) ?? current;
  const from = versionAt(position.versions, query.from);
  const to = versionAt(position.versions, query.to);
  const { abilities } = position;

  return (
    <article aria-labelledby="position-title" className="space-y-6">
      <header className="space-y-1">
        <p className="text-muted">{position.delegation.protocolName}</p>
        <h1 id="position-title" className="font-serif text-2xl font-semibold">{position.title}</h1>
        <p className="text-sm text-muted">
          {position.agendaItem ? t('onItem', { item: position.agendaItem.title }) : t('general')}
          {' · '}
          <span className="badge" data-testid="visibility">{t(`visibilityValue.${position.visibility}`)}</span>
          {position.circulated?.byName && (
            <>
              {' · '}
              <span data-testid="circulated-by">
                {t('circulatedBy', { name: position.circulated.byName })}, {when(position.circulated.at)}
              </span>
            </>
          )}
        </p>
        <p className="text-sm text-muted">{tOverview('timeZoneNote', { zone: zoneLabel(meeting.timeZone, locale, current.savedAt) })}</p>
      </header>

      {shown !== current && (
        <p className="rounded border-l-4 border-navy bg-navy-soft p-3 text-sm">
          {t('readingVersion', { number: shown.number, current: current.number })} <Link href={path}>{t('readCurrent')}</Link>
        </p>
      )}
      <section aria-label={t('versionLabel', { number: shown.number })} className="rounded border border-rule bg-paper p-5 font-serif text-lg">
        <StatementText body={shown.body} />
      </section>

      {viewer.delegation?.code === position.delegation.code && (
        <section aria-labelledby="step-title" className="space-y-3 rounded border border-rule bg-paper p-4">
          <h2 id="step-title" className="text-lg font-semibold">{t('stepTitle')}</h2>
          <p>{t(`stepExplanation.${position.visibility}`)}</p>
          <div className="flex flex-wrap items-start gap-3">
            {abilities.revise && (
              <Link href={`${path}/edit`} className="button button-quiet no-underline">
                {position.visibility === 'circulated' ? t('supersede') : t('writeVersion')}
              </Link>
            )}
            {abilities.share && (
              <AdvanceForm slug={slug} id={position.id} version={position.version} to="secretariat" label={t('share', { number: position.version })} pendingLabel={t('sharing')} />
            )}
            {abilities.circulate && (
              <AdvanceForm
                slug={slug}
                id={position.id}
                version={position.version}
                to="circulated"
                label={t('circulate', { number: position.version })}
                pendingLabel={t('circulating')}
                confirm={{
                  question: t('circulateQuestion', { number: position.version, title: position.title }),
                  details: t('circulateDetails'),
                  confirmLabel: t('circulateConfirm'),
                }}
              />
            )}
          </div>
          {abilities.share && !abilities.circulate && <p className="text-sm text-muted">{t('circulateHeadOnly')}</p>}
          {position.visibility === 'circulated' && !abilities.revise && <p className="text-sm text-muted">{t('supersedeHeadOnly')}</p>}
        </section>
      )}

      <section aria-labelledby="versions-title" className="space-y-4">
        <h2 id="versions-title" className="text-lg font-semibold">{t('versions')}</h2>
        <ol className="space-y-1">
          {position.versions.map((v) => (
            <li key={v.number}>
              {v === shown ? (
                <strong>{t('versionLabel', { number: v.number })}</strong>
              ) : (
                <Link href={v === current ? path : `${path}?version=${v.number}`} aria-label={t('readVersion', { number: v.number })}>
                  {t('versionLabel', { number: v.number })}
                </Link>
              )}
              {v === current && ` (${t('current')})`} — {when(v.savedAt)}
              {v.authorName && `, ${t('savedBy', { name: v.authorName })}`}
            </li>
          ))}
        </ol>
        {position.versions.length < 2 ? (
          <p className="text-sm text-muted">{t('compareOneVersion')}</p>
        ) : (
          <form method="get" action={path} aria-labelledby="compare-title" className="rounded border border-rule bg-paper p-4">
            <h3 id="compare-title" className="mb-3 font-semibold">{t('compareTitle')}</h3>
            <div className="grid gap-x-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
              {(
                [
                  ['from', t('compareFrom'), from ?? position.versions[1]],
                  ['to', t('compareTo'), to ?? current],
                ] as const
              ).map(([name, label, selected]) => (
                <FormField key={name} as="select" name={name} label={label} defaultValue={String(selected.number)}>
                  {position.versions.map((v) => (
                    <option key={v.number} value={v.number}>
                      {t('versionLabel', { number: v.number })}
                    </option>
                  ))}
                </FormField>
              ))}
              <button type="submit" className="button mt-7 justify-center">
                {t('compare')}
              </button>
            </div>
          </form>
        )}
        {from && to && <WordComparison from={from} to={to} />}
      </section>
    </article>
  );
}
