'use client';

import { useLocale } from 'next-intl';
import { useState } from 'react';
import { startSilenceProcedure } from '@/app/meetings/[slug]/documents/[id]/actions';
import { useTranslations } from '@/components/shell/use-translations';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { localInputToInstant } from '@/lib/domain/zoned-time';

type Question = { question: string; details: string[] };

/**
 * The secretariat starts silence on a ready text. It asks first, naming the deadline on the
 * meeting's clock and on the reader's own (worked out in the browser, which knows its zone)
 * and how many delegations will be told: a deadline typed wrong adopts a text.
 */
export function StartSilenceForm({
  ids,
  timeZone,
  defaultDeadline,
  deadlineLabel,
  delegationCount,
}: {
  ids: { slug: string; documentId: number };
  /** The meeting's zone, in which the deadline is typed. */
  timeZone: string;
  defaultDeadline: string;
  deadlineLabel: string;
  delegationCount: number;
}) {
  const t = useTranslations('drafting');
  const locale = useLocale();
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [asked, setAsked] = useState<Question>({ question: t('startSilenceQuestionUnknown'), details: [] });

  function ask() {
    const minute = localInputToInstant(deadline.slice(0, 16), timeZone);
    if (!minute) return setAsked({ question: t('startSilenceQuestionUnknown'), details: [t('startSilenceNotify', { count: delegationCount })] });
    const instant = new Date(minute.getTime() + Number(deadline.slice(17) || 0) * 1000);
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setAsked({
      question: t('startSilenceQuestion', { deadline: formatDateTime(instant, timeZone, locale), zone: zoneLabel(timeZone, locale, instant) }),
      details: [
        own === timeZone
          ? t('startSilenceSameZone')
          : t('startSilenceYourTime', { deadline: formatDateTime(instant, own, locale), zone: zoneLabel(own, locale, instant) }),
        t('startSilenceNotify', { count: delegationCount }),
      ],
    });
  }

  return (
    <ActionForm action={startSilenceProcedure} className="flex flex-wrap items-end gap-3">
      <HiddenFields fields={ids} />
      <FormField
        idPrefix="silence-"
        name="deadline"
        type="datetime-local"
        step={1}
        label={deadlineLabel}
        value={deadline}
        onChange={(event) => setDeadline(event.currentTarget.value)}
      />
      <ConfirmButton
        tone="neutral"
        question={asked.question}
        details={asked.details.map((line) => (
          <p key={line}>{line}</p>
        ))}
        confirmLabel={t('startSilenceConfirm')}
        pendingLabel={t('saving')}
        onOpen={ask}
      >
        {t('startSilenceButton')}
      </ConfirmButton>
    </ActionForm>
  );
}
