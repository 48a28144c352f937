'use client';

import type { ActionState } from '@/lib/server/action';
import { SubmitButton } from './submit-button';
import { ActionForm } from './action-form';

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
  return (
    <ActionForm action={action} className="space-y-3" fields={hidden}>
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
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
