import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Disclosure } from '@/components/ui/disclosure';
import type { OpenItems } from '@/db/document-readiness';
import { compareWords } from '@/lib/domain/word-diff';
import { DecisionForm } from './amendment-card';

/**
 * Why silence cannot start yet: every paragraph still bracketed or in draft or whose
 * translation is not current, and every open amendment, named as delegates name them and linked to their place in the text; the
 * secretariat decides the amendments from here.
 */
export async function OpenItemsList({ ids, items }: { ids: { slug: string; documentId: number }; items: OpenItems }) {
  const [t, tStatus] = await Promise.all([getTranslations('drafting'), getTranslations('documents.paragraphStatus')]);
  const base = `/meetings/${ids.slug}/documents/${ids.documentId}`;
  const name = (p: { kind: 'heading' | 'preambular' | 'operative'; number: number }) => t(`paragraphName.${p.kind}`, { number: p.number });
  return (
    <section aria-labelledby="open-items-title" tabIndex={-1} id="open-items" className="space-y-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="open-items">
      <h3 id="open-items-title" className="font-semibold">{t('notReadyTitle')}</h3>
      <p>{t('notReadyIntro')}</p>
      {items.paragraphs.length > 0 && (
        <>
          <h4 className="font-semibold">{t('openParagraphs', { count: items.paragraphs.length })}</h4>
          <ul className="list-disc space-y-1 pl-6" data-testid="open-paragraphs">
            {items.paragraphs.map((p) => (
              <li key={p.id}>
                <a href={`#paragraph-${p.id}`}>{name(p)}</a>
                {': '}
                {tStatus(p.status)}
                {p.openBrackets > 0 && `, ${t('openBrackets', { count: p.openBrackets })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {items.translations.length > 0 && (
        <>
          <h4 className="font-semibold">{t('untranslatedParagraphs', { count: items.translations.length })}</h4>
          <ul className="list-disc space-y-1 pl-6" data-testid="untranslated-paragraphs">
            {items.translations.map((p) => (
              <li key={p.id}>
                <a href={`#paragraph-${p.id}`}>{name(p)}</a>
                {': '}
                {t(`translationState.${p.state}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {items.amendmentCount > 0 && (
        <>
          <h4 className="font-semibold">{t('openAmendmentsTitle', { count: items.amendmentCount })}</h4>
          <ul className="space-y-2" data-testid="open-amendments">
            {items.amendments.map((a) => (
              <li key={a.id}>
                <Link href={`${base}?paragraph=${a.paragraph.id}#amendment-${a.id}`}>
                  {t('amendmentName', { id: a.id, delegation: a.delegation })}
                </Link>{' '}
                {t('onParagraph', { paragraph: name(a.paragraph) })}
                <Disclosure className="mt-1 rounded border border-rule bg-paper p-2" summary={t('decideNamed', { id: a.id })}>
                  <DecisionForm
                    target={{ ...ids, amendmentId: a.id }}
                    paragraph={{ id: a.paragraph.id, version: a.paragraphVersion }}
                    changesSinceProposal={a.stale ? compareWords(a.baseText, a.currentText).changes : null}
                    idPrefix={`open-a${a.id}-`}
                    focusWhenRemoved="open-items"
                  />
                </Disclosure>
              </li>
            ))}
          </ul>
          {items.amendmentCount > items.amendments.length && (
            <p>{t('moreOpenAmendments', { count: items.amendmentCount - items.amendments.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
