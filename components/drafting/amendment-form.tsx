'use client';

import { useTranslations } from '@/components/shell/client-messages';
import { proposeParagraphAmendment } from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { PARAGRAPH_TEXT_LIMIT, REASON_LIMIT } from '@/lib/limits';
import { ChangedWhileEditing } from './changed-while-editing';

/**
 * A delegation's proposal on one paragraph: replace, insert after, or delete, with its
 * reasons. Drawn inside the paragraph's disclosure, only once it is opened.
 */
export function AmendmentForm({
  ids,
  paragraphId,
  currentText,
  ownPositions,
}: {
  ids: { slug: string; documentId: number };
  paragraphId: number;
  currentText: string;
  ownPositions: { id: number; title: string }[];
}) {
  const t = useTranslations('drafting');
  const prefix = `p${paragraphId}-amend-`;
  return (
    <ActionForm action={proposeParagraphAmendment} resetOnSuccess successMessage="amendmentProposed" className="mt-3 space-y-3">
      <HiddenFields fields={{ ...ids, paragraphId }} />
      <FormField as="select" idPrefix={prefix} name="action" label={t('kind')} defaultValue="replace">
        {(['replace', 'insert_after', 'delete'] as const).map((action) => (
          <option key={action} value={action}>
            {t(`actionValue.${action}`)}
          </option>
        ))}
      </FormField>
      <FormField
        as="textarea"
        idPrefix={prefix}
        name="text"
        label={t('proposedText')}
        hint={t('textHint')}
        rows={4}
        maxLength={PARAGRAPH_TEXT_LIMIT}
        defaultValue={currentText}
      />
      <ChangedWhileEditing paragraphId={paragraphId} currentText={currentText} />
      <FormField as="textarea" idPrefix={prefix} name="rationale" label={t('rationale')} rows={2} maxLength={REASON_LIMIT} />
      {ownPositions.length > 0 && (
        <FormField as="select" idPrefix={prefix} name="positionStatementId" label={t('linkedPosition')} defaultValue="">
          <option value="">{t('noLinkedPosition')}</option>
          {ownPositions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </FormField>
      )}
      <SubmitButton pendingLabel={t('proposing')}>{t('propose')}</SubmitButton>
    </ActionForm>
  );
}
