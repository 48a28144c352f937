'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/server/action';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { messageOf } from './action-state';
import { HiddenFields } from './hidden-fields';

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Fields that name what the form acts on, e.g. the meeting's slug. */
  hidden: Record<string, string>;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  current: string;
  submitLabel: string;
  pendingLabel: string;
};

/** One setting chosen among a few (radio buttons), saved with a button; the outcome is announced. */
export function ChoiceForm({ action, hidden, name, legend, options, current, submitLabel, pendingLabel }: Props) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <HiddenFields fields={hidden} />
      <fieldset>
        <legend className="mb-1 font-semibold">{legend}</legend>
        <div className="flex flex-wrap gap-x-5">
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2">
              <input type="radio" name={name} value={option.value} defaultChecked={option.value === current} />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
