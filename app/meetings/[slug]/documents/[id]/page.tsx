import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { DraftingRole } from '@/components/drafting/amendment-card';
import { paragraphBlocks } from '@/components/drafting/drafting-view';
import { ParagraphList } from '@/components/drafting/paragraph-block';
import { DistributionForm } from '@/components/drafting/distribution-form';
import { AddParagraphForm } from '@/components/drafting/pen-tools';
import { DocumentOutline } from '@/components/drafting/document-outline';
import { FocusFilters } from '@/components/drafting/focus-filters';
import { PreviewLinks, TextPreview } from '@/components/drafting/text-preview';
import { ProgressPicture } from '@/components/drafting/progress-picture';
import { SilencePanel } from '@/components/drafting/silence-panel';
import { StanceForm, StancesPanel } from '@/components/drafting/stances-panel';
import { LiveUpdates } from '@/components/live/live-updates';
import { ParagraphChanges } from '@/components/live/paragraph-changes';
import { recordDocumentVisit } from '@/db/mutations/document-visits';
import { getDocument, getDocumentDistribution, getDocumentTitle, getParagraphFacts, listOpenItems, listOpenProposals } from '@/db/queries/documents';
import { listOwnCirculatedPositions } from '@/db/queries/positions';
import { lastEventId } from '@/lib/platform/events';
import { focusStateFrom, focusView, type ParagraphFacts } from '@/lib/domain/document-focus';
import { formatDate, formatDateTime } from '@/lib/domain/format-time';
import { groupBy } from '@/lib/domain/group-by';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { holdHeavyRenderSlot } from '@/lib/server/render-slots';
import { positiveId } from '@/lib/domain/route-params';
import { previewText } from '@/lib/domain/text-preview';

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Open amendments listed under each paragraph; the rest are one link away. */
const AMENDMENTS_PER_PARAGRAPH = 3;

/** Before adoption the exports are the working draft; after it, the clean text first. */
type ExportLink = { href: string; label: 'exportPdf' | 'exportDocx' | 'exportDraftPdf' | 'exportDraftDocx' | 'exportIn' | 'exportDraftIn' | 'exportParallel' | 'exportDraftParallel'; values?: { format: string; language: string } };

/**
 * The document's exports: the clean text once adopted, the working draft always; in a
 * meeting of two languages also in the other one, and both side by side.
 */
function exportLinks(base: string, adopted: boolean, otherLanguage: string | null): ExportLink[] {
  const query = (params: Record<string, string>) => {
    const search = new URLSearchParams(params).toString();
    return search ? `?${search}` : '';
  };
  const links = (draft: boolean): ExportLink[] => {
    const version: Record<string, string> = draft && adopted ? { version: 'draft' } : {};
    const own: ExportLink[] = [
      { href: `${base}/pdf${query(version)}`, label: draft ? 'exportDraftPdf' : 'exportPdf' },
      { href: `${base}/docx${query(version)}`, label: draft ? 'exportDraftDocx' : 'exportDocx' },
    ];
    if (!otherLanguage) return own;
    return [
      ...own,
      ...(['pdf', 'docx'] as const).map((format): ExportLink => ({
        href: `${base}/${format}${query({ ...version, lang: otherLanguage })}`,
        label: draft ? 'exportDraftIn' : 'exportIn',
        values: { format, language: otherLanguage },
      })),
      { href: `${base}/pdf${query({ ...version, lang: 'both' })}`, label: draft ? 'exportDraftParallel' : 'exportParallel' },
    ];
  };
  return adopted ? [...links(false), ...links(true)] : links(true);
}

const documentId = (raw: string): number => positiveId(raw) ?? notFound();

/** When the text last changed, for the visit: null for a text with no paragraphs. */
const latestChange = (facts: ParagraphFacts[]): Date | null =>
  facts.reduce<Date | null>((latest, p) => (latest === null || p.lastChangeAt > latest ? p.lastChangeAt : latest), null);

/** The shown paragraphs as they would read with every open amendment accepted, or rejected. */
function preview(
  viewer: Parameters<typeof listOpenProposals>[0],
  meeting: Parameters<typeof listOpenProposals>[1],
  id: number,
  facts: ParagraphFacts[],
  shownIds: ReadonlySet<number>,
  mode: 'accepted' | 'rejected',
) {
  const shown = facts.filter((p) => shownIds.has(p.id));
  const proposals = mode === 'accepted' ? groupBy(listOpenProposals(viewer, meeting, id, shown.map((p) => p.id)), (a) => a.paragraphId) : new Map();
  return previewText(
    shown.map((p) => ({ id: p.id, kind: p.kind, text: p.text, amendments: proposals.get(p.id) ?? [] })),
    mode,
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}`);
  return { title: allowed(() => getDocumentTitle(viewer, meeting, documentId(id))) };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const query = await searchParams;
  const expand = positiveId(typeof query.paragraph === 'string' ? query.paragraph : null);
  const state = focusStateFrom(query);
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}`);
  await holdHeavyRenderSlot();
  // Taken before the document is read: the live stream replays any change after it, and
  // the visit counts as seen only what was changed before it.
  const seen = lastEventId();
  const shownAt = new Date();
  const facts = allowed(() => getParagraphFacts(viewer, meeting, documentId(id)));
  const since = recordDocumentVisit(viewer, { meetingId: meeting.id, documentId: documentId(id), now: shownAt, latestChange: latestChange(facts) });
  // A preview reads the whole text (a part at a time when long), whatever the filter.
  const view = focusView(facts, state.preview ? 'all' : state.show, since, state.section ?? expand);
  const shownIds = new Set(view.shownIds);
  const document = allowed(() =>
    getDocument(viewer, meeting, documentId(id), {
      amendmentsPerParagraph: AMENDMENTS_PER_PARAGRAPH,
      expandParagraphId: expand,
      // A preview lists no paragraph with its forms.
      paragraphIds: state.preview ? new Set() : shownIds,
    }),
  );
  const ownPositions = listOwnCirculatedPositions(viewer, meeting);
  const [t, tDocuments, tFormat, locale] = await Promise.all([
    getTranslations('drafting'),
    getTranslations('documents'),
    getTranslations('format'),
    getLocale(),
  ]);
  const ids = { slug, documentId: document.id };
  const role: DraftingRole = {
    pen: viewer.role === 'secretariat',
    translate: document.translationLanguage !== null && (viewer.role === 'secretariat' || viewer.role === 'translator'),
    delegation: viewer.delegation !== null,
    editable: document.status === 'drafting',
    negotiated: document.draftingMode === 'negotiated',
  };
  // The pen sets who reads the text (the data layer refuses anyone else).
  const distribution = role.pen ? getDocumentDistribution(viewer, meeting, document.id) : null;
  const holderChoices = document.stances.map((s) => s.delegation);
  const canRecordStance = role.negotiated && viewer.role === 'head' && document.status !== 'adopted';
  const ownStance = document.stances.find((s) => s.delegation.code === viewer.delegation?.code)?.stance;
  // A head yet to take a stance on this revision finds the form first: it is what waits for them.
  const stanceFirst = canRecordStance && (!ownStance || ownStance.revision !== document.revision);
  const base = `/meetings/${slug}/documents/${document.id}`;
  const shownParagraphs = facts.filter((p) => shownIds.has(p.id) && p.kind !== 'heading').length;

  return (
    <ParagraphChanges>
    <article aria-labelledby="document-title" className="space-y-6">
      <header className="space-y-1">
        <p className="text-right font-semibold">
          <span className="sr-only">{tFormat('label', { label: tDocuments('symbol') })} </span>
          <span data-testid="document-symbol">{document.symbol}</span>
        </p>
        <p className="text-sm">
          <span className="badge mr-2" data-testid="document-status">{tDocuments(`statusValue.${document.status}`)}</span>
          <span className="badge mr-2" data-testid="document-distribution">{tDocuments(`distributionValue.${document.distribution}`)}</span>
          {!role.negotiated && <span className="badge mr-2">{tDocuments('chairsText')}</span>}
          <span data-testid="document-revision">{tDocuments('revision', { number: document.revision })}</span>
          {' · '}
          <Link href={`/meetings/${slug}/documents/${document.id}/history`}>{t('history')}</Link>
        </p>
        <h1 id="document-title" className="font-serif text-2xl font-semibold">{document.title}</h1>
        <p className="font-serif italic">
          {t('placeLine', { city: meeting.city, date: formatDate(meeting.endsAt, meeting.timeZone, locale) })}
        </p>
        <LiveUpdates url={`/meetings/${slug}/events?document=${document.id}`} since={seen} presence self={viewer.delegation?.protocolName ?? null} />
        <nav aria-label={t('exports')} className="no-print">
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {exportLinks(`/meetings/${slug}/documents/${document.id}`, document.status === 'adopted', document.translationLanguage).map((link) => (
              <li key={link.href}>
                <a href={link.href}>{t(link.label, link.values)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {stanceFirst && (
        <section aria-labelledby="stance-first-title" className="space-y-2 no-print" data-testid="stance-first">
          <h2 id="stance-first-title" className="text-xl font-semibold">{t('yourStanceTitle')}</h2>
          <StanceForm ids={ids} revision={document.revision} />
        </section>
      )}
      <ProgressPicture progress={document.progress} openBrackets={document.openBrackets} />
      <SilencePanel
        ids={ids}
        document={document}
        openItems={role.pen && document.status === 'drafting' ? listOpenItems(viewer, meeting, document.id) : null}
        timeZone={meeting.timeZone}
        role={{ pen: role.pen, head: viewer.role === 'head' }}
      />

      <DocumentOutline base={base} state={state} view={view} shownIds={shownIds} />
      <PreviewLinks base={base} state={state} />
      {state.preview ? (
        <TextPreview mode={state.preview} paragraphs={preview(viewer, meeting, document.id, facts, shownIds, state.preview)} />
      ) : (
        <>
          <FocusFilters
            base={base}
            state={state}
            view={view}
            shown={shownParagraphs}
            since={since && formatDateTime(since, meeting.timeZone, locale, 'medium')}
          />
          <section aria-label={tDocuments('text')} className="document-text">
            {role.pen && role.editable && view.shownIds[0] === facts[0]?.id && (
              <AddParagraphForm ids={ids} afterParagraphId={null} label={t('addFirstParagraph')} />
            )}
            <ParagraphList
              paragraphs={paragraphBlocks(document.paragraphs, role, meeting.timeZone, locale)}
              ids={ids}
              role={role}
              translationLanguage={document.translationLanguage}
              ownPositions={ownPositions}
              holderChoices={holderChoices}
            />
          </section>
        </>
      )}

      {role.negotiated && (
        <StancesPanel
          ids={ids}
          stances={document.stances}
          revision={document.revision}
          canRecord={canRecordStance && !stanceFirst}
        />
      )}

      {distribution && (
        <section aria-labelledby="distribution-title" className="space-y-3 rounded border border-rule bg-paper p-4 no-print">
          <h2 id="distribution-title" className="text-xl font-semibold">{tDocuments('distributionTitle')}</h2>
          <DistributionForm ids={ids} current={distribution} />
        </section>
      )}
    </article>
    </ParagraphChanges>
  );
}
