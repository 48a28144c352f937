'use client';

import { useState } from 'react';
import { FormField } from '@/components/ui/form-field';

type Props = {
  name: string;
  label: string;
  hint?: string;
  states: { code: string; name: string }[];
  initial: string[];
  errors?: string[];
};

/** States from the ISO 3166 list, several at once; their codes travel as one comma-joined field. */
export function StatePicker({ name, label, hint, states, initial, errors }: Props) {
  const [chosen, setChosen] = useState<string[]>(initial);
  return (
    <div>
      <FormField
        as="select"
        multiple
        size={6}
        name={`${name}Picker`}
        label={label}
        hint={hint}
        errors={errors}
        value={chosen}
        onChange={(event) => setChosen([...event.currentTarget.selectedOptions].map((o) => o.value))}
      >
        {states.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </FormField>
      <input type="hidden" name={name} value={chosen.join(',')} />
    </div>
  );
}
