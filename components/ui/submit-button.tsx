'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';
import { useActionFormPending } from './action-form';

type Props = {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
  /** Sent as the form's `name` field, to tell apart several buttons of one form. */
  name?: string;
  value?: string;
};

/** A form's submit button that shows and announces its pending state. */
export function SubmitButton({ children, pendingLabel, className = 'button', name, value }: Props) {
  const formStatus = useFormStatus();
  const actionFormPending = useActionFormPending();
  const pending = formStatus.pending || actionFormPending;
  return (
    <button type="submit" name={name} value={value} className={className} disabled={pending} aria-disabled={pending || undefined}>
      {pending ? pendingLabel : children}
    </button>
  );
}
