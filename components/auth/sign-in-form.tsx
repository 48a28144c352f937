'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from '@/components/shell/use-translations';
import { useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';

type FieldErrors = { email?: string; password?: string };

// Mirrors SIGN_IN_LOCKED_PREFIX in lib/server/auth.ts: "locked:<scope>:<minutes>".
const LOCKED = /^locked:(pair|account|client):(\d+)$/;
const LOCK_MESSAGES = { pair: 'locked', account: 'lockedAccount', client: 'lockedClient' } as const;

const noChange = () => () => {};
/** False in the server's HTML and until React has attached the submit handler. */
const useHydrated = () => useSyncExternalStore(noChange, () => true, () => false);

/**
 * E-mail and password. Empty fields are named next to the field; a failed attempt gets
 * one message whatever the reason (no hint that an account exists), or the lockout.
 */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations('login');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  // Before hydration the browser would submit the form itself (see the form below).
  const blocked = !hydrated || pending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: FieldErrors = {
      ...(email ? {} : { email: t('emailRequired') }),
      ...(password ? {} : { password: t('passwordRequired') }),
    };
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      const first = event.currentTarget.elements.namedItem(errors.email ? 'email' : 'password');
      (first as HTMLInputElement | null)?.focus();
      return;
    }
    startTransition(async () => {
      const result = await signIn('credentials', { email, password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(returnTo);
        return;
      }
      const locked = result?.error ? LOCKED.exec(result.error) : null;
      if (locked) setFormError(t(LOCK_MESSAGES[locked[1] as keyof typeof LOCK_MESSAGES], { minutes: Number(locked[2]) }));
      else if (result?.error === 'CredentialsSignin') setFormError(t('invalid'));
      else setFormError(t('unavailable'));
    });
  }

  return (
    // Before hydration the browser would submit the form itself, as a GET putting the password
    // in the address (history, server logs): the button waits for the handler, and the form
    // says POST so that no submission of it ever does.
    <form method="post" onSubmit={submit} noValidate className="space-y-5" aria-describedby={formError ? 'sign-in-error' : undefined}>
      <div role="alert" id="sign-in-error" data-testid="sign-in-error" className={formError ? 'rounded border-l-4 border-accent bg-red-50 p-3 text-sm' : 'sr-only'}>
        {formError}
      </div>
      <Field name="email" type="email" label={t('email')} autoComplete="username" error={fieldErrors.email} />
      <Field name="password" type="password" label={t('password')} autoComplete="current-password" error={fieldErrors.password} />
      <noscript>
        <p className="text-sm">{t('needsScript')}</p>
      </noscript>
      <button type="submit" className="button w-full justify-center" disabled={blocked} aria-disabled={blocked}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}

type FieldProps = { name: string; type: string; label: string; autoComplete: string; error?: string };

function Field({ name, type, label, autoComplete, error }: FieldProps) {
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`w-full rounded border px-3 py-2 ${error ? 'border-accent' : 'border-muted'}`}
      />
      <p id={errorId} aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
        {error}
      </p>
    </div>
  );
}
