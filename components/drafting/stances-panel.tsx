import { getTranslations } from 'next-intl/server';
import { recordDelegationStance } from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { StanceRow } from '@/db/queries/documents';
import { REASON_LIMIT } from '@/lib/domain/limits';
import { StancesTable } from './stances-table';

/** Every delegation's stance in order of precedence; a head records theirs below, unless the form stands first on the page. */
export async function StancesPanel({
  ids,
  stances,
  revision,
  canRecord,
}: {
  ids: { slug: string; documentId: number };
  stances: StanceRow[];
  revision: number;
  canRecord: boolean;
}) {
  const t = await getTranslations('drafting');
  return (
    <section aria-labelledby="stances-title" className="space-y-3">
      <h2 id="stances-title" className="text-xl font-semibold">{t('stancesTitle')}</h2>
      <div className="table-scroll">
        <StancesTable
          rows={stances.map(({ delegation, stance }) => ({
            code: delegation.code,
            delegation: delegation.protocolName,
            stance: stance && { kind: stance.kind, text: stance.text, revision: stance.revision, earlier: stance.earlier },
          }))}
        />
      </div>
      {canRecord && <StanceForm ids={ids} revision={revision} />}
    </section>
  );
}

/**
 * A head's stance on the current revision. Above the text when the head has yet to give
 * one (the task that waits for them), under the table of stances once they have.
 */
export async function StanceForm({ ids, revision }: { ids: { slug: string; documentId: number }; revision: number }) {
  const t = await getTranslations('drafting');
  return (
    <ActionForm action={recordDelegationStance} successMessage="stanceRecorded" className="space-y-3 rounded border border-rule bg-paper p-4">
      <HiddenFields fields={ids} />
      <fieldset>
        <legend className="font-semibold">{t('recordStance', { revision })}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(['endorse', 'reservation', 'objection'] as const).map((kind) => (
            <label key={kind} className="flex items-center gap-2">
              <input type="radio" name="kind" value={kind} defaultChecked={kind === 'endorse'} />
              {t(`stanceKind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField as="textarea" idPrefix="stance-" name="text" label={t('stanceText')} hint={t('stanceTextHint')} rows={2} maxLength={REASON_LIMIT} />
      <SubmitButton pendingLabel={t('saving')}>{t('recordStanceButton')}</SubmitButton>
    </ActionForm>
  );
}
