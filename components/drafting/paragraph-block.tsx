'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import type { Locale } from '@/i18n/locales';
import { AmendmentCard, type DraftingRole } from './amendment-card';
import { AmendmentForm, type TextSpan } from './amendment-form';
import { CommentThread } from './comment-thread';
import type { ParagraphBlockData, TranslationBlock } from './paragraph-data';
import { ParagraphText } from './paragraph-text';
import { PenTools } from './pen-tools';
import { TranslationEditor } from './translation-editor';
import { selectedSpan } from './text-selection';

/** What every paragraph of the page shares. */
type SharedProps = {
  ids: { slug: string; documentId: number };
  role: DraftingRole;
  /** The language of the paragraphs' translations; null in a meeting of one language. */
  translationLanguage: Locale | null;
  /** The viewer's delegation's circulated statements, which an amendment may cite. */
  ownPositions: { id: number; title: string }[];
  /** Who may be named as holding a bracket (the secretariat's tools). */
  holderChoices: { code: string; protocolName: string }[];
};

/** Words selected in one paragraph's text, and where to offer the proposal beside them. */
type Selection = { paragraphId: number; span: TextSpan; top: number; left: number };

/** The tools opened under a paragraph from its menu. */
/** A proposal keeps the text its span was taken from: a live refresh may change the paragraph under it. */
type Panel = { kind: 'pen' } | { kind: 'translate' } | { kind: 'propose'; span: TextSpan; spanText: string };

/**
 * The text's paragraphs, drawn from data in one client component. Drawn as server-rendered
 * element trees, a 300-paragraph text weighed several times its HTML; as one client
 * component per paragraph, the page repeated a reference to the shared props for each.
 */
export function ParagraphList({ paragraphs, ...shared }: SharedProps & { paragraphs: ParagraphBlockData[] }) {
  const selection = useTextSelection(paragraphs, shared.role.delegation && shared.role.editable && shared.role.negotiated);
  return paragraphs.map((p) => (
    <ParagraphBlock key={p.id} paragraph={p} selection={selection?.paragraphId === p.id ? selection : null} {...shared} />
  ));
}

/**
 * Words the viewer selects within one paragraph's text, as a span of its plain text: one
 * listener for the whole text rather than one per paragraph.
 */
function useTextSelection(paragraphs: ParagraphBlockData[], enabled: boolean): Selection | null {
  const [selection, setSelection] = useState<Selection | null>(null);
  const texts = useRef(new Map<number, string>());
  useEffect(() => {
    texts.current = new Map(paragraphs.map((p) => [p.id, p.text]));
  }, [paragraphs]);
  useEffect(() => {
    if (!enabled) return;
    const update = () => {
      const found = selectedSpan(window.getSelection(), (id) => texts.current.get(id) ?? null);
      if (!found) return setSelection(null);
      const block = found.element.closest('[data-testid="paragraph"]')!.getBoundingClientRect();
      setSelection({
        paragraphId: found.paragraphId,
        span: found.span,
        top: found.rect.bottom - block.top + 4,
        left: Math.max(0, found.rect.left - block.left),
      });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [enabled]);
  return selection;
}

/** A paragraph of the text, its menu of what the viewer may do with it, and in its margin the open amendments and comments. */
function ParagraphBlock({
  ids,
  paragraph: p,
  role,
  translationLanguage,
  ownPositions,
  holderChoices,
  selection,
}: SharedProps & { paragraph: ParagraphBlockData; selection: Selection | null }) {
  const t = useTranslations('drafting');
  const tDocuments = useTranslations('documents');
  const [panel, setPanel] = useState<Panel | null>(null);
  const [commentsRequested, setCommentsRequested] = useState(0);
  const panelRef = useRef<HTMLDivElement>(null);
  const commentsRef = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const heading = p.kind === 'heading';
  const canPropose = role.delegation && role.editable && role.negotiated && !heading;
  const canEdit = role.pen && role.editable;
  const canTranslate = role.translate && role.editable && translationLanguage !== null;
  const name = t(`paragraphName.${p.kind}`, { number: p.ordinal });
  const panelTitle = (open: Panel) => t(open.kind === 'pen' ? 'editText' : open.kind === 'translate' ? 'translateTitle' : 'proposeTitle');

  // What the menu opens gets the focus, in the text to write, as a keyboard user would expect.
  useEffect(() => {
    if (panel) panelRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, [panel]);
  useEffect(() => {
    if (commentsRequested) commentsRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, [commentsRequested]);

  const items: MenuItem[] = [
    ...(canEdit ? [{ label: t('editText'), run: () => setPanel({ kind: 'pen' }) }] : []),
    ...(canTranslate ? [{ label: t('translateTitle'), run: () => setPanel({ kind: 'translate' }) }] : []),
    ...(canPropose ? [{ label: t('proposeReplacement'), run: () => setPanel({ kind: 'propose', span: { start: 0, end: p.text.length }, spanText: p.text }) }] : []),
    { label: t('comment'), run: () => setCommentsRequested((n) => n + 1) },
  ];

  return (
    // data-label: the name the live announcements give the paragraph (components/live/live-updates.tsx).
    <div id={`paragraph-${p.id}`} tabIndex={-1} className="paragraph-block" data-testid="paragraph" data-label={name}>
      <div className="paragraph-main">
        <div className="flex items-start gap-3">
          {heading ? (
            <h2 className="paragraph-heading flex-1" data-testid="paragraph-text" data-paragraph-id={p.id}>
              <ParagraphText text={p.text} pieces={p.pieces} />
            </h2>
          ) : (
            <>
              <span className="paragraph-number">{p.number !== null ? `${p.number}.` : ''}</span>
              <p className={`flex-1 ${p.kind === 'preambular' ? 'italic' : ''}`} data-testid="paragraph-text" data-paragraph-id={p.id}>
                <ParagraphText text={p.text} pieces={p.pieces} />
              </p>
            </>
          )}
          <ParagraphMenu label={t('paragraphActions', { paragraph: name })} items={items} buttonRef={menuButton} />
        </div>
        {p.translation && translationLanguage && <TranslationText translation={p.translation} language={translationLanguage} heading={heading} />}
        {selection && !panel && (
          <button
            type="button"
            className="selection-propose no-print"
            style={{ top: selection.top, left: selection.left }}
            // Keeps the selection, which a press would otherwise clear before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setPanel({ kind: 'propose', span: selection.span, spanText: p.text })}
          >
            {t('proposeReplacement')}
          </button>
        )}
        {panel && (
          <div ref={panelRef} className="paragraph-panel no-print" role="group" aria-label={panelTitle(panel)}>
            <div className="flex items-center justify-between gap-2">
              <p className="font-semibold">{panelTitle(panel)}</p>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  setPanel(null);
                  menuButton.current?.focus();
                }}
              >
                {t('closePanel')}
              </button>
            </div>
            {panel.kind === 'pen' ? (
              <PenTools ids={ids} paragraph={p} delegations={holderChoices} />
            ) : panel.kind === 'translate' ? (
              <TranslationEditor ids={ids} paragraph={p} language={translationLanguage!} />
            ) : (
              <AmendmentForm
                key={`${panel.span.start}-${panel.span.end}`}
                ids={ids}
                paragraphId={p.id}
                currentText={p.text}
                span={panel.span}
                spanText={panel.spanText}
                ownPositions={ownPositions}
              />
            )}
          </div>
        )}
      </div>
      <div className="paragraph-margin" data-testid="paragraph-margin">
        {!heading && p.status !== 'draft' && (
          <p className={`paragraph-status status-${p.status}`} data-testid="paragraph-status">
            {tDocuments(`paragraphStatus.${p.status}`)}
          </p>
        )}
        {p.amendments.length > 0 && (
          <section aria-label={t('amendmentsOn', { paragraph: name })} className="space-y-2">
            {p.amendments.map((a) => (
              <AmendmentCard key={a.id} ids={ids} amendment={a} paragraph={p} role={role} />
            ))}
            {p.openAmendmentCount > p.amendments.length && (
              <p>
                <Link href={`/meetings/${ids.slug}/documents/${ids.documentId}?paragraph=${p.id}#paragraph-${p.id}`}>
                  {t('showAllAmendments', { count: p.openAmendmentCount })}
                </Link>
              </p>
            )}
          </section>
        )}
        {(p.comments.length > 0 || commentsRequested > 0) && (
          <div ref={commentsRef} data-testid="paragraph-comments">
            <CommentThread key={commentsRequested} ids={ids} target={{ paragraphId: p.id }} comments={p.comments} defaultOpen={commentsRequested > 0} />
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The paragraph in the other working language, marked in that language for screen readers
 * and hyphenation, with whether it still renders the negotiated text.
 */
function TranslationText({ translation, language, heading }: { translation: TranslationBlock; language: Locale; heading: boolean }) {
  const t = useTranslations('drafting');
  return (
    <div className="paragraph-translation" data-testid="paragraph-translation">
      <p className="text-sm">
        <span className="font-semibold">{t('languageVersion', { language })}</span>
        {' · '}
        <span className={`translation-state translation-${translation.state}`} data-testid="translation-state">
          {t(`translationState.${translation.state}`)}
        </span>
      </p>
      {translation.text && (
        <p lang={language} className={`font-serif ${heading ? 'font-semibold' : ''}`} data-testid="translation-text">
          {translation.text}
        </p>
      )}
    </div>
  );
}

type MenuItem = { label: string; run: () => void };

/**
 * The paragraph's one menu, as a disclosure (WAI-ARIA disclosure pattern): a button that
 * shows a list of buttons, reached by Tab; Escape closes it and gives the focus back.
 */
function ParagraphMenu({ label, items, buttonRef }: { label: string; items: MenuItem[]; buttonRef: React.RefObject<HTMLButtonElement | null> }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  return (
    <div
      ref={root}
      className="paragraph-menu no-print"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="paragraph-menu-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <ul id={listId} hidden={!open} className="paragraph-menu-list">
        {items.map((item) => (
          <li key={item.label}>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
