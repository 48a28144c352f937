import type { Metadata } from 'next';
import Link from 'next/link';
import { affiliationLabel } from '@/components/shell/affiliation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AccountActions } from '@/components/accounts/account-actions';
import { CreateAccountForm } from '@/components/accounts/create-account-form';
import { FormField } from '@/components/ui/form-field';
import { Pager } from '@/components/ui/pager';
import { listAccounts } from '@/db/queries/accounts';
import { listDelegations } from '@/db/queries/delegations';
import { listOutbox } from '@/db/queries/outbox';
import { formatDateTime } from '@/lib/domain/format-time';
import { firstRowOf, requestedPage } from '@/lib/domain/list-page';
import { mailSettings } from '@/lib/platform/mail/settings';
import { USER_ROLE_VALUES } from '@/lib/domain/values';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts'))('title') };
}

/** The secretariat's accounts page: who may sign in for this meeting. 404 for anyone else. */
export default async function AccountsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { viewer, meeting } = await meetingPage(slug, '/accounts');
  const find = single(query.find).trim().slice(0, 200);
  const listed = allowed(() => listAccounts(viewer, meeting, { find, page: requestedPage(query.page) }));
  const accounts = listed.items;
  const first = firstRowOf(listed);
  const basePath = `/meetings/${slug}/accounts`;
  const delegations = allowed(() => listDelegations(viewer, meeting));
  const outbox = allowed(() => listOutbox(viewer, meeting));
  const mail = mailSettings();
  const [t, tApp, tOutbox, locale] = await Promise.all([getTranslations('accounts'), getTranslations('app'), getTranslations('outbox'), getLocale()]);
  const when = (instant: Date) => formatDateTime(instant, meeting.timeZone, locale, 'medium');
  return (
    <section aria-labelledby="accounts-title" className="space-y-6">
      <header>
        <h1 id="accounts-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{mail ? t('introMail', { from: mail.from }) : t('intro')}</p>
      </header>
      <section aria-labelledby="create-title" className="rounded border border-rule bg-paper p-5">
        <h2 id="create-title" className="mb-3 text-xl font-semibold">{t('createTitle')}</h2>
        <CreateAccountForm
          slug={slug}
          roles={USER_ROLE_VALUES}
          delegations={delegations.map((d) => ({ code: d.code, protocolName: d.protocolName }))}
        />
      </section>
      <form role="search" aria-labelledby="find-title" method="get" action={basePath} className="space-y-2">
        <h2 id="find-title" className="text-xl font-semibold">{t('findTitle')}</h2>
        <div className="flex flex-wrap items-start gap-3">
          <FormField name="find" type="search" label={t('findLabel')} defaultValue={find} maxLength={200} idPrefix="find-" />
          <button type="submit" className="button mt-7">
            {t('findButton')}
          </button>
        </div>
      </form>
      <p data-testid="accounts-count">
        {find ? t('findCount', { total: listed.total, find }) : t('listCount', { total: listed.total })}{' '}
        {accounts.length < listed.total && t('range', { from: first, to: first + accounts.length - 1 })}{' '}
        {find && <Link href={basePath}>{t('showAll')}</Link>}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">{t('listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="font-semibold">{a.name}</th>
                <td>{a.email}</td>
                <td>
                  {affiliationLabel(tApp, a.delegation?.protocolName ?? null, a.role)}
                </td>
                <td>
                  <span className="badge">{t(`statusValue.${a.status}`)}</span>
                </td>
                <td>
                  <AccountActions slug={slug} userId={a.id} name={a.name} email={a.email} disabled={a.status === 'disabled'} isSelf={a.id === viewer.userId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        label={t('listPages')}
        page={listed.page}
        pageSize={listed.pageSize}
        total={listed.total}
        pageHref={(page) => `${basePath}?${new URLSearchParams({ ...(find ? { find } : {}), page: String(page) })}`}
        previousLabel={t('previousAccounts', { size: listed.pageSize })}
        nextLabel={t('nextAccounts')}
      />
      <section aria-labelledby="outbox-title" className="space-y-3">
        <h2 id="outbox-title" className="text-xl font-semibold">{tOutbox('title')}</h2>
        <p className="text-muted">{mail ? tOutbox('intro') : tOutbox('notConfigured')}</p>
        {outbox.length === 0 ? (
          <p>{tOutbox('empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">{tOutbox('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tOutbox('queued')}</th>
                  <th scope="col">{tOutbox('to')}</th>
                  <th scope="col">{tOutbox('subject')}</th>
                  <th scope="col">{tOutbox('status')}</th>
                </tr>
              </thead>
              <tbody>
                {outbox.map((m) => (
                  <tr key={m.id}>
                    <td>{when(m.createdAt)}</td>
                    <td>{m.toAddress}</td>
                    <th scope="row" className="font-normal">{m.subject}</th>
                    <td>
                      <span className="badge">{tOutbox(`statusValue.${m.status}`)}</span>{' '}
                      {m.status === 'sent' && m.sentAt && tOutbox('sentAt', { at: when(m.sentAt) })}
                      {m.status === 'held' && tOutbox('heldUntil', { at: when(m.nextAttemptAt) })}
                      {m.status === 'waiting' && m.attempts > 0 && tOutbox('retryAt', { attempts: m.attempts, at: when(m.nextAttemptAt) })}
                      {m.lastError && m.status !== 'sent' && (
                        <span className="block text-sm">
                          {tOutbox('serverAnswer')} <code>{m.lastError}</code>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
