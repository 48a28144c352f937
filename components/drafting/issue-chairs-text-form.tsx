'use client';

import { useState } from 'react';
import { issueChairsTextNow } from '@/app/meetings/[slug]/documents/[id]/actions';
import { useTranslations } from '@/components/shell/use-translations';
import { ActionForm } from '@/components/ui/action-form';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';

/**
 * Issuing a chair's text adopts and locks it at once, with no silence to catch a slip:
 * the secretariat is asked once more, in the page (no browser dialog), before it acts.
 */
export function IssueChairsTextForm({ ids }: { ids: { slug: string; documentId: number } }) {
  const t = useTranslations('drafting');
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('issueButton')}
      </button>
    );
  }
  return (
    <ActionForm action={issueChairsTextNow} className="space-y-3 rounded border border-accent bg-red-50 p-4">
      <HiddenFields fields={ids} />
      <p>{t('issueConfirm')}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={t('saving')}>{t('issueConfirmButton')}</SubmitButton>
        <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
          {t('keepDrafting')}
        </button>
      </div>
    </ActionForm>
  );
}
