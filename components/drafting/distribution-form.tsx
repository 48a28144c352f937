'use client';

import { useState } from 'react';
import { saveDocumentDistribution } from '@/app/meetings/[slug]/documents/[id]/actions';
import { useTranslations } from '@/components/shell/use-translations';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DocumentDistribution } from '@/db/queries/documents';
import { DelegationPicker } from './delegation-picker';

type Distribution = DocumentDistribution['distribution'];
const DISTRIBUTIONS: readonly Distribution[] = ['general', 'limited', 'restricted'];

/**
 * The secretariat's choice of who reads the document: general, limited, or restricted to
 * the delegations it ticks (at least one). Saved against the document's version, so that
 * two officers changing it at once do not overwrite each other unseen.
 */
export function DistributionForm({ ids, current }: { ids: { slug: string; documentId: number }; current: DocumentDistribution }) {
  const t = useTranslations('distribution');
  const [chosen, setChosen] = useState<Distribution>(current.distribution);
  return (
    <ActionForm action={saveDocumentDistribution} successMessage="distributionSaved" className="space-y-3">
      <HiddenFields fields={{ ...ids, version: current.version }} />
      <fieldset>
        <legend className="mb-1 font-semibold">{t('legend')}</legend>
        <div className="space-y-1">
          {DISTRIBUTIONS.map((value) => (
            <div key={value}>
              <label className="flex items-center gap-2 font-semibold">
                <input
                  type="radio"
                  name="distribution"
                  value={value}
                  checked={chosen === value}
                  onChange={() => setChosen(value)}
                  aria-describedby={`distribution-${value}-hint`}
                />
                {t(`value.${value}`)}
              </label>
              <p id={`distribution-${value}-hint`} className="ml-6 text-sm text-muted">
                {t(`explain.${value}`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      {chosen === 'restricted' && <Recipients current={current} />}
      <Conflict />
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </ActionForm>
  );
}

/** The delegations a restricted document names, with the reason a choice was refused next to them. */
function Recipients({ current }: { current: DocumentDistribution }) {
  const t = useTranslations('distribution');
  const tValidation = useTranslations('validation');
  const state = useActionFormState();
  const error = state?.ok === false ? state.fieldErrors?.recipients?.[0] : undefined;
  const sent = state?.ok === false ? state.values?.recipients : undefined;
  return (
    <div>
      <DelegationPicker
        // Drawn again with what was sent when the server refused it, so no ticks are lost.
        key={sent ?? 'current'}
        name="recipients"
        legend={t('recipients')}
        idPrefix="recipient-"
        delegations={current.choices}
        selected={sent !== undefined ? sent.split(',').filter(Boolean) : current.recipients}
        errorId={error ? 'recipients-error' : undefined}
      />
      <p id="recipients-error" aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
        {error ? (tValidation.has(error) ? tValidation(error) : tValidation('invalidInput')) : null}
      </p>
    </div>
  );
}

/** After a stale save: what the distribution is now, since someone else changed it. */
function Conflict() {
  const t = useTranslations('distribution');
  const state = useActionFormState();
  const now = state?.ok === false ? (state.conflict as { distribution?: Distribution } | undefined) : undefined;
  if (!now?.distribution) return null;
  return (
    <p className="rounded border-l-4 border-accent bg-red-50 p-3 text-sm" data-testid="distribution-conflict">
      {t('conflict', { now: t(`value.${now.distribution}`) })}
    </p>
  );
}
