import type { Metadata } from 'next';
import { affiliationLabel } from '@/components/shell/affiliation';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { MailPreferencesForm } from '@/components/auth/mail-preferences-form';
import { SignOutEverywhereForm } from '@/components/auth/sign-out-everywhere-form';
import { getMailPreferences } from '@/db/queries/outbox';
import { TIME_ZONES } from '@/lib/domain/time-zones';
import { MAIL_DELIVERY_VALUES } from '@/lib/domain/values';
import { mailSettings } from '@/lib/platform/mail/settings';
import { requireViewer } from '@/lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

/** The signed-in person's own account: who they are, their password, their sessions. */
export default async function AccountPage() {
  const viewer = await requireViewer('/account');
  const [t, tApp, tMail] = await Promise.all([getTranslations('account'), getTranslations('app'), getTranslations('mailPreferences')]);
  return (
    <section aria-labelledby="account-title" className="space-y-6">
      <header>
        <h1 id="account-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">
          {viewer.name} · {viewer.email} ·{' '}
          {affiliationLabel(tApp, viewer.delegation?.protocolName ?? null, viewer.role)}
        </p>
      </header>
      <section aria-labelledby="password-title" className="rounded border border-rule bg-paper p-5">
        <h2 id="password-title" className="mb-3 text-xl font-semibold">{t('passwordTitle')}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="mail-title" className="rounded border border-rule bg-paper p-5">
        <h2 id="mail-title" className="mb-1 text-xl font-semibold">{tMail('title')}</h2>
        <p className="mb-3">{mailSettings() ? tMail('intro') : tMail('noMail')}</p>
        <MailPreferencesForm {...getMailPreferences(viewer)} deliveries={MAIL_DELIVERY_VALUES} timeZones={TIME_ZONES} />
      </section>
      <section aria-labelledby="sessions-title" className="rounded border border-rule bg-paper p-5">
        <h2 id="sessions-title" className="mb-1 text-xl font-semibold">{t('sessionsTitle')}</h2>
        <p className="mb-3">{t('sessionsIntro')}</p>
        <SignOutEverywhereForm />
      </section>
    </section>
  );
}
