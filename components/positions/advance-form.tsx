'use client';

import { advancePositionStatement } from '@/app/meetings/[slug]/positions/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { SubmitButton } from '@/components/ui/submit-button';
import { ActionForm } from '@/components/ui/action-form';

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
  return (
    <ActionForm action={advancePositionStatement} className="space-y-2" fields={{ slug, id, expectedVersion: version, to }}>
      {confirm ? (
        <ConfirmButton tone="neutral" question={confirm.question} details={<p>{confirm.details}</p>} confirmLabel={confirm.confirmLabel} pendingLabel={pendingLabel}>
          {label}
        </ConfirmButton>
      ) : (
        <SubmitButton pendingLabel={pendingLabel} className={to === 'circulated' ? 'button' : 'button button-quiet'}>
          {label}
        </SubmitButton>
      )}
    </ActionForm>
  );
}
