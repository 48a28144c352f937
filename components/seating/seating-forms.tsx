'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { restorePrecedenceSeating, swapTwoSeats } from '@/app/meetings/[slug]/delegations/seating/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

type Seat = { code: string; label: string };

/**
 * Swapping two seats by keyboard or pointer alike: pick a seat, pick the other, swap.
 * The outcome is announced, and the plan and the list redraw.
 */
export function SwapSeatsForm({ slug, seats }: { slug: string; seats: Seat[] }) {
  const t = useTranslations('seating');
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
    <ActionForm action={swapTwoSeats} className="space-y-1" fields={{ slug }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField as="select" name="first" label={t('firstSeat')} defaultValue="">
          {options}
        </FormField>
        <FormField as="select" name="second" label={t('secondSeat')} defaultValue="">
          {options}
        </FormField>
      </div>
      <SubmitButton pendingLabel={t('swapping')}>{t('swap')}</SubmitButton>
    </ActionForm>
  );
}

/** Forgets every swap: everyone sits in the order of precedence again. */
export function ResetSeatsForm({ slug }: { slug: string }) {
  const t = useTranslations('seating');
  return (
    <ActionForm action={restorePrecedenceSeating} className="space-y-3" fields={{ slug }}>
      <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
        {t('reset')}
      </SubmitButton>
    </ActionForm>
  );
}
