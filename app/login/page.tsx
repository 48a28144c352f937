import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeReturnPath } from '@/lib/domain/safe-return';
import { getViewer } from '@/lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === 'string' ? callbackUrl : null);
  if (await getViewer()) redirect(returnTo);
  const t = await getTranslations('login');
  return (
    <div className="mx-auto max-w-md rounded border border-rule bg-paper p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <SignInForm returnTo={returnTo} />
      <p className="mt-4">
        <Link href="/forgot-password">{t('forgotPassword')}</Link>
      </p>
    </div>
  );
}
