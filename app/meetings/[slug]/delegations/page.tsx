import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AddDelegationForm } from '@/components/delegations/add-delegation-form';
import { Flag } from '@/components/delegations/flag';
import { MoveButtons } from '@/components/delegations/move-buttons';
import { ChoiceForm } from '@/components/ui/choice-form';
import { isSecretariat } from '@/db/access';
import { listDelegations, type DelegationRow } from '@/db/queries/delegations';
import { countryChoices } from '@/lib/domain/countries';
import { DELEGATION_ROLE_VALUES, PARTICIPATION_VALUES, PRECEDENCE_RULE_VALUES } from '@/lib/domain/values';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { choosePrecedenceRule } from './actions';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('title') };
}

const isParticipation = (value: unknown): value is DelegationRow['participation'] =>
  (PARTICIPATION_VALUES as readonly unknown[]).includes(value);

export default async function DelegationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { status } = await searchParams;
  const filter = isParticipation(status) ? status : undefined;
  const { viewer, meeting } = await meetingPage(slug, '/delegations');
  const all = allowed(() => listDelegations(viewer, meeting));
  const delegations = filter ? all.filter((d) => d.participation === filter) : all;
  const [t, tAdmin, locale] = await Promise.all([getTranslations('delegations'), getTranslations('delegationAdmin'), getLocale()]);
  const secretariat = isSecretariat(viewer, meeting.id);
  const manual = secretariat && meeting.precedenceRule === 'manual' && !filter;
  // Moves stay within co-chairs or within participants: co-chairs always come first.
  const sameRole = (a: number, b: number) => delegations[b] && delegations[a].role === delegations[b].role;
  const base = `/meetings/${slug}/delegations`;
  return (
    <section aria-labelledby="delegations-title" className="space-y-6">
      <header>
        <h1 id="delegations-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{t(`intro.${meeting.precedenceRule}`)}</p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`${base}/seating`}>{t('seatingLink')}</Link>
          </li>
          <li>
            <a href={`${base}/pdf`} download>
              {t('exportPdf')}
            </a>
          </li>
          <li>
            <a href={`${base}/csv`} download>
              {t('exportCsv')}
            </a>
          </li>
        </ul>
      </header>

      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('filterLabel')}>
        <div>
          <label htmlFor="status" className="mb-1 block font-semibold">
            {t('participation')}
          </label>
          <select id="status" name="status" defaultValue={filter ?? ''} className="rounded border border-muted bg-white px-3 py-2">
            <option value="">{t('filterAll')}</option>
            {PARTICIPATION_VALUES.map((value) => (
              <option key={value} value={value}>
                {t(`participationValue.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('filterSubmit')}
        </button>
        <p role="status" className="pb-2 text-sm text-muted">
          {t('shownCount', { count: delegations.length })}
        </p>
      </form>

      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {manual && <th scope="col">{tAdmin('order')}</th>}
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('participation')}</th>
              <th scope="col">{t('head')}</th>
              <th scope="col">{t('members')}</th>
            </tr>
          </thead>
          <tbody>
            {delegations.map((d, index) => (
              <tr key={d.id}>
                {manual && (
                  <td>
                    <MoveButtons
                      slug={slug}
                      code={d.code}
                      name={d.protocolName}
                      canMoveUp={index > 0 && sameRole(index, index - 1)}
                      canMoveDown={sameRole(index, index + 1)}
                    />
                  </td>
                )}
                <th scope="row" className="font-semibold">
                  <span className="flex items-center gap-2">
                    <Flag code={d.code} />
                    <Link href={`${base}/${d.code}`}>{d.protocolName}</Link>
                  </span>
                </th>
                <td>{t(`roleValue.${d.role}`)}</td>
                <td>{t(`participationValue.${d.participation}`)}</td>
                <td>{d.headName ?? '—'}</td>
                <td>{d.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {delegations.length === 0 && <p className="mt-3">{t('noneWithStatus')}</p>}
      </div>

      {secretariat && (
        <>
          <section aria-labelledby="precedence-title" className="rounded border border-rule bg-paper p-5">
            <h2 id="precedence-title" className="mb-3 text-xl font-semibold">{tAdmin('precedenceTitle')}</h2>
            <ChoiceForm
              action={choosePrecedenceRule}
              hidden={{ slug }}
              name="rule"
              legend={tAdmin('ruleLegend')}
              options={PRECEDENCE_RULE_VALUES.map((rule) => ({ value: rule, label: tAdmin(`rule.${rule}`) }))}
              current={meeting.precedenceRule}
              submitLabel={tAdmin('saveRule')}
              pendingLabel={tAdmin('saving')}
            />
          </section>
          <section aria-labelledby="add-delegation-title" className="rounded border border-rule bg-paper p-5">
            <h2 id="add-delegation-title" className="mb-3 text-xl font-semibold">{tAdmin('addTitle')}</h2>
            <AddDelegationForm
              slug={slug}
              states={countryChoices(locale).filter((s) => !all.some((d) => d.code === s.code))}
              roles={DELEGATION_ROLE_VALUES}
              participations={PARTICIPATION_VALUES}
            />
          </section>
        </>
      )}
    </section>
  );
}
