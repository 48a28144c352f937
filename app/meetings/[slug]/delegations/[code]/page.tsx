import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getRoster } from '@/db/queries/delegations';
import { formatDateTime } from '@/lib/format-time';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}`);
  const roster = allowed(() => getRoster(viewer, meeting, code));
  return { title: roster.delegation.protocolName };
}

export default async function RosterPage({ params }: Props) {
  const { slug, code } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}`);
  const roster = allowed(() => getRoster(viewer, meeting, code));
  const [t, locale] = await Promise.all([getTranslations('delegations'), getLocale()]);
  const when = (instant: Date | null) => (instant ? formatDateTime(instant, meeting.timeZone, locale, 'medium') : '—');
  return (
    <section aria-labelledby="roster-title">
      <h1 id="roster-title" className="text-2xl font-semibold">
        {t('rosterTitle', { name: roster.delegation.protocolName })}
      </h1>
      <p className="mb-4 text-muted">{t(`roleValue.${roster.delegation.role}`)}</p>
      {!roster.contactsVisible && <p className="mb-4 text-sm text-muted">{t('contactsHidden')}</p>}
      {roster.members.length === 0 ? (
        <p>{t('noMembers')}</p>
      ) : (
        <div className="overflow-x-auto">
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
                    <th scope="col">{t('arrival')}</th>
                    <th scope="col">{t('departure')}</th>
                  </>
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
                      <td>{when(m.contact.arrivalAt)}</td>
                      <td>{when(m.contact.departureAt)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
