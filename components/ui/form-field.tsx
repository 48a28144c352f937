'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { useLayoutEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useActionFormState } from './action-form';

type Common = {
  name: string;
  label: string;
  /**
   * Codes from the `validation` catalogue, as an ActionState's fieldErrors carry them.
   * Inside an ActionForm they come from its last submission by themselves.
   */
  errors?: string[];
  hint?: ReactNode;
  /** Makes ids unique when the same form appears more than once on a page. */
  idPrefix?: string;
};

type Control =
  | ({ as?: 'input' } & InputHTMLAttributes<HTMLInputElement>)
  | ({ as: 'textarea' } & TextareaHTMLAttributes<HTMLTextAreaElement>)
  | ({ as: 'select'; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>);

/** Controls whose value a refused form cannot give back (a file, a password) or that hold several. */
const NOT_ECHOED = new Set(['file', 'password', 'checkbox', 'radio']);

/**
 * A labelled control with its error announced next to it (aria-describedby, aria-live),
 * the one way forms in this app show bad input. Inside an ActionForm that the server
 * refused, an uncontrolled control starts from what was sent, so that the page a
 * scriptless post gets back still holds the typing.
 */
export function FormField(props: Common & Control) {
  const { name, label, errors, hint, idPrefix = '', ...rest } = props;
  const t = useTranslations('validation');
  const formState = useActionFormState();
  const refused = formState?.ok === false ? formState : null;
  const fieldErrors = errors ?? refused?.fieldErrors?.[name];
  const sent = refused?.values?.[name];
  const echoes = sent !== undefined && !('value' in rest) && !('multiple' in rest && rest.multiple) && !NOT_ECHOED.has(String('type' in rest ? rest.type : ''));
  const id = `${idPrefix}${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const message = fieldErrors?.[0] ? (t.has(fieldErrors[0]) ? t(fieldErrors[0]) : t('invalidInput')) : null;
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name,
    ...(echoes ? { defaultValue: sent } : {}),
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy,
    className: `w-full rounded border bg-white px-3 py-2 ${message ? 'border-accent' : 'border-muted'}`,
  } as const;
  let control: ReactNode;
  if (rest.as === 'textarea') {
    const { as: _as, ...attributes } = rest;
    control = <textarea {...attributes} {...shared} />;
  } else if (rest.as === 'select') {
    const { as: _as, children, ...attributes } = rest;
    control = (
      <SelectControl {...attributes} {...shared}>
        {children}
      </SelectControl>
    );
  } else {
    const { as: _as, ...attributes } = rest;
    control = <input {...attributes} {...shared} />;
  }
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {control}
      <p id={errorId} aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
        {message}
      </p>
    </div>
  );
}

/**
 * A select that keeps its choice through the form reset React runs after every action: the
 * reset puts a select back on its `selected` options (`defaultSelected`), which React sets
 * only when the select mounts, so a refused form would lose the choice it just echoed back
 * (uncontrolled) or show another option than its state holds (controlled). The option of
 * the current value or default is marked default whenever that changes.
 */
function SelectControl(props: SelectHTMLAttributes<HTMLSelectElement>) {
  const ref = useRef<HTMLSelectElement>(null);
  const chosen = props.value ?? props.defaultValue;
  const chosenKey = chosen === undefined ? undefined : JSON.stringify([chosen].flat().map(String));
  useLayoutEffect(() => {
    if (!ref.current || chosenKey === undefined) return;
    const values: string[] = JSON.parse(chosenKey);
    for (const option of ref.current.options) option.defaultSelected = values.includes(option.value);
  }, [chosenKey]);
  return <select ref={ref} {...props} />;
}
