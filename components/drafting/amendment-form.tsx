'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { proposeParagraphAmendment } from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { PARAGRAPH_TEXT_LIMIT, REASON_LIMIT } from '@/lib/domain/limits';
import { ChangedWhileEditing } from './changed-while-editing';

/** Where words of a paragraph's text start and end (UTF-16 offsets, end excluded). */
export type TextSpan = { start: number; end: number };

type Action = 'replace' | 'insert_after' | 'delete';

/**
 * A delegation's proposal on one paragraph: replace the words in `span` (the whole text
 * when proposed from the paragraph's menu), insert a paragraph after it, or delete it,
 * with its reasons. The server receives the whole proposed paragraph, worked out here
 * from the replacement, and checks it as it checks any text.
 */
export function AmendmentForm({
  ids,
  paragraphId,
  currentText,
  span,
  spanText,
  ownPositions,
}: {
  ids: { slug: string; documentId: number };
  paragraphId: number;
  currentText: string;
  span: TextSpan;
  /** The paragraph's text when the span was chosen: the words replaced stay those the viewer chose. */
  spanText: string;
  ownPositions: { id: number; title: string }[];
}) {
  const t = useTranslations('drafting');
  const prefix = `p${paragraphId}-amend-`;
  const [action, setAction] = useState<Action>('replace');
  return (
    <ActionForm action={proposeParagraphAmendment} resetOnSuccess successMessage="amendmentProposed" className="mt-3 space-y-3">
      <HiddenFields fields={{ ...ids, paragraphId }} />
      <FormField
        as="select"
        idPrefix={prefix}
        name="action"
        label={t('kind')}
        value={action}
        onChange={(event) => setAction(event.target.value as Action)}
      >
        {(['replace', 'insert_after', 'delete'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`actionValue.${value}`)}
          </option>
        ))}
      </FormField>
      {action === 'replace' && <ReplacementFields prefix={prefix} baseText={spanText} span={span} />}
      {action === 'insert_after' && (
        <FormField as="textarea" idPrefix={prefix} name="text" label={t('proposedText')} hint={t('textHint')} rows={4} maxLength={PARAGRAPH_TEXT_LIMIT} />
      )}
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

/** The words to replace, their replacement, and the paragraph that makes, sent as `text`. */
function ReplacementFields({ prefix, baseText, span }: { prefix: string; baseText: string; span: TextSpan }) {
  const t = useTranslations('drafting');
  const state = useActionFormState();
  const original = baseText.slice(span.start, span.end);
  // Once proposed, the form starts again from the text as it stands, as its other fields do.
  const [edit, setEdit] = useState({ after: state, text: original });
  const replacement = edit.after === state || !state?.ok ? edit.text : original;
  const whole = span.start === 0 && span.end === baseText.length;
  return (
    <>
      {!whole && (
        <div>
          <p className="mb-1 font-semibold" id={`${prefix}span-label`}>{t('textToReplace')}</p>
          <blockquote aria-labelledby={`${prefix}span-label`} className="rounded border-l-4 border-rule bg-paper px-3 py-2 font-serif" data-testid="text-to-replace">
            {original}
          </blockquote>
        </div>
      )}
      <FormField
        as="textarea"
        idPrefix={prefix}
        name="replacement"
        label={whole ? t('proposedText') : t('replacement')}
        hint={t('textHint')}
        rows={whole ? 4 : 2}
        maxLength={PARAGRAPH_TEXT_LIMIT}
        value={replacement}
        onChange={(event) => setEdit({ after: state, text: event.target.value })}
        errors={state?.ok === false ? state.fieldErrors?.text : undefined}
      />
      <input type="hidden" name="text" value={baseText.slice(0, span.start) + replacement + baseText.slice(span.end)} />
    </>
  );
}
