'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { addDelegationToMeeting } from '@/app/meetings/[slug]/delegations/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';
import { DelegationFields } from './delegation-fields';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = {
  slug: string;
  /** The states not yet in the meeting, sorted by name in the interface language. */
  states: { code: string; name: string }[];
  roles: readonly string[];
  participations: readonly string[];
};

/** The secretariat picks a state from the ISO list and sets its role and participation. */
export function AddDelegationForm({ slug, states, roles, participations }: Props) {
  const t = useTranslations('delegationAdmin');
  const [state, formAction] = useActionState(addDelegationToMeeting, null);
  return (
    <form action={formAction} className="grid gap-x-4 sm:grid-cols-2">
      <HiddenFields fields={{ slug }} />
      <FormField as="select" name="code" label={t('state')} errors={errorsFor(state, 'code')} defaultValue={sentOr(state, 'code', '')}>
        <option value="">{t('chooseState')}</option>
        {states.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </FormField>
      <DelegationFields
        state={state}
        roles={roles}
        participations={participations}
        initial={{ protocolName: '', role: 'participant', participation: 'invited' }}
        protocolNameHint={t('protocolNameHint')}
      />
      <div className="sm:col-span-2 space-y-3">
        <FormMessage {...messageOf(state)} />
        <SubmitButton pendingLabel={t('adding')}>{t('addDelegation')}</SubmitButton>
      </div>
    </form>
  );
}
