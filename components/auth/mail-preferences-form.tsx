'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { chooseMailPreferences } from '@/app/account/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { TimeZoneField } from '@/components/ui/time-zone-field';

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
  return (
    <ActionForm action={chooseMailPreferences} className="max-w-md space-y-1">
      {Object.entries(choices).map(([kind, delivery]) => (
        <FormField key={kind} as="select" name={kind} label={t(`kind.${kind}`)} defaultValue={delivery}>
          {deliveries.map((d) => (
            <option key={d} value={d}>
              {t(`delivery.${d}`)}
            </option>
          ))}
        </FormField>
      ))}
      <TimeZoneField name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} defaultValue={timeZone ?? ''} timeZones={timeZones} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
