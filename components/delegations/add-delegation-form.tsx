'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { addDelegationToMeeting } from '@/app/meetings/[slug]/delegations/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { DelegationFields } from './delegation-fields';

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
  return (
    <ActionForm action={addDelegationToMeeting} className="grid gap-x-4 sm:grid-cols-2" fields={{ slug }} resetOnSuccess>
      <FormField as="select" name="code" label={t('state')} defaultValue="">
        <option value="">{t('chooseState')}</option>
        {states.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </FormField>
      <DelegationFields roles={roles} participations={participations} initial={{ protocolName: '', role: 'participant', participation: 'invited' }} protocolNameHint={t('protocolNameHint')} />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t('adding')}>{t('addDelegation')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
