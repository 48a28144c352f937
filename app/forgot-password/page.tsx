import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { mailSettings } from '@/lib/platform/mail/settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forgotPassword'))('title') };
}

/** Public: a link to choose a new password, by mail; without mail, whom to ask instead. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations('forgotPassword');
  return (
    <div className="mx-auto max-w-md rounded border border-rule bg-paper p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      {mailSettings() ? (
        <>
          <p className="mb-6 text-muted">{t('intro')}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="mb-6">{t('noMail')}</p>
      )}
      <p className="mt-6">
        <Link href="/login">{t('backToSignIn')}</Link>
      </p>
    </div>
  );
}
