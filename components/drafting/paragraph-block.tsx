'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/shell/client-messages';
import { Disclosure } from '@/components/ui/disclosure';
import type { DocumentParagraph, TextPiece } from '@/db/queries/documents';
import { AmendmentCard, type AmendmentCardData, type DraftingRole } from './amendment-card';
import { AmendmentForm } from './amendment-form';
import { CommentThread, type ThreadComment } from './comment-thread';
import { ParagraphText } from './paragraph-text';
import { PenTools } from './pen-tools';

/**
 * One paragraph as the document page shows it (drafting-view.ts makes it from the
 * document): its amendments and comments as their cards and threads draw them.
 */
export type ParagraphBlockData = Omit<DocumentParagraph, 'amendments' | 'comments' | 'pieces'> & {
  /** The text split at its brackets; null when it has none, and the text is all there is to show. */
  pieces: TextPiece[] | null;
  /** The open amendments shown; `openAmendmentCount` may be more. */
  amendments: AmendmentCardData[];
  comments: ThreadComment[];
};

/** The look of the disclosures holding the pen's tools and the proposal form. */
const TOOLS_CLASS = 'mt-2 rounded border border-rule bg-wash p-3 font-sans text-base no-print';

/** What every paragraph of the page shares. */
type SharedProps = {
  ids: { slug: string; documentId: number };
  role: DraftingRole;
  /** The viewer's delegation's circulated statements, which an amendment may cite. */
  ownPositions: { id: number; title: string }[];
  /** Who may be named as holding a bracket (the secretariat's tools). */
  holderChoices: { code: string; protocolName: string }[];
};

/**
 * The text's paragraphs, drawn from data in one client component. Drawn as server-rendered
 * element trees, a 300-paragraph text weighed several times its HTML; as one client
 * component per paragraph, the page repeated a reference to the shared props for each.
 */
export function ParagraphList({ paragraphs, ...shared }: SharedProps & { paragraphs: ParagraphBlockData[] }) {
  return paragraphs.map((p) => <ParagraphBlock key={p.id} paragraph={p} {...shared} />);
}

/** A paragraph of the text with its open amendments, the tools the viewer may use on it and its comment thread. */
function ParagraphBlock({ ids, paragraph: p, role, ownPositions, holderChoices }: SharedProps & { paragraph: ParagraphBlockData }) {
  const t = useTranslations('drafting');
  const tDocuments = useTranslations('documents');
  return (
    // data-label: the name the live announcements give the paragraph (components/live/live-updates.tsx).
    <div id={`paragraph-${p.id}`} tabIndex={-1} className="scroll-mt-4" data-testid="paragraph" data-label={t(`paragraphName.${p.kind}`, { number: p.ordinal })}>
      {p.kind === 'heading' ? (
        <h2 className="pt-3 font-semibold">
          <ParagraphText text={p.text} pieces={p.pieces} />
        </h2>
      ) : (
        <div className="flex gap-3">
          <span className="w-8 shrink-0 text-right font-semibold">{p.number !== null ? `${p.number}.` : ''}</span>
          <p className={`flex-1 ${p.kind === 'preambular' ? 'italic' : ''}`} data-testid="paragraph-text">
            <ParagraphText text={p.text} pieces={p.pieces} />
          </p>
        </div>
      )}
      <div className="ml-11 space-y-2">
        <p className="font-sans text-sm text-muted">
          <span className="badge mr-2" data-testid="paragraph-status">
            {tDocuments(`paragraphStatus.${p.status}`)}
          </span>
          {tDocuments('openAmendments', { count: p.openAmendmentCount })}
        </p>
        {p.amendments.length > 0 && (
          <section aria-label={t('amendments')} className="space-y-2">
            {p.amendments.map((a) => (
              <AmendmentCard key={a.id} ids={ids} amendment={a} paragraph={p} role={role} />
            ))}
            {p.openAmendmentCount > p.amendments.length && (
              <p className="font-sans text-base">
                <Link href={`/meetings/${ids.slug}/documents/${ids.documentId}?paragraph=${p.id}#paragraph-${p.id}`}>
                  {t('showAllAmendments', { count: p.openAmendmentCount })}
                </Link>
              </p>
            )}
          </section>
        )}
        {/* The tools and the proposal form are drawn when their disclosure first opens: a long
            text has them under every paragraph, and closed they would only cost time. */}
        {role.pen && role.editable && (
          <Disclosure className={TOOLS_CLASS} summary={t('editText')}>
            <PenTools ids={ids} paragraph={p} delegations={holderChoices} />
          </Disclosure>
        )}
        {role.delegation && role.editable && role.negotiated && (
          <Disclosure className={TOOLS_CLASS} summary={t('proposeTitle')}>
            <AmendmentForm ids={ids} paragraphId={p.id} currentText={p.text} ownPositions={ownPositions} />
          </Disclosure>
        )}
        <CommentThread ids={ids} target={{ paragraphId: p.id }} comments={p.comments} />
      </div>
    </div>
  );
}
