'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { FormField } from '@/components/ui/form-field';

type Props = {
  roles: readonly string[];
  participations: readonly string[];
  initial: { protocolName: string; role: string; participation: string };
  protocolNameHint?: string;
};

/** Protocol name, role and participation: the fields a delegation's form shares. */
export function DelegationFields({ roles, participations, initial, protocolNameHint }: Props) {
  const t = useTranslations('delegations');
  return (
    <>
      <FormField name="protocolName" label={t('protocolName')} hint={protocolNameHint} defaultValue={initial.protocolName} maxLength={120} />
      <FormField as="select" name="role" label={t('role')} defaultValue={initial.role}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`roleValue.${role}`)}
          </option>
        ))}
      </FormField>
      <FormField as="select" name="participation" label={t('participation')} defaultValue={initial.participation}>
        {participations.map((value) => (
          <option key={value} value={value}>
            {t(`participationValue.${value}`)}
          </option>
        ))}
      </FormField>
    </>
  );
}
