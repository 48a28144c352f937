'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { createNewDocument, previewNewDocument, type NewDocumentState } from '@/app/meetings/[slug]/documents/new/actions';
import { DraftPreview } from './draft-preview';
import type { Locale } from '@/i18n/locales';
import { HiddenFields } from '@/components/ui/hidden-fields';

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

const failed = (state: NewDocumentState) => (state?.ok === false ? state : null);

/**
 * "New document", in two steps: the details and the start (empty, pasted text or a .docx)
 * are read by the server into a preview, and nothing is saved until it is confirmed. The
 * form submits in a transition, so that neither step clears what was typed or chosen.
 */
export function NewDocumentForm({ slug, kinds, modes, languages, maxUploadBytes }: Props) {
  const t = useTranslations('newDocument');
  const tDocuments = useTranslations('documents');
  const tApp = useTranslations('app');
  // One state for both steps, so that the latest answer is the one shown.
  const [state, dispatch, pending] = useActionState(
    (previous: NewDocumentState, data: FormData) =>
      (data.has('paragraphs') ? createNewDocument(previous, data) : previewNewDocument(previous, data)) as Promise<NewDocumentState>,
    null,
  );
  const [start, setStart] = useState<Start>('empty');
  const [fileError, setFileError] = useState<string | null>(null);
  // A preview stands for the form as it was sent: any change since hides it.
  const [changedAfter, setChangedAfter] = useState<NewDocumentState>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = state && changedAfter !== state ? state.preview : undefined;
  const errors = (field: string) => failed(state)?.fieldErrors?.[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (start === 'upload' && file instanceof File && file.size > maxUploadBytes) {
      setFileError('docxTooLarge');
      return;
    }
    setFileError(null);
    setConfirming(data.has('paragraphs'));
    startTransition(() => dispatch(data));
  };

  return (
    <div className="space-y-6">
      {/* noValidate: the server's messages, next to their fields, say what is missing. */}
      <form aria-label={t('title')} noValidate onSubmit={submit} onChange={() => setChangedAfter(state)} className="max-w-3xl space-y-2" aria-busy={pending || undefined}>
        <HiddenFields fields={{ slug }} />
        <FormField as="select" name="kind" label={t('kind')} defaultValue="communique" errors={errors('kind')}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {tDocuments(`kindValue.${kind}` as 'kindValue.communique')}
            </option>
          ))}
        </FormField>
        <FormField name="title" label={t('documentTitle')} required maxLength={300} errors={errors('title')} />
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
          <FieldError id="draftingMode-error" code={errors('draftingMode')?.[0]} />
        </fieldset>
        {languages.length > 1 && (
          <FormField as="select" name="negotiatingLanguage" label={t('negotiatingLanguage')} hint={t('negotiatingLanguageHint')} defaultValue={languages[0]} errors={errors('negotiatingLanguage')}>
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
        {start === 'paste' && (
          <FormField
            as="textarea"
            name="text"
            label={t('text')}
            hint={t('textHint')}
            rows={12}
            defaultValue={failed(state)?.values?.text ?? (state?.ok ? state.values.text : '')}
            errors={errors('text')}
          />
        )}
        {start === 'upload' && (
          <FormField
            name="file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            label={t('file')}
            hint={t('fileHint')}
            errors={fileError ? [fileError] : errors('file')}
            onChange={() => setFileError(null)}
          />
        )}
        {/* A refusal of the whole form, or of the confirmed paragraphs by the data layer. */}
        <FormMessage code={pending ? null : (errors('source')?.[0] ?? (state?.ok === false && !state.fieldErrors ? state.message : null))} tone="error" />
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {pending && !confirming ? t('reading') : t('preview')}
        </button>
      </form>

      {preview && (
        <DraftPreview preview={preview} pending={pending && confirming} onConfirm={submit} slug={slug} />
      )}
    </div>
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
