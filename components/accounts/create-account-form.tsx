'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { createAccountForMeeting, type AccountState } from '@/app/meetings/[slug]/accounts/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { InvitationLink } from './invitation-link';

type Props = { slug: string; roles: readonly string[]; delegations: { code: string; protocolName: string }[] };

/**
 * A new account for the secretariat or a delegation. With a password it can sign in at
 * once; without, it gets an invitation link to set its own.
 */
export function CreateAccountForm({ slug, roles, delegations }: Props) {
  const t = useTranslations('accounts');
  const tApp = useTranslations('app');
  return (
    <ActionForm action={createAccountForMeeting} className="space-y-1" fields={{ slug }} resetOnSuccess>
      {(state: AccountState) => (
        <>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <FormField name="name" label={t('name')} autoComplete="off" defaultValue="" />
            <FormField name="email" type="email" label={t('email')} autoComplete="off" defaultValue="" />
            <FormField as="select" name="role" label={t('role')} defaultValue="staff">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {role === 'secretariat' || role === 'translator' || role === 'door' ? tApp(role) : tApp(`roleLabel.${role}`)}
                </option>
              ))}
            </FormField>
            <FormField as="select" name="delegationCode" label={t('delegation')} hint={t('delegationHint')} defaultValue="">
              <option value="">{t('noDelegation')}</option>
              {delegations.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.protocolName}
                </option>
              ))}
            </FormField>
            <FormField name="password" type="password" label={t('password')} hint={t('passwordHint')} autoComplete="new-password" defaultValue="" />
          </div>
          {state?.ok && 'link' in state && state.link && <InvitationLink link={state.link} idPrefix="new-" />}
          <div className="pt-2">
            <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
