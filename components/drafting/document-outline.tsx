import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { focusAddress, type FocusState, type FocusView, type TextPart } from '@/lib/domain/document-focus';

type Names = Awaited<ReturnType<typeof getTranslations<'documentFocus'>>>;

/** How the outline names a part: its heading, or where it starts. */
function partName(part: TextPart, t: Names): string {
  if (part.heading) return part.heading.text;
  if (part.firstNumber === null) return t('outlineOpening');
  return part.continues ? t('outlineContinued', { heading: part.continues, number: part.firstNumber }) : t('outlineFrom', { number: part.firstNumber });
}

/**
 * The text's sections with their counts, each a link to its first paragraph; a long text
 * shown a part at a time also gets links to the previous and next part.
 */
export async function DocumentOutline({ base, state, view, shownIds }: { base: string; state: FocusState; view: Pick<FocusView, 'parts' | 'paging'>; shownIds: ReadonlySet<number> }) {
  const t = await getTranslations('documentFocus');
  // Within the page when the part is on it; otherwise the part's own page, or the whole text when the filter hides it.
  const href = (part: TextPart) => {
    if (shownIds.has(part.firstParagraphId)) return focusAddress(base, state, part.firstParagraphId);
    if (view.paging) return focusAddress(base, { ...state, section: part.key }, part.firstParagraphId);
    return focusAddress(base, { ...state, show: 'all', section: null }, part.firstParagraphId);
  };
  const { paging } = view;
  return (
    <div className="space-y-2 font-sans no-print">
      <nav aria-label={t('outline')} className="rounded border border-rule bg-paper p-4">
        <h2 className="font-semibold">{t('outline')}</h2>
        <ol className="mt-1 space-y-1 text-sm">
          {view.parts.map((part) => (
            <li key={part.key}>
              <Link href={href(part)} aria-current={paging?.current.key === part.key ? 'location' : undefined} className="aria-[current=location]:font-semibold">
                {partName(part, t)}
              </Link>{' '}
              <span className="text-muted">
                ({t('outlineCounts', { paragraphs: part.paragraphs, amendments: part.openAmendments, brackets: part.openBrackets })})
              </span>
            </li>
          ))}
        </ol>
      </nav>
      {paging && (paging.previous || paging.next) && (
        <nav aria-label={t('partsLabel')}>
          <ul className="flex flex-wrap justify-between gap-2 text-sm">
            {paging.previous && (
              <li>
                <Link href={focusAddress(base, { ...state, section: paging.previous.key })}>{t('previousPart', { name: partName(paging.previous, t) })}</Link>
              </li>
            )}
            {paging.next && (
              <li>
                <Link href={focusAddress(base, { ...state, section: paging.next.key })}>{t('nextPart', { name: partName(paging.next, t) })}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
