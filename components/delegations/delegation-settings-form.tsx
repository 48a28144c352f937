'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { saveDelegationSettings } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';
import { DelegationFields } from './delegation-fields';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = {
  slug: string;
  code: string;
  initial: { protocolName: string; role: string; participation: string };
  roles: readonly string[];
  participations: readonly string[];
};

/** The secretariat's settings for one delegation: protocol name, role, participation. */
export function DelegationSettingsForm({ slug, code, initial, roles, participations }: Props) {
  const t = useTranslations('delegationAdmin');
  const [state, formAction] = useActionState(saveDelegationSettings, null);
  return (
    <form action={formAction} className="grid gap-x-4 sm:grid-cols-3">
      <HiddenFields fields={{ slug, code }} />
      <DelegationFields state={state} roles={roles} participations={participations} initial={initial} />
      <div className="sm:col-span-3 space-y-3">
        <FormMessage {...messageOf(state)} />
        <SubmitButton pendingLabel={t('saving')}>{t('saveSettings')}</SubmitButton>
      </div>
    </form>
  );
}
