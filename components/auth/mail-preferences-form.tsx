'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { chooseMailPreferences } from '@/app/account/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';

type Props = {
  /** The viewer's choice for each kind of notification. */
  choices: Record<string, string>;
  deliveries: readonly string[];
  /** The zone the viewer reads mailed times in; null when not given. */
  timeZone: string | null;
  timeZones: readonly string[];
};

/** For each kind of notification: at once, in the daily digest, or never. */
export function MailPreferencesForm({ choices, deliveries, timeZone, timeZones }: Props) {
  const t = useTranslations('mailPreferences');
  const [state, formAction] = useActionState(chooseMailPreferences, null);
  return (
    <form action={formAction} className="max-w-md space-y-1" noValidate>
      {Object.entries(choices).map(([kind, delivery]) => (
        <FormField key={kind} as="select" name={kind} label={t(`kind.${kind}`)} defaultValue={sentOr(state, kind, delivery)} errors={errorsFor(state, kind)}>
          {deliveries.map((d) => (
            <option key={d} value={d}>
              {t(`delivery.${d}`)}
            </option>
          ))}
        </FormField>
      ))}
      <TimeZoneField
        name="timeZone"
        label={t('timeZone')}
        hint={t('timeZoneHint')}
        defaultValue={sentOr(state, 'timeZone', timeZone ?? '')}
        errors={errorsFor(state, 'timeZone')}
        timeZones={timeZones}
      />
      <FormMessage {...messageOf(state)} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
