'use client';

import { useTranslations } from '@/components/shell/use-translations';
import {
  addDocumentParagraph,
  deleteDocumentParagraph,
  editParagraphText,
  moveDocumentParagraph,
  setHoldersOfBracket,
  setStatusOfParagraph,
} from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Disclosure } from '@/components/ui/disclosure';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { PARAGRAPH_TEXT_LIMIT } from '@/lib/domain/limits';
import { DelegationPicker } from './delegation-picker';
import type { ParagraphBlockData } from './paragraph-data';
import { ParagraphEditor } from './paragraph-editor';

type Ids = { slug: string; documentId: number };
type Delegation = { code: string; protocolName: string };

/**
 * The secretariat's tools on one paragraph: text, status, brackets' holders, order,
 * deletion. Drawn inside the paragraph's disclosure, only once it is opened.
 */
export function PenTools({
  ids,
  paragraph,
  delegations,
}: {
  ids: Ids;
  paragraph: Pick<ParagraphBlockData, 'id' | 'text' | 'version' | 'status' | 'pieces' | 'kind' | 'ordinal'>;
  delegations: Delegation[];
}) {
  const t = useTranslations('drafting');
  const tStatus = useTranslations('documents.paragraphStatus');
  const prefix = `p${paragraph.id}-`;
  const target = { ...ids, paragraphId: paragraph.id };
  const brackets = (paragraph.pieces ?? []).flatMap((p) => (p.kind === 'bracket' ? [p] : []));
  return (
    <div className="mt-3 space-y-4">
      <ParagraphEditor
        action={editParagraphText}
        slug={ids.slug}
        documentId={ids.documentId}
        paragraphId={paragraph.id}
        text={paragraph.text}
        version={paragraph.version}
        textLimit={PARAGRAPH_TEXT_LIMIT}
      />
      <ActionForm action={setStatusOfParagraph} className="flex flex-wrap items-end gap-2">
        <HiddenFields fields={target} />
        <FormField as="select" idPrefix={prefix} name="status" label={t('status')} defaultValue={paragraph.status}>
          {(['draft', 'bracketed', 'agreed_ad_ref', 'agreed'] as const).map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </FormField>
        <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
          {t('setStatus')}
        </SubmitButton>
      </ActionForm>
      {brackets.map((bracket) => (
        <ActionForm key={bracket.index} action={setHoldersOfBracket}>
          <HiddenFields fields={{ ...target, bracketIndex: bracket.index }} />
          <DelegationPicker
            name="holders"
            legend={t('holdersOf', { number: bracket.index + 1 })}
            idPrefix={`${prefix}b${bracket.index}-`}
            delegations={delegations}
            selected={bracket.holders.map((h) => h.code)}
          />
          <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
            {t('saveHolders')}
          </SubmitButton>
        </ActionForm>
      ))}
      <div className="flex flex-wrap gap-2">
        {(['up', 'down'] as const).map((direction) => (
          <ActionForm key={direction} action={moveDocumentParagraph}>
            <HiddenFields fields={{ ...target, direction }} />
            <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
              {direction === 'up' ? t('moveUp') : t('moveDown')}
            </SubmitButton>
          </ActionForm>
        ))}
      </div>
      <AddParagraphForm ids={ids} afterParagraphId={paragraph.id} label={t('addParagraph')} />
      <ActionForm action={deleteDocumentParagraph} className="danger-zone">
        <HiddenFields fields={{ ...target, version: paragraph.version }} />
        <ConfirmButton
          question={t('deleteQuestion', { paragraph: t(`paragraphName.${paragraph.kind}`, { number: paragraph.ordinal }) })}
          details={<p>{t('deleteDetails')}</p>}
          confirmLabel={t('deleteConfirm')}
          pendingLabel={t('saving')}
        >
          {t('delete')}
        </ConfirmButton>
      </ActionForm>
    </div>
  );
}

/** A new paragraph after `afterParagraphId`, or at the start when it is null. */
export function AddParagraphForm({ ids, afterParagraphId, label }: { ids: Ids; afterParagraphId: number | null; label: string }) {
  const t = useTranslations('drafting');
  const prefix = `add${afterParagraphId ?? 0}-`;
  return (
    <Disclosure className="rounded border border-rule p-3" summary={label}>
      <ActionForm action={addDocumentParagraph} resetOnSuccess successMessage="saved" className="mt-2 space-y-2">
        <HiddenFields fields={{ ...ids, afterParagraphId }} />
        <FormField as="select" idPrefix={prefix} name="kind" label={t('kind')} defaultValue="operative">
          {(['operative', 'preambular', 'heading'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`kindValue.${kind}`)}
            </option>
          ))}
        </FormField>
        <FormField as="textarea" idPrefix={prefix} name="text" label={t('text')} hint={t('textHint')} rows={3} maxLength={PARAGRAPH_TEXT_LIMIT} />
        <SubmitButton pendingLabel={t('adding')}>{t('add')}</SubmitButton>
      </ActionForm>
    </Disclosure>
  );
}
