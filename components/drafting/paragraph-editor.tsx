'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/server/action';
import { ChangedWhileEditing } from './changed-while-editing';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  slug: string;
  documentId: number;
  paragraphId: number;
  text: string;
  version: number;
  textLimit: number;
};

/**
 * The pen on one paragraph. The version saved against is the one the editor began from,
 * not whatever a live refresh brought in since, so a save over someone else's change is
 * refused and both texts are shown side by side instead of one silently replacing the other.
 */
export function ParagraphEditor(props: Props) {
  const t = useTranslations('drafting');
  return (
    <ActionForm action={props.action} className="space-y-2" successMessage="saved" aria-label={t('editText')}>
      <EditorFields {...props} />
    </ActionForm>
  );
}

function EditorFields({ slug, documentId, paragraphId, text, version, textLimit }: Props) {
  const t = useTranslations('drafting');
  const state = useActionFormState();
  // Not editing (null): show the live text. Editing: keep what the person typed.
  const [edited, setEdited] = useState<string | null>(null);
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) {
      setEdited(null);
      setBaseVersion(null);
    }
  }
  const draft = edited ?? text;
  const conflict = state?.ok === false && state.conflict ? (state.conflict as { text: string; version: number }) : null;

  const idPrefix = `p${paragraphId}-`;
  return (
    <>
      <HiddenFields fields={{ slug, documentId, paragraphId, version: baseVersion ?? version }} />
      <FormField
        as="textarea"
        idPrefix={idPrefix}
        name="text"
        label={t('text')}
        hint={t('textHint')}
        rows={4}
        maxLength={textLimit}
        value={draft}
        onFocus={() => setBaseVersion((v) => v ?? version)}
        onChange={(event) => setEdited(event.target.value)}
      />
      <ChangedWhileEditing paragraphId={paragraphId} currentText={text} />
      {conflict && (
        <div className="grid gap-3 rounded border border-accent p-3 sm:grid-cols-2" data-testid="conflict-view">
          <section aria-label={t('conflictYours')}>
            <h4 className="font-semibold">{t('conflictYours')}</h4>
            <p className="whitespace-pre-wrap font-serif">{draft}</p>
          </section>
          <section aria-label={t('conflictCurrent', { version: conflict.version })}>
            <h4 className="font-semibold">{t('conflictCurrent', { version: conflict.version })}</h4>
            <p className="whitespace-pre-wrap font-serif">{conflict.text}</p>
          </section>
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <button
              type="button"
              className="button"
              onClick={(event) => {
                const form = event.currentTarget.form;
                // Commit the new base version before submitting, so the save carries it.
                flushSync(() => setBaseVersion(conflict.version));
                form?.requestSubmit();
              }}
            >
              {t('reapply')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setEdited(conflict.text);
                setBaseVersion(conflict.version);
              }}
            >
              {t('takeCurrent')}
            </button>
          </div>
        </div>
      )}
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </>
  );
}
