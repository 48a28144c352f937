'use client';

import { createContext, useActionState, useContext, useEffect, useLayoutEffect, useRef, startTransition, type ReactNode } from 'react';
import type { ActionState } from '@/lib/server/action';
import { FormMessage } from './form-message';

const ActionStateContext = createContext<{ state: ActionState; pending: boolean }>({ state: null, pending: false });

/** The state of the enclosing ActionForm's last submission (for fields and conflict views). */
export const useActionFormState = () => useContext(ActionStateContext).state;

/** Whether the enclosing ActionForm is waiting for the server. */
export const useActionFormPending = () => useContext(ActionStateContext).pending;

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  /** Clear the fields after a successful submission (new comment, new amendment). */
  resetOnSuccess?: boolean;
  /** Code from the `validation` catalogue to announce on success. */
  successMessage?: string;
  /**
   * Id of the element to move the focus to when a successful submission removes this form
   * from the page (an accepted amendment's card), so a keyboard user is not dropped at the top.
   */
  focusWhenRemoved?: string;
  className?: string;
  'aria-label'?: string;
};

/**
 * A form bound to a server action through `validatedActionWithViewer`. Without JavaScript
 * it posts to the action like any form (the `action` attribute React renders), and the
 * page comes back with the outcome. Once the page is running, it submits in a transition
 * rather than as a plain form action, so React does not clear what was typed when the
 * server refuses it (React skips a form action whose submit event was prevented); field
 * errors reach each FormField through context, and the whole-form outcome is announced
 * below the fields.
 */
export function ActionForm({ action, children, resetOnSuccess, successMessage, focusWhenRemoved, className, ...rest }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);
  const submittedFromInside = useRef(false);
  useLayoutEffect(() => {
    const element = form.current;
    // A layout effect's cleanup runs while the form is still in the document. The pressed
    // button was disabled while pending, which sent the focus to <body>; if it is there or
    // still inside, it moves once the removal has happened.
    return () => {
      const active = document.activeElement;
      if (!focusWhenRemoved || !submittedFromInside.current) return;
      if (active !== document.body && !element?.contains(active)) return;
      setTimeout(() => document.getElementById(focusWhenRemoved)?.focus());
    };
  }, [focusWhenRemoved]);
  return (
    <ActionStateContext.Provider value={{ state, pending }}>
      <form
        ref={form}
        action={dispatch}
        aria-label={rest['aria-label']}
        aria-busy={pending || undefined}
        className={className}
        onSubmit={(event) => {
          event.preventDefault();
          submittedFromInside.current = event.currentTarget.contains(document.activeElement);
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => dispatch(data));
        }}
      >
        {children}
        <FormMessage
          code={state?.ok ? successMessage : state?.ok === false && !state.fieldErrors ? state.message : null}
          tone={state?.ok ? 'success' : 'error'}
        />
      </form>
    </ActionStateContext.Provider>
  );
}
