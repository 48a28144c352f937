import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DelegationSettingsForm } from '@/components/delegations/delegation-settings-form';
import { Flag } from '@/components/delegations/flag';
import { isSecretariat } from '@/db/access';
import { getRoster } from '@/db/queries/delegations';
import { delegationOverruns } from '@/db/queries/accreditation';
import { DELEGATION_ROLE_VALUES, PARTICIPATION_VALUES } from '@/lib/domain/values';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string; code: string }>; searchParams: Promise<{ imported?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}`);
  const roster = allowed(() => getRoster(viewer, meeting, code));
  return { title: roster.delegation.protocolName };
}

export default async function RosterPage({ params, searchParams }: Props) {
  const { slug, code } = await params;
  const imported = Number((await searchParams).imported) || 0;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}`);
  const roster = allowed(() => getRoster(viewer, meeting, code));
  const overruns = delegationOverruns(viewer, meeting, roster.delegation);
  const [t, tEdit, tAdmin, tOverview, locale] = await Promise.all([
    getTranslations('delegations'),
    getTranslations('rosterEdit'),
    getTranslations('delegationAdmin'),
    getTranslations('overview'),
    getLocale(),
  ]);
  const when = (instant: Date | null) => (instant ? formatDateTime(instant, meeting.timeZone, locale, 'medium') : '—');
  const base = `/meetings/${slug}/delegations/${code}`;
  const { delegation } = roster;
  return (
    <section aria-labelledby="roster-title" className="space-y-4">
      <header>
        <h1 id="roster-title" className="flex items-center gap-3 text-2xl font-semibold">
          <Flag code={delegation.code} />
          {t('rosterTitle', { name: delegation.protocolName })}
        </h1>
        <p className="text-muted">
          {t(`roleValue.${delegation.role}`)} · {t(`participationValue.${delegation.participation}`)}
        </p>
      </header>
      {imported > 0 && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-sm">
          {tEdit('imported', { count: imported })}
        </p>
      )}
      {roster.contactsVisible ? (
        <p className="text-sm text-muted">{tOverview('timeZoneNote', { zone: zoneLabel(meeting.timeZone, locale, meeting.startsAt) })}</p>
      ) : (
        <p className="text-sm text-muted">{t('contactsHidden')}</p>
      )}
      {overruns.length > 0 && (
        <div role="note" aria-labelledby="overrun-title" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          <p id="overrun-title" className="font-semibold">{t('overQuotaTitle')}</p>
          <ul className="list-disc pl-6 text-sm">
            {overruns.map((o) => (
              <li key={o.category}>{t('overQuota', { category: t(`categoryValue.${o.category}`), count: o.count, limit: o.limit })}</li>
            ))}
          </ul>
        </div>
      )}
      {roster.editable && (
        <ul className="no-print flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`${base}/members/new`} className="button">
              {tEdit('addMember')}
            </Link>
          </li>
          <li>
            <Link href={`${base}/import`} className="button button-quiet">
              {tEdit('importCsv')}
            </Link>
          </li>
          {isSecretariat(viewer, meeting.id) && (
            <li>
              <a href={`${base}/badges/pdf`} className="button button-quiet">
                {t('badgesPdf')}
              </a>
            </li>
          )}
        </ul>
      )}
      {roster.members.length === 0 ? (
        <p>{t('noMembers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('personTitle')}</th>
                <th scope="col">{t('function')}</th>
                {roster.contactsVisible && (
                  <>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('accreditation')}</th>
                    <th scope="col">{t('category')}</th>
                    <th scope="col">{t('photo')}</th>
                    <th scope="col">{t('arrival')}</th>
                    <th scope="col">{t('departure')}</th>
                  </>
                )}
                {roster.editable && (
                  <th scope="col" className="no-print">
                    <span className="sr-only">{tEdit('actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {roster.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className="font-semibold">{m.fullName}</th>
                  <td>{m.title}</td>
                  <td>{t(`functionValue.${m.function}`)}</td>
                  {m.contact && (
                    <>
                      <td>{m.contact.email ?? '—'}</td>
                      <td>{t(`accreditationValue.${m.contact.accreditation}`)}</td>
                      <td>{t(`categoryValue.${m.contact.category}`)}</td>
                      <td>{m.contact.hasPhoto ? t('photoOnFile') : t('photoMissing')}</td>
                      <td>{when(m.contact.arrivalAt)}</td>
                      <td>{when(m.contact.departureAt)}</td>
                    </>
                  )}
                  {roster.editable && (
                    <td className="no-print">
                      <Link href={`${base}/members/${m.id}`} aria-label={tEdit('editNamed', { name: m.fullName })}>
                        {tEdit('edit')}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isSecretariat(viewer, meeting.id) && (
        <section aria-labelledby="settings-title" className="no-print rounded border border-rule bg-paper p-5">
          <h2 id="settings-title" className="mb-3 text-xl font-semibold">{tAdmin('settingsTitle')}</h2>
          <DelegationSettingsForm
            slug={slug}
            code={code}
            initial={{ protocolName: delegation.recordedProtocolName, role: delegation.role, participation: delegation.participation }}
            roles={DELEGATION_ROLE_VALUES}
            participations={PARTICIPATION_VALUES}
          />
        </section>
      )}
    </section>
  );
}
