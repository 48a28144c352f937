import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import {
  decideParagraphAmendment,
  supportParagraphAmendment,
  withdrawParagraphAmendment,
} from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { Redline } from '@/components/ui/redline';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AmendmentView, DocumentParagraph } from '@/db/queries/documents';
import { REASON_LIMIT } from '@/lib/limits';
import { compareWords } from '@/lib/word-diff';
import { CommentThread } from './comment-thread';

type Ids = { slug: string; documentId: number };
export type DraftingRole = { pen: boolean; delegation: boolean; editable: boolean };

/**
 * One open amendment: what it would do to the text as a redline, who supports or opposes
 * it, its thread, and what the viewer may do with it.
 */
export async function AmendmentCard({
  ids,
  amendment,
  paragraph,
  role,
  timeZone,
}: {
  ids: Ids;
  amendment: AmendmentView;
  paragraph: DocumentParagraph;
  role: DraftingRole;
  timeZone: string;
}) {
  const t = await getTranslations('drafting');
  const names = (list: { protocolName: string }[]) => (list.length ? list.map((d) => d.protocolName).join(', ') : t('none'));
  const target = { ...ids, amendmentId: amendment.id };
  return (
    <article
      id={`amendment-${amendment.id}`}
      aria-labelledby={`amendment-${amendment.id}-title`}
      className="rounded border border-rule bg-white p-3 font-sans text-base"
      data-testid="amendment"
    >
      <h4 id={`amendment-${amendment.id}-title`} className="font-semibold">
        {t('amendmentBy', { id: amendment.id, delegation: amendment.delegation.protocolName })}
        <span className="ml-2 text-sm font-normal text-muted">{t(`actionValue.${amendment.action}`)}</span>
      </h4>
      <div className="my-2 font-serif">
        {amendment.action === 'replace' && <Redline parts={compareWords(paragraph.text, amendment.proposedText).changes} />}
        {amendment.action === 'insert_after' && (
          <p>
            <span className="font-sans text-sm text-muted">{t('proposedInsertion')}: </span>
            <ins className="bg-green-50">{amendment.proposedText}</ins>
          </p>
        )}
        {amendment.action === 'delete' && <p className="italic">{t('proposedDeletion')}</p>}
      </div>
      <dl className="grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('rationale')}</dt>
        <dd className="whitespace-pre-wrap">{amendment.rationale}</dd>
        {amendment.positionStatement && (
          <>
            <dt className="font-semibold">{t('linkedPosition')}</dt>
            <dd>
              <Link href={`/meetings/${ids.slug}/positions/${amendment.positionStatement.id}`}>{amendment.positionStatement.title}</Link>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t('cosponsors')}</dt>
        <dd data-testid="cosponsors">{names(amendment.cosponsors)}</dd>
        <dt className="font-semibold">{t('opponents')}</dt>
        <dd data-testid="opponents">{names(amendment.opponents)}</dd>
      </dl>

      {role.delegation && role.editable && !amendment.isViewersOwn && (
        <ActionForm action={supportParagraphAmendment} className="mt-2 flex flex-wrap gap-2">
          <HiddenFields fields={target} />
          <SubmitButton name="stance" value="cosponsor" pendingLabel={t('saving')} className="button button-quiet">
            {t('cosponsor')}
          </SubmitButton>
          <SubmitButton name="stance" value="oppose" pendingLabel={t('saving')} className="button button-quiet">
            {t('oppose')}
          </SubmitButton>
          {amendment.viewerSupport && (
            <SubmitButton name="stance" value="none" pendingLabel={t('saving')} className="button button-quiet">
              {t('withdrawSupport')}
            </SubmitButton>
          )}
        </ActionForm>
      )}
      {amendment.isViewersOwn && (
        <ActionForm action={withdrawParagraphAmendment} className="mt-2" focusWhenRemoved={`paragraph-${paragraph.id}`}>
          <HiddenFields fields={target} />
          <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
            {t('withdraw')}
          </SubmitButton>
        </ActionForm>
      )}
      {role.pen && role.editable && (
        <details className="mt-3 rounded border border-rule bg-wash p-3" open={amendment.stale || undefined}>
          <summary className="cursor-pointer font-semibold">{t('decide')}</summary>
        <ActionForm
          action={decideParagraphAmendment}
          className="mt-2 space-y-2"
          successMessage="saved"
          focusWhenRemoved={`paragraph-${paragraph.id}`}
        >
          <HiddenFields fields={target} />
          {amendment.stale && (
            <div className="space-y-2 rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-sm" data-testid="stale-warning">
              <p>{t('staleWarning')}</p>
              <p className="font-semibold">{t('changeSinceProposal')}</p>
              <p className="font-serif">
                <Redline parts={compareWords(amendment.baseText, paragraph.text).changes} />
              </p>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="confirmedParagraphVersion" value={paragraph.version} />
                {t('staleConfirm')}
              </label>
            </div>
          )}
          <FormField as="textarea" idPrefix={`a${amendment.id}-`} name="reason" label={t('decisionReason')} rows={2} maxLength={REASON_LIMIT} />
          <div className="flex gap-2">
            <SubmitButton name="decision" value="accept" pendingLabel={t('saving')}>
              {t('accept')}
            </SubmitButton>
            <SubmitButton name="decision" value="reject" pendingLabel={t('saving')} className="button button-quiet">
              {t('reject')}
            </SubmitButton>
          </div>
        </ActionForm>
        </details>
      )}
      <CommentThread ids={ids} target={{ amendmentId: amendment.id }} comments={amendment.comments} timeZone={timeZone} />
    </article>
  );
}
