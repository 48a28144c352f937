'use client';

import { signOut } from 'next-auth/react';
import { useActionState, useEffect } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { endAllSessions } from '@/app/account/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';

/** Ends every session of the account (other browsers on their next request), then this one. */
export function SignOutEverywhereForm() {
  const t = useTranslations('account');
  const [state, formAction] = useActionState(endAllSessions, null);
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: '/login' });
  }, [state]);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={t('signingOut')}>{t('signOutEverywhere')}</SubmitButton>
    </form>
  );
}
