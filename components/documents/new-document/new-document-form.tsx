'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { createNewDocument, previewNewDocument, type NewDocumentState } from '@/app/meetings/[slug]/documents/new/actions';
import { DraftPreview } from './draft-preview';
import type { Locale } from '@/i18n/locales';

type Start = 'empty' | 'paste' | 'upload';

type Props = {
  slug: string;
  kinds: readonly string[];
  modes: readonly string[];
  /** The meeting's working languages: with two, the secretariat chooses the one the text is negotiated in. */
  languages: readonly Locale[];
  /** Files above it are refused here, before they are sent (the server refuses them too). */
  maxUploadBytes: number;
};

/**
 * "New document", in two steps: the details and the start (empty, pasted text or a .docx)
 * are read by the server into a preview, and nothing is saved until it is confirmed. One
 * form holds both steps, so that the latest answer is the one shown; the button pressed
 * says which step it is, and neither clears what was typed or chosen.
 */
export function NewDocumentForm({ slug, kinds, modes, languages, maxUploadBytes }: Props) {
  const t = useTranslations('newDocument');
  const tDocuments = useTranslations('documents');
  const tApp = useTranslations('app');
  const [start, setStart] = useState<Start>('empty');
  const [fileError, setFileError] = useState<string | null>(null);
  // A preview stands for the form as it was sent: any change since hides it.
  const [changedAfter, setChangedAfter] = useState<NewDocumentState>(null);
  const [confirming, setConfirming] = useState(false);

  const step = (previous: NewDocumentState, data: FormData) => (data.get('step') === 'create' ? createNewDocument(previous, data) : previewNewDocument(previous, data)) as Promise<NewDocumentState>;

  const beforeSubmit = (data: FormData) => {
    const confirm = data.get('step') === 'create';
    const file = data.get('file');
    if (!confirm && start === 'upload' && file instanceof File && file.size > maxUploadBytes) {
      setFileError('docxTooLarge');
      return false;
    }
    // The confirmed paragraphs stand for the file: it is not sent a second time.
    if (confirm) data.delete('file');
    setFileError(null);
    setConfirming(confirm);
    return true;
  };

  return (
    <ActionForm action={step} fields={{ slug }} beforeSubmit={beforeSubmit} outcome={() => null} aria-label={t('title')} className="space-y-6">
      {(state, pending) => {
        const failed = state?.ok === false ? state : null;
        const preview = state && changedAfter !== state ? state.preview : undefined;
        return (
          <>
            <div onChange={() => setChangedAfter(state)} className="max-w-3xl space-y-2">
              <FormField as="select" name="kind" label={t('kind')} defaultValue="communique">
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {tDocuments(`kindValue.${kind}` as 'kindValue.communique')}
                  </option>
                ))}
              </FormField>
              <FormField name="title" label={t('documentTitle')} required maxLength={300} />
              <fieldset className="mb-4" aria-describedby="draftingMode-error">
                <legend className="mb-1 font-semibold">{t('draftingMode')}</legend>
                {modes.map((mode) => (
                  <div key={mode} className="mb-1">
                    <label className="inline-flex items-center gap-2">
                      <input type="radio" name="draftingMode" value={mode} defaultChecked={mode === 'negotiated'} aria-describedby={`mode-${mode}-hint`} />
                      {t(`modeValue.${mode}` as 'modeValue.negotiated')}
                    </label>
                    <p id={`mode-${mode}-hint`} className="ml-6 text-sm text-muted">
                      {t(`modeHint.${mode}` as 'modeHint.negotiated')}
                    </p>
                  </div>
                ))}
                <FieldError id="draftingMode-error" code={failed?.fieldErrors?.draftingMode?.[0]} />
              </fieldset>
              {languages.length > 1 && (
                <FormField as="select" name="negotiatingLanguage" label={t('negotiatingLanguage')} hint={t('negotiatingLanguageHint')} defaultValue={languages[0]}>
                  {languages.map((language) => (
                    <option key={language} value={language}>
                      {tApp(`languageName.${language}`)}
                    </option>
                  ))}
                </FormField>
              )}
              <fieldset className="mb-4">
                <legend className="mb-1 font-semibold">{t('start')}</legend>
                {(['empty', 'paste', 'upload'] as const).map((value) => (
                  <label key={value} className="mr-4 inline-flex items-center gap-2">
                    <input type="radio" name="start" value={value} checked={start === value} onChange={() => setStart(value)} />
                    {t(`startValue.${value}`)}
                  </label>
                ))}
              </fieldset>
              {/* Mounted again when the start changes back: it starts from the text last read. */}
              {start === 'paste' && <FormField as="textarea" name="text" label={t('text')} hint={t('textHint')} rows={12} defaultValue={state?.values?.text ?? ''} />}
              {start === 'upload' && (
                <FormField
                  name="file"
                  type="file"
                  accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  label={t('file')}
                  hint={t('fileHint')}
                  errors={fileError ? [fileError] : failed?.fieldErrors?.file}
                  onChange={() => setFileError(null)}
                />
              )}
              {/* A refusal of the whole form, or of the confirmed paragraphs by the data layer. */}
              <FormMessage code={pending ? null : (failed?.fieldErrors?.source?.[0] ?? (failed && !failed.fieldErrors ? failed.message : null))} tone="error" />
              <button type="submit" name="step" value="preview" className="button" disabled={pending} aria-disabled={pending || undefined}>
                {pending && !confirming ? t('reading') : t('preview')}
              </button>
            </div>

            {preview && <DraftPreview preview={preview} pending={pending && confirming} />}
          </>
        );
      }}
    </ActionForm>
  );
}

/** An error under a group of radios, announced like FormField's. */
function FieldError({ id, code }: { id: string; code?: string }) {
  const t = useTranslations('validation');
  return (
    <p id={id} aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
      {code ? (t.has(code) ? t(code) : t('invalidInput')) : null}
    </p>
  );
}
