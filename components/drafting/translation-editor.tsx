'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { translateParagraphText } from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { Redline } from '@/components/ui/redline';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/i18n/locales';
import { PARAGRAPH_TEXT_LIMIT } from '@/lib/domain/limits';
import type { ParagraphBlockData } from './paragraph-data';

type Props = {
  ids: { slug: string; documentId: number };
  paragraph: Pick<ParagraphBlockData, 'id' | 'text' | 'version' | 'translation'>;
  language: Locale;
};

/**
 * The translation of one paragraph, side by side with the negotiated text it renders and,
 * when that text changed since the last translation, the comparison of the two. Saved
 * against the negotiated text's version on screen: a change since is refused, not marked current.
 */
export function TranslationEditor({ ids, paragraph, language }: Props) {
  const t = useTranslations('drafting');
  const translation = paragraph.translation!;
  return (
    <ActionForm action={translateParagraphText} className="space-y-3" successMessage="saved" aria-label={t('translateTitle')}>
      <HiddenFields fields={{ ...ids, paragraphId: paragraph.id, version: translation.version, sourceVersion: paragraph.version }} />
      <div className="grid gap-3 md:grid-cols-2">
        <section aria-label={t('translationSource')} className="space-y-1">
          <h4 className="font-semibold">{t('translationSource')}</h4>
          <p className="whitespace-pre-wrap font-serif" data-testid="translation-source">{paragraph.text}</p>
          {translation.changes && (
            <div className="rounded border border-accent bg-white p-2" data-testid="translation-changes">
              <p className="text-sm font-semibold">{t('translationChanges')}</p>
              <p className="font-serif">
                <Redline parts={translation.changes} />
              </p>
            </div>
          )}
        </section>
        <div lang={language}>
          <TranslationField id={paragraph.id} text={translation.text} label={t('translationText', { language })} />
        </div>
      </div>
      <SubmitButton pendingLabel={t('saving')}>{t('saveTranslation')}</SubmitButton>
    </ActionForm>
  );
}

/** The translation's text: what the person typed stays after a refusal (the form keeps its fields). */
function TranslationField({ id, text, label }: { id: number; text: string; label: string }) {
  const state = useActionFormState();
  const conflict = state?.ok === false && state.conflict ? (state.conflict as { text: string; version: number }) : null;
  const t = useTranslations('drafting');
  return (
    <>
      <FormField as="textarea" idPrefix={`t${id}-`} name="text" label={label} rows={5} maxLength={PARAGRAPH_TEXT_LIMIT} defaultValue={text} />
      {conflict && (
        <div className="rounded border border-accent p-2" data-testid="conflict-view">
          <p className="font-semibold">{t('conflictCurrent', { version: conflict.version })}</p>
          <p className="whitespace-pre-wrap font-serif">{conflict.text}</p>
        </div>
      )}
    </>
  );
}
