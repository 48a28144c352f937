'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';

/** A form's submit button that shows and announces its pending state. */
export function SubmitButton({ children, pendingLabel, className = 'button' }: { children: ReactNode; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
