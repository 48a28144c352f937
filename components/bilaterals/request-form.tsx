'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { requestNewBilateral } from '@/app/meetings/[slug]/bilaterals/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor } from '@/components/ui/action-state';

const LENGTHS = ['30', '45', '60', '75', '90'];

/**
 * A delegation asks one or more others for a bilateral: whom, for how long, at what level,
 * about what (seen by the parties only), and up to three preferred times on the meeting's clock.
 */
export function RequestForm({
  slug,
  others,
  levels,
  firstDay,
  lastDay,
}: {
  slug: string;
  others: { code: string; name: string }[];
  levels: { code: string; label: string }[];
  /** The meeting's first and last moments as datetime-local values: the pickers stay within them. */
  firstDay: string;
  lastDay: string;
}) {
  const t = useTranslations('bilaterals');
  const tValidation = useTranslations('validation');
  return (
    <ActionForm action={requestNewBilateral} fields={{ slug }} className="space-y-4" resetOnSuccess>
      {(state) => {
        // Check boxes are not echoed by FormField: a refused form ticks again what was ticked.
        const sentBox = (name: string) => (state?.ok === false ? state.values?.[name] === 'on' : false);
        const invitedError = errorsFor(state, 'invited')?.[0];
        return (
          <>
            <fieldset aria-describedby="invited-error" className="rounded border border-rule p-3">
              <legend className="px-1 font-semibold">{t('with')}</legend>
              <div className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
                {others.map((d) => (
                  <label key={d.code} className="inline-flex items-center gap-2">
                    <input type="checkbox" name={`invited-${d.code}`} defaultChecked={sentBox(`invited-${d.code}`)} />
                    {d.name}
                  </label>
                ))}
              </div>
              <p id="invited-error" aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
                {invitedError ? tValidation(invitedError) : null}
              </p>
            </fieldset>
            <div className="grid gap-x-4 sm:grid-cols-2">
              <FormField as="select" name="minutes" label={t('length')} defaultValue="30">
                {LENGTHS.map((m) => (
                  <option key={m} value={m}>
                    {t('minutes', { minutes: Number(m) })}
                  </option>
                ))}
              </FormField>
              <FormField as="select" name="level" label={t('level')} defaultValue={levels[0]?.code ?? ''}>
                {levels.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label}
                  </option>
                ))}
              </FormField>
            </div>
            <FormField as="textarea" name="topic" label={t('topic')} hint={t('topicHint')} rows={3} defaultValue="" />
            <fieldset className="rounded border border-rule p-3">
              <legend className="px-1 font-semibold">{t('preferredTimes')}</legend>
              <p className="mb-2 text-sm text-muted">{t('preferredTimesHint')}</p>
              {[0, 1, 2].map((n) => (
                <div key={n} className="grid gap-x-4 sm:grid-cols-2">
                  <FormField name={`window-${n}-start`} label={t('windowFrom', { n: n + 1 })} type="datetime-local" min={firstDay} max={lastDay} />
                  <FormField name={`window-${n}-end`} label={t('windowTo', { n: n + 1 })} type="datetime-local" min={firstDay} max={lastDay} />
                </div>
              ))}
            </fieldset>
            <div className="flex flex-col gap-1">
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="interpretation" defaultChecked={sentBox('interpretation')} />
                {t('interpretationNeeded')}
              </label>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="duringPlenary" defaultChecked={sentBox('duringPlenary')} />
                {t('duringPlenaryAllowed')}
              </label>
            </div>
            <SubmitButton pendingLabel={t('working')}>{t('request')}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
