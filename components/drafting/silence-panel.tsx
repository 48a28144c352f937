import { getLocale, getTranslations } from 'next-intl/server';
import {
  breakSilenceProcedure,
  reopenAdoptedDocument,
  withdrawSilenceProcedure,
} from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { OpenItems } from '@/db/document-readiness';
import type { DocumentDetail } from '@/db/queries/documents';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { REASON_LIMIT } from '@/lib/domain/limits';
import { toLocalDateTime } from '@/lib/domain/zoned-time';
import { IssueChairsTextForm } from './issue-chairs-text-form';
import { OpenItemsList } from './open-items';
import { isReady } from '@/lib/domain/text-readiness';
import { SilenceCountdown } from './silence-countdown';
import { StartSilenceForm } from './start-silence-form';

/** The deadline the form suggests: silence procedures commonly run for a day. */
const oneDayFromNow = () => new Date(Date.now() + 24 * 3600 * 1000);

/**
 * The silence procedure as the viewer may act on it: the secretariat starts it on a ready
 * text (or sees what is still open), withdraws it, and reopens an adopted text; a head
 * breaks it with an objection; everyone sees the deadline, the time left, who broke or
 * withdrew it and why. A chair's text has no silence: the secretariat issues it.
 */
export async function SilencePanel({
  ids,
  document,
  openItems,
  timeZone,
  role,
}: {
  ids: { slug: string; documentId: number };
  document: DocumentDetail;
  /** What stands in the way of silence; given to the pen while the text is in drafting. */
  openItems: OpenItems | null;
  timeZone: string;
  role: { pen: boolean; head: boolean };
}) {
  const [t, locale] = await Promise.all([getTranslations('drafting'), getLocale()]);
  const { silence } = document;
  const at = (instant: Date) => formatDateTime(instant, timeZone, locale);
  const zone = (instant: Date) => zoneLabel(timeZone, locale, instant);
  const inOneDay = oneDayFromNow();
  const negotiated = document.draftingMode === 'negotiated';
  return (
    <section aria-labelledby="silence-title" className="space-y-3 rounded border border-rule bg-paper p-4" data-testid="silence-panel">
      <h2 id="silence-title" className="text-xl font-semibold">{t(negotiated ? 'silenceTitle' : 'issueTitle')}</h2>
      {!negotiated && document.status === 'drafting' && <p>{t('chairsTextNote')}</p>}
      {document.status === 'silence' && silence.deadline && (
        <div className="space-y-1 rounded border-l-4 border-navy bg-navy-soft p-3">
          <p className="font-semibold">{t('silenceRunning', { deadline: at(silence.deadline), zone: zone(silence.deadline) })}</p>
          <SilenceCountdown deadline={silence.deadline.toISOString()} />
          <p>{t('frozen')}</p>
        </div>
      )}
      {document.status === 'adopted' && document.adoptedAt && (
        <p className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold" data-testid="adopted-notice">
          {t(negotiated ? 'adopted' : 'issued', { date: at(document.adoptedAt) })}
        </p>
      )}
      {document.status === 'drafting' && silence.brokenBy && silence.brokenAt && (
        <p className="rounded border-l-4 border-accent bg-red-50 p-3" data-testid="silence-broken">
          {t('silenceBroken', {
            delegation: silence.brokenBy.delegation,
            name: silence.brokenBy.name ?? '',
            date: at(silence.brokenAt),
            reason: silence.brokenReason ?? '',
          })}
        </p>
      )}
      {role.pen && document.status === 'drafting' && !negotiated && <IssueChairsTextForm ids={ids} />}
      {document.status === 'drafting' && silence.withdrawnBy && silence.brokenAt && (
        <p className="rounded border-l-4 border-navy bg-navy-soft p-3" data-testid="silence-withdrawn">
          {t('silenceWithdrawn', { name: silence.withdrawnBy, date: at(silence.brokenAt), reason: silence.brokenReason ?? '' })}
        </p>
      )}
      {role.pen && document.status === 'drafting' && negotiated && openItems && !isReady(openItems) && (
        <OpenItemsList ids={ids} items={openItems} />
      )}
      {role.pen && document.status === 'drafting' && negotiated && openItems && isReady(openItems) && (
        <StartSilenceForm
          ids={ids}
          timeZone={timeZone}
          defaultDeadline={toLocalDateTime(inOneDay, timeZone)}
          deadlineLabel={t('deadline', { zone: zone(inOneDay) })}
          delegationCount={document.stances.length}
        />
      )}
      {role.pen && document.status === 'silence' && (
        <ActionForm action={withdrawSilenceProcedure} className="space-y-2">
          <HiddenFields fields={ids} />
          <FormField as="textarea" idPrefix="withdraw-" name="reason" label={t('withdrawReason')} hint={t('withdrawHint')} rows={2} maxLength={REASON_LIMIT} />
          <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
            {t('withdrawSilenceButton')}
          </SubmitButton>
        </ActionForm>
      )}
      {role.head && document.status === 'silence' && negotiated && (
        <ActionForm action={breakSilenceProcedure} className="space-y-2">
          <HiddenFields fields={ids} />
          <FormField as="textarea" idPrefix="break-" name="reason" label={t('breakReason')} rows={2} maxLength={REASON_LIMIT} />
          <SubmitButton pendingLabel={t('saving')}>{t('breakSilenceButton')}</SubmitButton>
        </ActionForm>
      )}
      {role.pen && document.status === 'adopted' && (
        <ActionForm action={reopenAdoptedDocument} className="space-y-2">
          <HiddenFields fields={ids} />
          <FormField as="textarea" idPrefix="reopen-" name="reason" label={t('reopenReason')} rows={2} maxLength={REASON_LIMIT} />
          <ConfirmButton
            question={t('reopenQuestion', { title: document.title })}
            details={<p>{t('reopenDetails')}</p>}
            confirmLabel={t('reopenConfirm')}
            pendingLabel={t('saving')}
          >
            {t('reopenButton')}
          </ConfirmButton>
        </ActionForm>
      )}
    </section>
  );
}
