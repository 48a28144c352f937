'use client';

import { useState } from 'react';

type Props = {
  legend: string;
  idPrefix: string;
  /** The form field the chosen codes travel in, comma-joined (bracket holders, a document's recipients). */
  name: string;
  delegations: { code: string; protocolName: string }[];
  selected: string[];
  /** The id of the message that says what is wrong with the choice, when something is. */
  errorId?: string;
};

/** Checkboxes of delegations; their codes travel as one comma-joined field. */
export function DelegationPicker({ legend, idPrefix, name, delegations, selected, errorId }: Props) {
  const [chosen, setChosen] = useState(() => new Set(selected));
  return (
    <fieldset className="rounded border border-rule p-2" aria-describedby={errorId} aria-invalid={errorId ? true : undefined}>
      <legend className="px-1 font-semibold">{legend}</legend>
      <input type="hidden" name={name} value={[...chosen].join(',')} />
      <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-3">
        {delegations.map((d) => (
          <label key={d.code} htmlFor={`${idPrefix}${d.code}`} className="flex items-center gap-2 text-sm">
            <input
              id={`${idPrefix}${d.code}`}
              type="checkbox"
              checked={chosen.has(d.code)}
              onChange={(event) =>
                setChosen((current) => {
                  const next = new Set(current);
                  if (event.target.checked) next.add(d.code);
                  else next.delete(d.code);
                  return next;
                })
              }
            />
            {d.protocolName}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
