'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { saveDelegationSettings } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { DelegationFields } from './delegation-fields';
import { ActionForm } from '@/components/ui/action-form';

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
  return (
    <ActionForm action={saveDelegationSettings} className="grid gap-x-4 sm:grid-cols-3" fields={{ slug, code }}>
      <DelegationFields roles={roles} participations={participations} initial={initial} />
      <div className="sm:col-span-3">
        <SubmitButton pendingLabel={t('saving')}>{t('saveSettings')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
