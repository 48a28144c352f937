import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/db/viewer';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { affiliationLabel } from './affiliation';

type Props = { name: string; affiliation: string | null; role: Viewer['role'] };

/** Who is signed in ("Japan · staff", "Host secretariat"), their account page and the way out. */
export async function UserMenu({ name, affiliation, role }: Props) {
  const t = await getTranslations('app');
  const who = affiliationLabel(t, affiliation, role);
  return (
    <nav aria-label={t('userMenu')} className="flex items-center gap-3 text-sm">
      <p>
        <span className="sr-only">{t('signedInAs', { name })} — </span>
        <span data-testid="viewer-identity" className="font-semibold">
          {who}
        </span>
        <span className="hidden text-white/80 sm:inline"> ({name})</span>
      </p>
      <Link href="/account" className="text-white">
        {t('account')}
      </Link>
      <SignOutButton />
    </nav>
  );
}
