'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from '@/components/shell/use-translations';

export function SignOutButton() {
  const t = useTranslations('app');
  return (
    <button type="button" className="button button-quiet" onClick={() => signOut({ callbackUrl: '/login' })}>
      {t('signOut')}
    </button>
  );
}
