'use client';

import type { ReactNode } from 'react';
import { FormField } from './form-field';

type Props = {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  defaultValue: string;
  errors?: string[];
  /** The IANA zones to suggest (lib/domain/time-zones); the server checks the value against the same list. */
  timeZones: readonly string[];
};

/**
 * A time zone typed with the IANA zones suggested as one types: a text field with a
 * datalist, lighter than a select of four hundred options and searchable by city.
 */
export function TimeZoneField({ timeZones, ...field }: Props) {
  const listId = `${field.name}-zones`;
  return (
    <>
      <FormField {...field} list={listId} autoComplete="off" />
      <datalist id={listId}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
