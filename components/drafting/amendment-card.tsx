'use client';

import Link from 'next/link';
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/shell/use-translations';
import {
  decideParagraphAmendment,
  supportParagraphAmendment,
  withdrawParagraphAmendment,
} from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Disclosure } from '@/components/ui/disclosure';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { Redline } from '@/components/ui/redline';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AmendmentView } from '@/db/queries/documents';
import { formatList } from '@/lib/domain/format-list';
import { REASON_LIMIT } from '@/lib/domain/limits';
import type { WordChange } from '@/lib/domain/word-diff';
import { CommentThread, type ThreadComment } from './comment-thread';

/** What the viewer may do on the page: `negotiated` is false for a chair's text, which takes no amendments. */
/** What the viewer may do on the document page; `translate`: the other-language version (secretariat, translators). */
export type DraftingRole = { pen: boolean; translate: boolean; delegation: boolean; editable: boolean; negotiated: boolean };

/** What a card shows of an open amendment (drafting-view.ts makes it from the document). */
export type AmendmentCardData = Pick<
  AmendmentView,
  'id' | 'action' | 'rationale' | 'positionStatement' | 'viewerSupport' | 'isViewersOwn' | 'stale'
> & {
  delegation: string;
  /** The proposed new paragraph of an insertion; null for other actions, which show `changes`. */
  insertion: string | null;
  cosponsors: string[];
  opponents: string[];
  /** The replacement as a redline of the current text; null for other actions. */
  changes: WordChange[] | null;
  /** How the paragraph changed since the proposal, for the secretariat when it did. */
  changesSinceProposal: WordChange[] | null;
  comments: ThreadComment[];
};

/** Unchanged words kept on either side of a change: enough to find it in the paragraph beside. */
const CONTEXT_WORDS = 4;

/**
 * The changes with the unchanged text around them cut to a few words, an ellipsis standing
 * for the rest: the card sits beside its paragraph, which need not be read twice.
 */
function aroundTheChanges(parts: WordChange[]): WordChange[] {
  return parts.map((part, i) => {
    if (part.kind !== 'same') return part;
    const words = part.text.split(/(?<=\s)(?=\S)/);
    const keepBefore = i === 0 ? 0 : CONTEXT_WORDS;
    const keepAfter = i === parts.length - 1 ? 0 : CONTEXT_WORDS;
    if (words.length <= keepBefore + keepAfter + 1) return part;
    const head = words.slice(0, keepBefore).join('');
    const tail = words.slice(words.length - keepAfter).join('');
    return { kind: 'same', text: `${head}…${tail ? ` ${tail}` : ''}` };
  });
}

/**
 * One open amendment: what it would do to the text as a redline, who supports or opposes
 * it, its thread, and what the viewer may do with it.
 */
export function AmendmentCard({
  ids,
  paragraph,
  amendment,
  role,
}: {
  ids: { slug: string; documentId: number };
  paragraph: { id: number; version: number };
  amendment: AmendmentCardData;
  role: DraftingRole;
}) {
  const t = useTranslations('drafting');
  const tFormat = useTranslations('format');
  const locale = useLocale();
  const names = (list: string[]) => (list.length ? formatList(list, locale) : t('none'));
  const target = { ...ids, amendmentId: amendment.id };
  const titleId = `amendment-${amendment.id}-title`;
  return (
    <article id={`amendment-${amendment.id}`} aria-labelledby={titleId} className="amendment-card" data-testid="amendment">
      <h4 id={titleId} className="font-semibold">
        {t('amendmentBy', { id: amendment.id, delegation: amendment.delegation })}
        <span className="amendment-kind">{t(`actionValue.${amendment.action}`)}</span>
      </h4>
      <div className="my-2 font-serif leading-relaxed">
        {amendment.changes && <Redline parts={aroundTheChanges(amendment.changes)} />}
        {amendment.insertion !== null && (
          <p>
            <span className="font-sans text-sm text-muted">{tFormat('label', { label: t('proposedInsertion') })} </span>
            <ins className="bg-green-50">{amendment.insertion}</ins>
          </p>
        )}
        {amendment.action === 'delete' && <p className="italic">{t('proposedDeletion')}</p>}
      </div>
      <dl className="amendment-facts">
        <dt>{t('rationale')}</dt>
        <dd className="whitespace-pre-wrap">{amendment.rationale}</dd>
        {amendment.positionStatement && (
          <>
            <dt>{t('linkedPosition')}</dt>
            <dd>
              <Link href={`/meetings/${ids.slug}/positions/${amendment.positionStatement.id}`}>{amendment.positionStatement.title}</Link>
            </dd>
          </>
        )}
        <dt>{t('cosponsors')}</dt>
        <dd data-testid="cosponsors">{names(amendment.cosponsors)}</dd>
        <dt>{t('opponents')}</dt>
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
        <Disclosure className="mt-3 rounded border border-rule bg-wash p-3" summary={t('decide')} defaultOpen={amendment.stale}>
          <DecisionForm target={target} paragraph={paragraph} changesSinceProposal={amendment.changesSinceProposal} />
        </Disclosure>
      )}
      <CommentThread ids={ids} target={{ amendmentId: amendment.id }} comments={amendment.comments} />
    </article>
  );
}

/**
 * The secretariat's decision on an amendment, drawn when its disclosure first opens: on
 * the amendment's card, and in the list of what stands in the way of silence.
 */
export function DecisionForm({
  target,
  paragraph,
  changesSinceProposal,
  idPrefix = `a${target.amendmentId}-`,
  focusWhenRemoved = `paragraph-${paragraph.id}`,
}: {
  target: { slug: string; documentId: number; amendmentId: number };
  paragraph: { id: number; version: number };
  changesSinceProposal: WordChange[] | null;
  /** Tells its fields apart from the same amendment's form elsewhere on the page. */
  idPrefix?: string;
  /** Where the focus goes once the decision removes the form. */
  focusWhenRemoved?: string;
}) {
  const t = useTranslations('drafting');
  return (
    <ActionForm action={decideParagraphAmendment} className="mt-2 space-y-2" successMessage="saved" focusWhenRemoved={focusWhenRemoved}>
      <HiddenFields fields={target} />
      {changesSinceProposal && (
        <div className="space-y-2 rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-sm" data-testid="stale-warning">
          <p>{t('staleWarning')}</p>
          <p className="font-semibold">{t('changeSinceProposal')}</p>
          <p className="font-serif">
            <Redline parts={changesSinceProposal} />
          </p>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirmedParagraphVersion" value={paragraph.version} />
            {t('staleConfirm')}
          </label>
        </div>
      )}
      <FormField as="textarea" idPrefix={idPrefix} name="reason" label={t('decisionReason')} rows={2} maxLength={REASON_LIMIT} />
      <div className="flex gap-2">
        <SubmitButton name="decision" value="accept" pendingLabel={t('saving')}>
          {t('accept')}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" pendingLabel={t('saving')} className="button button-quiet">
          {t('reject')}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
