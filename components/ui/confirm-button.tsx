'use client';

import { useId, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from '@/components/shell/use-translations';
import { useActionFormPending } from './action-form';

type Props = {
  /** The button on the page, which only opens the question. */
  children: ReactNode;
  /** The question, naming what is acted on: "Delete operative paragraph 9?". */
  question: string;
  /** What follows from it, under the question. */
  details?: ReactNode;
  /** The button that does it, in the dialog: a verb ("Delete paragraph"). */
  confirmLabel: string;
  pendingLabel: string;
  /** `danger` for what cannot be undone; `neutral` for far-reaching steps (start silence). */
  tone?: 'danger' | 'neutral';
  /** Sent as the form's `name` field when confirmed, like SubmitButton's. */
  name?: string;
  value?: string;
  className?: string;
  /** Called as the dialog opens, to bring its question up to date with the form. */
  onOpen?: () => void;
};

/**
 * A submit button that asks first, in a native modal <dialog>: the focus moves to
 * "Cancel" (the safe answer), Escape or Cancel close it with nothing sent, the opener gets
 * the focus back. The confirming button is the form's own submit button, so the form's
 * fields and action stay as they are. Used for every irreversible or far-reaching step.
 */
export function ConfirmButton({
  children,
  question,
  details,
  confirmLabel,
  pendingLabel,
  tone = 'danger',
  name,
  value,
  className,
  onOpen,
}: Props) {
  const t = useTranslations('confirm');
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const formStatus = useFormStatus();
  const actionFormPending = useActionFormPending();
  const pending = formStatus.pending || actionFormPending;
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={className ?? (tone === 'danger' ? 'button button-danger' : 'button')}
        disabled={pending}
        aria-disabled={pending || undefined}
        aria-haspopup="dialog"
        onClick={() => {
          onOpen?.();
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {pending ? pendingLabel : children}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby={`${id}-question`}
        aria-describedby={details ? `${id}-details` : undefined}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-question`} className="text-lg font-semibold">
          {question}
        </h2>
        {details && (
          <div id={`${id}-details`} className="mt-2 space-y-1">
            {details}
          </div>
        )}
        <div className="mt-4 flex flex-wrap justify-end gap-3">
          <button ref={cancel} type="button" className="button button-quiet" onClick={close}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            name={name}
            value={value}
            className={tone === 'danger' ? 'button button-danger-strong' : 'button'}
            // The dialog closes before the form is sent: the submission goes on regardless.
            onClick={close}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
