import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Flag } from '@/components/delegations/flag';
import { SeatingPlan } from '@/components/seating/seating-plan';
import { ResetSeatsForm, SwapSeatsForm } from '@/components/seating/seating-forms';
import { ChoiceForm } from '@/components/ui/choice-form';
import { isSecretariat } from '@/db/access';
import { getSeatingPlan } from '@/db/queries/delegations';
import { SEATING_LAYOUT_VALUES } from '@/lib/domain/values';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { placeSeats } from '@/lib/domain/seating';
import { chooseSeatingLayout } from './actions';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('seating'))('title') };
}

export default async function SeatingPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/delegations/seating');
  const plan = allowed(() => getSeatingPlan(viewer, meeting));
  const t = await getTranslations('seating');
  const coChairs = plan.seats.filter((s) => s.role === 'co_chair').length;
  const sides = placeSeats(plan.layout, plan.seats.length, coChairs).map((p) => p.side);
  const label = (index: number) => t('seatLabel', { number: index + 1, name: plan.seats[index].protocolName });
  return (
    <section aria-labelledby="seating-title" className="seating-page space-y-6">
      <header>
        <h1 id="seating-title" className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">
          {t('intro', { layout: t(`layout.${plan.layout}`) })} {plan.rearranged ? t('rearranged') : t('inPrecedence')}
        </p>
        <p className="no-print mt-2">
          <Link href={`/meetings/${slug}/delegations`}>{t('back')}</Link>
        </p>
      </header>
      <SeatingPlan
        layout={plan.layout}
        seats={plan.seats}
        title={t('planTitle', { meeting: meeting.shortTitle, layout: t(`layout.${plan.layout}`) })}
        description={t('planDescription', { count: plan.seats.length })}
        headLabel={t('head')}
      />
      <section aria-labelledby="seats-title" className="seat-list">
        <h2 id="seats-title" className="mb-2 text-xl font-semibold">{t('seatsTitle')}</h2>
        <ol className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {plan.seats.map((seat, index) => (
            <li key={seat.code} className="flex items-center gap-2">
              <span className="w-7 text-right font-semibold tabular-nums">{index + 1}.</span>
              <Flag code={seat.code} />
              <span>
                {seat.protocolName} <span className="text-sm text-muted">— {t(`side.${sides[index]}`)}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
      {isSecretariat(viewer, meeting.id) && (
        <div className="no-print grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="layout-title" className="rounded border border-rule bg-paper p-5">
            <h2 id="layout-title" className="mb-3 text-xl font-semibold">{t('layoutTitle')}</h2>
            <ChoiceForm
              action={chooseSeatingLayout}
              hidden={{ slug }}
              name="layout"
              legend={t('layoutLegend')}
              options={SEATING_LAYOUT_VALUES.map((layout) => ({ value: layout, label: t(`layout.${layout}`) }))}
              current={plan.layout}
              submitLabel={t('saveLayout')}
              pendingLabel={t('saving')}
            />
          </section>
          <section aria-labelledby="swap-title" className="rounded border border-rule bg-paper p-5">
            <h2 id="swap-title" className="mb-1 text-xl font-semibold">{t('swapTitle')}</h2>
            <p className="mb-3 text-sm text-muted">{t('swapHint')}</p>
            <SwapSeatsForm slug={slug} seats={plan.seats.map((s, index) => ({ code: s.code, label: label(index) }))} />
            {plan.rearranged && (
              <div className="mt-4 border-t border-rule pt-4">
                <ResetSeatsForm slug={slug} />
              </div>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
