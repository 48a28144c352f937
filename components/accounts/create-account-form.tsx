'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { createAccountForMeeting, type AccountState } from '@/app/meetings/[slug]/accounts/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';
import { InvitationLink } from './invitation-link';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = { slug: string; roles: readonly string[]; delegations: { code: string; protocolName: string }[] };

/**
 * A new account for the secretariat or a delegation. With a password it can sign in at
 * once; without, it gets an invitation link to set its own.
 */
export function CreateAccountForm({ slug, roles, delegations }: Props) {
  const t = useTranslations('accounts');
  const tApp = useTranslations('app');
  const [state, formAction] = useActionState(createAccountForMeeting, null);
  const link = state?.ok ? (state as Extract<AccountState, { link: string | null }>).link : null;
  return (
    <form action={formAction} className="space-y-1" noValidate>
      <HiddenFields fields={{ slug }} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField name="name" label={t('name')} autoComplete="off" errors={errorsFor(state, 'name')} defaultValue={sentOr(state, 'name', '')} />
        <FormField name="email" type="email" label={t('email')} autoComplete="off" errors={errorsFor(state, 'email')} defaultValue={sentOr(state, 'email', '')} />
        <FormField as="select" name="role" label={t('role')} errors={errorsFor(state, 'role')} defaultValue={sentOr(state, 'role', 'staff')}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {role === 'secretariat' || role === 'translator' || role === 'door' ? tApp(role) : tApp(`roleLabel.${role}`)}
            </option>
          ))}
        </FormField>
        <FormField
          as="select"
          name="delegationCode"
          label={t('delegation')}
          hint={t('delegationHint')}
          errors={errorsFor(state, 'delegationCode')}
          defaultValue={sentOr(state, 'delegationCode', '')}
        >
          <option value="">{t('noDelegation')}</option>
          {delegations.map((d) => (
            <option key={d.code} value={d.code}>
              {d.protocolName}
            </option>
          ))}
        </FormField>
        <FormField
          name="password"
          type="password"
          label={t('password')}
          hint={t('passwordHint')}
          autoComplete="new-password"
          errors={errorsFor(state, 'password')}
          defaultValue=""
        />
      </div>
      <FormMessage {...messageOf(state)} />
      {link && <InvitationLink link={link} idPrefix="new-" />}
      <div className="pt-2">
        <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
      </div>
    </form>
  );
}
