'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { restorePrecedenceSeating, swapTwoSeats } from '@/app/meetings/[slug]/delegations/seating/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf } from '@/components/ui/action-state';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Seat = { code: string; label: string };

/**
 * Swapping two seats by keyboard or pointer alike: pick a seat, pick the other, swap.
 * The outcome is announced, and the plan and the list redraw.
 */
export function SwapSeatsForm({ slug, seats }: { slug: string; seats: Seat[] }) {
  const t = useTranslations('seating');
  const [state, formAction] = useActionState(swapTwoSeats, null);
  const options = (
    <>
      <option value="">{t('chooseSeat')}</option>
      {seats.map((s) => (
        <option key={s.code} value={s.code}>
          {s.label}
        </option>
      ))}
    </>
  );
  return (
    <form action={formAction} className="space-y-1">
      <HiddenFields fields={{ slug }} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField as="select" name="first" label={t('firstSeat')} errors={errorsFor(state, 'first')} defaultValue="">
          {options}
        </FormField>
        <FormField as="select" name="second" label={t('secondSeat')} errors={errorsFor(state, 'second')} defaultValue="">
          {options}
        </FormField>
      </div>
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={t('swapping')}>{t('swap')}</SubmitButton>
    </form>
  );
}

/** Forgets every swap: everyone sits in the order of precedence again. */
export function ResetSeatsForm({ slug }: { slug: string }) {
  const t = useTranslations('seating');
  const [state, formAction] = useActionState(restorePrecedenceSeating, null);
  return (
    <form action={formAction} className="space-y-3">
      <HiddenFields fields={{ slug }} />
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
        {t('reset')}
      </SubmitButton>
    </form>
  );
}
