'use client';

import { signOut } from 'next-auth/react';
import { useEffect } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { endAllSessions } from '@/app/account/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';

/** Ends every session of the account (other browsers on their next request), then this one. */
export function SignOutEverywhereForm() {
  const t = useTranslations('account');
  return (
    <ActionForm action={endAllSessions} className="space-y-3">
      <SignOutOnceEnded />
      <SubmitButton pendingLabel={t('signingOut')}>{t('signOutEverywhere')}</SubmitButton>
    </ActionForm>
  );
}

/** Once every session has ended on the server, this one goes too. */
function SignOutOnceEnded() {
  const state = useActionFormState();
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: '/login' });
  }, [state]);
  return null;
}
