'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/shell/use-translations';
import { createFirstSecretariat } from '@/app/setup/actions';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { NewPasswordFields } from './new-password-fields';

function Fields() {
  const t = useTranslations('setup');
  const state = useActionFormState();
  if (state?.ok) {
    return (
      <p>
        <Link href="/login" className="button">
          {t('signIn')}
        </Link>
      </p>
    );
  }
  return (
    <>
      <FormField name="setupCode" label={t('setupCode')} hint={t('setupCodeHint')} autoComplete="off" required defaultValue="" />
      <FormField name="name" label={t('name')} autoComplete="name" required defaultValue="" />
      <FormField name="email" type="email" label={t('email')} autoComplete="email" required defaultValue="" />
      <NewPasswordFields name="password" />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('creating')}>{t('submit')}</SubmitButton>
      </div>
    </>
  );
}

/** The first secretariat account: setup code, name, e-mail and a password; then sign-in. */
export function SetupForm() {
  return (
    <ActionForm action={createFirstSecretariat} successMessage="firstAccountCreated" className="space-y-1">
      <Fields />
    </ActionForm>
  );
}
