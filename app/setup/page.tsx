import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SetupForm } from '@/components/auth/setup-form';
import { hasAnyAccount } from '@/db/queries/accounts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('title') };
}

/**
 * First run without the demo: the first secretariat account, for whoever holds the setup
 * code the server printed at its start. Gone (404) once any account exists.
 */
export default async function SetupPage() {
  if (hasAnyAccount()) notFound();
  const t = await getTranslations('setup');
  return (
    <div className="mx-auto max-w-md rounded border border-rule bg-paper p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-2 text-muted">{t('intro')}</p>
      <p className="mb-6 text-muted">{t('whereIsTheCode')}</p>
      <SetupForm />
    </div>
  );
}
