import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { AttentionItem } from '@/db/queries/attention';
import { formatDateTime } from '@/lib/domain/format-time';

/** What waits for the viewer, each entry a link to the place where it is done. */
export async function AttentionList({ slug, items, timeZone }: { slug: string; items: AttentionItem[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations('drafting'), getLocale()]);
  const documentHref = (documentId: number, anchor = '') => `/meetings/${slug}/documents/${documentId}${anchor}`;
  const entry = (item: AttentionItem): { href: string; text: string } => {
    switch (item.kind) {
      case 'amendmentsAwaiting':
        return { href: documentHref(item.documentId), text: t('attentionAwaiting', { count: item.count, title: item.title }) };
      case 'translationsBehind':
        return { href: documentHref(item.documentId), text: t('attentionTranslations', { count: item.count, title: item.title }) };
      case 'silenceDeadline':
        return {
          href: documentHref(item.documentId, '#silence-title'),
          text: t('attentionDeadline', { title: item.title, deadline: formatDateTime(item.deadline, timeZone, locale) }),
        };
      case 'stanceNeeded':
        return {
          href: documentHref(item.documentId, '#stances-title'),
          text:
            item.givenOn === null
              ? t('attentionStance', { revision: item.revision, title: item.title })
              : t('attentionStanceEarlier', { title: item.title, givenOn: item.givenOn, revision: item.revision }),
        };
      case 'amendmentDecided':
        return { href: documentHref(item.documentId), text: t('attentionDecided', { id: item.amendmentId, status: item.status }) };
      case 'newComment':
        return {
          href: documentHref(item.documentId, `#amendment-${item.amendmentId}`),
          text: t('attentionComment', { author: item.authorName, id: item.amendmentId }),
        };
      case 'bilateralsToAnswer':
        return { href: `/meetings/${slug}/bilaterals`, text: t('attentionBilateralsAnswer', { count: item.count }) };
      case 'bilateralsToBook':
        return { href: `/meetings/${slug}/bilaterals`, text: t('attentionBilateralsBook', { count: item.count }) };
      case 'positionAwaitingCirculation':
        return { href: `/meetings/${slug}/positions/${item.statementId}`, text: t('attentionCirculate', { title: item.title }) };
    }
  };
  return (
    <section aria-labelledby="attention-title" className="rounded border border-rule bg-paper p-5">
      <h2 id="attention-title" className="mb-2 text-xl font-semibold">{t('attentionTitle')}</h2>
      {items.length === 0 ? (
        <p>{t('attentionNone')}</p>
      ) : (
        <ul className="ml-5 list-disc space-y-1" data-testid="attention">
          {items.map((item, i) => {
            const { href, text } = entry(item);
            return (
              <li key={i}>
                <Link href={href}>{text}</Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
