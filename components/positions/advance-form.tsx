'use client';

import { useActionState } from 'react';
import { advancePositionStatement } from '@/app/meetings/[slug]/positions/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = {
  slug: string;
  id: number;
  /** The version the person is looking at: the step applies to it and to nothing newer. */
  version: number;
  to: 'secretariat' | 'circulated';
  label: string;
  pendingLabel: string;
  /** Circulating cannot be taken back: the question asked first. */
  confirm?: { question: string; details: string; confirmLabel: string };
};

/** One button that shares or circulates a statement, with the outcome announced. */
export function AdvanceForm({ slug, id, version, to, label, pendingLabel, confirm }: Props) {
  const [state, formAction] = useActionState(advancePositionStatement, null);
  return (
    <form action={formAction} className="space-y-2">
      <HiddenFields fields={{ slug, id, expectedVersion: version, to }} />
      {confirm ? (
        <ConfirmButton
          tone="neutral"
          question={confirm.question}
          details={<p>{confirm.details}</p>}
          confirmLabel={confirm.confirmLabel}
          pendingLabel={pendingLabel}
        >
          {label}
        </ConfirmButton>
      ) : (
        <SubmitButton pendingLabel={pendingLabel} className={to === 'circulated' ? 'button' : 'button button-quiet'}>
          {label}
        </SubmitButton>
      )}
      <FormMessage code={state?.message} tone={state?.ok ? 'success' : 'error'} />
    </form>
  );
}
