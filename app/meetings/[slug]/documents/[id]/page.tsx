import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AmendmentCard, type DraftingRole } from '@/components/drafting/amendment-card';
import { AmendmentForm } from '@/components/drafting/amendment-form';
import { CommentThread } from '@/components/drafting/comment-thread';
import { ParagraphText } from '@/components/drafting/paragraph-text';
import { AddParagraphForm, PenTools } from '@/components/drafting/pen-tools';
import { ProgressPicture } from '@/components/drafting/progress-picture';
import { SilencePanel } from '@/components/drafting/silence-panel';
import { StancesPanel } from '@/components/drafting/stances-panel';
import { LiveUpdates } from '@/components/live/live-updates';
import { getDocument } from '@/db/queries/documents';
import { listOwnCirculatedPositions } from '@/db/queries/positions';
import { formatDate } from '@/lib/format-time';
import { allowed, meetingPage } from '@/lib/page-guard';

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ paragraph?: string }> };

/** Open amendments listed under each paragraph; the rest are one link away. */
const AMENDMENTS_PER_PARAGRAPH = 3;

/** Before adoption the exports are the working draft; after it, the clean text first. */
function exportLinks(base: string, adopted: boolean) {
  const draft = [
    { href: `${base}/pdf${adopted ? '?version=draft' : ''}`, label: 'exportDraftPdf' },
    { href: `${base}/docx${adopted ? '?version=draft' : ''}`, label: 'exportDraftDocx' },
  ] as const;
  if (!adopted) return draft;
  return [{ href: `${base}/pdf`, label: 'exportPdf' }, { href: `${base}/docx`, label: 'exportDocx' }, ...draft] as const;
}

function documentId(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}`);
  return { title: allowed(() => getDocument(viewer, meeting, documentId(id))).title };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const expand = Number((await searchParams).paragraph);
  const { viewer, meeting } = await meetingPage(slug, `/documents/${id}`);
  const document = allowed(() =>
    getDocument(viewer, meeting, documentId(id), {
      amendmentsPerParagraph: AMENDMENTS_PER_PARAGRAPH,
      expandParagraphId: Number.isSafeInteger(expand) ? expand : null,
    }),
  );
  const ownPositions = listOwnCirculatedPositions(viewer, meeting);
  const [t, tDocuments, tStatus, locale] = await Promise.all([
    getTranslations('drafting'),
    getTranslations('documents'),
    getTranslations('documents.paragraphStatus'),
    getLocale(),
  ]);
  const ids = { slug, documentId: document.id };
  const role: DraftingRole = {
    pen: viewer.role === 'secretariat',
    delegation: viewer.delegation !== null,
    editable: document.status === 'drafting',
  };
  const holderChoices = document.stances.map((s) => s.delegation);

  return (
    <article aria-labelledby="document-title" className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <span className="badge mr-2" data-testid="document-status">{tDocuments(`statusValue.${document.status}`)}</span>
          <span data-testid="document-revision">{tDocuments('revision', { number: document.revision })}</span>
          {' · '}
          <Link href={`/meetings/${slug}/documents/${document.id}/history`}>{t('history')}</Link>
        </p>
        <h1 id="document-title" className="font-serif text-2xl font-semibold">{document.title}</h1>
        <p className="font-serif italic">
          {t('placeLine', { city: meeting.city, date: formatDate(meeting.endsAt, meeting.timeZone, locale) })}
        </p>
        <LiveUpdates url={`/meetings/${slug}/events?document=${document.id}`} presence self={viewer.delegation?.protocolName ?? null} />
        <nav aria-label={t('exports')} className="no-print">
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {exportLinks(`/meetings/${slug}/documents/${document.id}`, document.status === 'adopted').map((link) => (
              <li key={link.href}>
                <a href={link.href}>{t(link.label)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <ProgressPicture progress={document.progress} openBrackets={document.openBrackets} />
      <SilencePanel ids={ids} document={document} timeZone={meeting.timeZone} role={{ pen: role.pen, head: viewer.role === 'head' }} />

      <section aria-label={tDocuments('text')} className="space-y-4 rounded border border-rule bg-paper p-5 font-serif text-lg">
        {role.pen && role.editable && <AddParagraphForm ids={ids} afterParagraphId={null} label={t('addFirstParagraph')} />}
        {document.paragraphs.map((p) => (
          <div key={p.id} id={`paragraph-${p.id}`} tabIndex={-1} className="scroll-mt-4" data-testid="paragraph">
            {p.kind === 'heading' ? (
              <h2 className="pt-3 font-semibold">
                <ParagraphText pieces={p.pieces} />
              </h2>
            ) : (
              <div className="flex gap-3">
                <span className="w-8 shrink-0 text-right font-semibold">{p.number !== null ? `${p.number}.` : ''}</span>
                <p className={`flex-1 ${p.kind === 'preambular' ? 'italic' : ''}`} data-testid="paragraph-text">
                  <ParagraphText pieces={p.pieces} />
                </p>
              </div>
            )}
            <div className="ml-11 space-y-2">
              <p className="font-sans text-sm text-muted">
                <span className="badge mr-2" data-testid="paragraph-status">{tStatus(p.status)}</span>
                {tDocuments('openAmendments', { count: p.openAmendmentCount })}
              </p>
              {p.amendments.length > 0 && (
                <section aria-label={t('amendments')} className="space-y-2">
                  {p.amendments.map((a) => (
                    <AmendmentCard key={a.id} ids={ids} amendment={a} paragraph={p} role={role} timeZone={meeting.timeZone} />
                  ))}
                  {p.openAmendmentCount > p.amendments.length && (
                    <p className="font-sans text-base">
                      <Link href={`/meetings/${slug}/documents/${document.id}?paragraph=${p.id}#paragraph-${p.id}`}>
                        {t('showAllAmendments', { count: p.openAmendmentCount })}
                      </Link>
                    </p>
                  )}
                </section>
              )}
              {role.pen && role.editable && <PenTools ids={ids} paragraph={p} delegations={holderChoices} />}
              {role.delegation && role.editable && (
                <AmendmentForm ids={ids} paragraphId={p.id} currentText={p.text} ownPositions={ownPositions} />
              )}
              <CommentThread ids={ids} target={{ paragraphId: p.id }} comments={p.comments} timeZone={meeting.timeZone} />
            </div>
          </div>
        ))}
      </section>

      <StancesPanel
        ids={ids}
        stances={document.stances}
        revision={document.revision}
        canRecord={viewer.role === 'head' && document.status !== 'adopted'}
      />
    </article>
  );
}
