import { useTranslations } from '@/components/shell/use-translations';
import { Redline } from '@/components/ui/redline';
import { compareWords } from '@/lib/domain/word-diff';

type Version = { number: number; body: string };

/**
 * The change from one version to another, word by word: <ins> and <del>, styled so that it
 * reads without colour and is announced to screen readers (see Redline).
 */
export function WordComparison({ from, to }: { from: Version; to: Version }) {
  const t = useTranslations('positions');
  const { changes, added, removed } = compareWords(from.body, to.body);
  return (
    <section aria-labelledby="comparison-title" className="space-y-2">
      <h3 id="comparison-title" className="font-semibold">{t('comparisonTitle', { from: from.number, to: to.number })}</h3>
      <p className="text-sm text-muted" data-testid="comparison-summary">
        {added + removed === 0 ? t('comparisonSame') : `${t('comparisonSummary', { added, removed })} ${t('comparisonLegend')}`}
      </p>
      <div className="word-diff whitespace-pre-wrap rounded border border-rule bg-paper p-4 font-serif">
        <Redline parts={changes} />
      </div>
    </section>
  );
}
