'use client';

import { createContext, useActionState, useContext, useEffect, useLayoutEffect, useRef, startTransition, type ReactNode, type RefObject } from 'react';
import type { ActionState } from '@/lib/server/action';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';

const ActionStateContext = createContext<{ state: ActionState; pending: boolean }>({ state: null, pending: false });

/** The state of the enclosing ActionForm's last submission (for fields and conflict views). */
export const useActionFormState = () => useContext(ActionStateContext).state;

/** Whether the enclosing ActionForm is waiting for the server. */
export const useActionFormPending = () => useContext(ActionStateContext).pending;

/** What the form shows of the outcome below its fields: FormMessage's props, or nothing. */
type Outcome = { code?: string | null; tone: 'success' | 'notice' | 'error' } | null;

type Props<S extends ActionState> = {
  action: (previous: Awaited<S>, formData: FormData) => Promise<S>;
  /** The fields; a function of the last state when the form shows more of it (a preview, a link). */
  children: ReactNode | ((state: Awaited<S>, pending: boolean) => ReactNode);
  /** Hidden fields naming what the form acts on (the meeting's slug, ids, versions). */
  fields?: Record<string, string | number | null | undefined>;
  /** Clear the fields after a successful submission (a new comment, a new account). */
  resetOnSuccess?: boolean;
  /** Code from the `validation` catalogue to announce on success, instead of the action's own. */
  successMessage?: string;
  /** The outcome below the fields, when the form words it otherwise; `null` shows none. */
  outcome?: (state: Awaited<S>) => Outcome;
  /**
   * Id of the element to move the focus to when a successful submission removes this form
   * from the page (an accepted amendment's card), so a keyboard user is not dropped at the top.
   */
  focusWhenRemoved?: string;
  /**
   * Runs in the browser on what is about to be sent; `false` keeps it from being sent
   * (a file over the upload limit, which the server would refuse only after receiving it).
   */
  beforeSubmit?: (data: FormData) => boolean;
  /** The form element, for a caller that submits or resets it itself (a scanner's reading). */
  formRef?: RefObject<HTMLFormElement | null>;
  className?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
};

const standardOutcome = (state: ActionState, successMessage?: string): Outcome => (state?.ok ? { code: successMessage ?? state.message, tone: 'success' } : { code: state?.message, tone: 'error' });

/**
 * The one form of this app: bound to a server action through `validatedActionWithViewer`.
 * Without JavaScript it posts to the action like any form (the `action` attribute React
 * renders), and the page comes back with the outcome. Once the page is running, it submits
 * in a transition rather than as a plain form action, so React does not clear what was
 * typed when the server refuses it (React skips a form action whose submit event was
 * prevented). Field errors and the values a refused form sent reach each FormField through
 * context, so a refusal costs no typing either way; the whole-form outcome is announced
 * below the fields. Browser validation is off: the server's messages are the ones shown.
 */
export function ActionForm<S extends ActionState>({ action, children, fields, resetOnSuccess, successMessage, outcome, focusWhenRemoved, beforeSubmit, formRef, className, ...aria }: Props<S>) {
  // Every action's state starts as null (ActionState's "nothing sent yet").
  const [state, dispatch, pending] = useActionState(action, null as Awaited<S>);
  const ownForm = useRef<HTMLFormElement>(null);
  const form = formRef ?? ownForm;
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess, form]);
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
  }, [focusWhenRemoved, form]);
  const shown = outcome ? outcome(state) : standardOutcome(state, successMessage);
  return (
    <ActionStateContext.Provider value={{ state, pending }}>
      <form
        ref={form}
        action={dispatch}
        noValidate
        aria-label={aria['aria-label']}
        aria-describedby={aria['aria-describedby']}
        aria-busy={pending || undefined}
        className={className}
        onSubmit={(event) => {
          event.preventDefault();
          submittedFromInside.current = event.currentTarget.contains(document.activeElement);
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          if (beforeSubmit?.(data) === false) return;
          startTransition(() => dispatch(data));
        }}
      >
        {fields && <HiddenFields fields={fields} />}
        {typeof children === 'function' ? children(state, pending) : children}
        {shown && <FormMessage code={shown.code} tone={shown.tone} />}
      </form>
    </ActionStateContext.Provider>
  );
}
