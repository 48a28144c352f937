'use client';

import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/server/action';
import { ConfirmButton } from './confirm-button';
import { SubmitButton } from './submit-button';
import { ActionForm } from './action-form';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields the action needs (ids, versions). */
  fields: Record<string, string | number>;
  /** The button's text; may hold visually hidden words that name what it acts on. */
  children: ReactNode;
  pendingLabel: string;
  className?: string;
  /** For an irreversible or far-reaching step: the question asked first (ConfirmButton). */
  confirm?: { question: string; details?: string; confirmLabel: string; tone?: 'danger' | 'neutral' };
  /** Id of what takes the focus when a successful step removes the button (ActionForm). */
  focusWhenRemoved?: string;
};

/**
 * One button that runs one server action, with its outcome announced beside it: the
 * shape of every single-step command (publish, accept, withdraw…).
 */
export function ActionButton({ action, fields, children, pendingLabel, className, confirm, focusWhenRemoved }: Props) {
  return (
    <ActionForm action={action} className="inline-flex flex-col items-start gap-1" fields={fields} focusWhenRemoved={focusWhenRemoved}>
      {confirm ? (
        <ConfirmButton
          question={confirm.question}
          details={confirm.details && <p>{confirm.details}</p>}
          confirmLabel={confirm.confirmLabel}
          tone={confirm.tone}
          pendingLabel={pendingLabel}
          className={className}
        >
          {children}
        </ConfirmButton>
      ) : (
        <SubmitButton pendingLabel={pendingLabel} className={className ?? 'button button-quiet'}>
          {children}
        </SubmitButton>
      )}
    </ActionForm>
  );
}
