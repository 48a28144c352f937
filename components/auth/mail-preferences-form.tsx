'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/client-messages';
import { chooseMailPreferences } from '@/app/account/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf } from '@/components/ui/action-state';

type Props = {
  /** The viewer's choice for each kind of notification. */
  choices: Record<string, string>;
  deliveries: readonly string[];
};

/** For each kind of notification: at once, in the daily digest, or never. */
export function MailPreferencesForm({ choices, deliveries }: Props) {
  const t = useTranslations('mailPreferences');
  const [state, formAction] = useActionState(chooseMailPreferences, null);
  return (
    <form action={formAction} className="max-w-md space-y-1" noValidate>
      {Object.entries(choices).map(([kind, delivery]) => (
        <FormField key={kind} as="select" name={kind} label={t(`kind.${kind}`)} defaultValue={delivery} errors={errorsFor(state, kind)}>
          {deliveries.map((d) => (
            <option key={d} value={d}>
              {t(`delivery.${d}`)}
            </option>
          ))}
        </FormField>
      ))}
      <FormMessage {...messageOf(state)} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
