import { getTranslations } from 'next-intl/server';
import type { DocumentDetail } from '@/db/queries/documents';

const SEGMENTS = [
  { status: 'agreed', colour: '#1f6f43' },
  { status: 'agreed_ad_ref', colour: '#5aa476' },
  { status: 'bracketed', colour: '#b7791f' },
  { status: 'draft', colour: '#9aa5b1' },
] as const;

/** Paragraphs by status as one bar, with the counts in words beside it. */
export async function ProgressPicture({ progress, openBrackets }: Pick<DocumentDetail, 'progress' | 'openBrackets'>) {
  const [t, tStatus, tFormat] = await Promise.all([
    getTranslations('drafting'),
    getTranslations('documents.paragraphStatus'),
    getTranslations('format'),
  ]);
  const total = SEGMENTS.reduce((sum, s) => sum + progress[s.status], 0) || 1;
  const widths = SEGMENTS.map((s) => (progress[s.status] / total) * 100);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return (
    <section aria-labelledby="progress-title" className="rounded border border-rule bg-paper p-4">
      <h2 id="progress-title" className="font-semibold">{t('progressTitle')}</h2>
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="my-2 h-4 w-full" aria-hidden="true">
        {SEGMENTS.map((s, i) => (
          <rect key={s.status} x={offsets[i]} y={0} width={widths[i]} height={6} fill={s.colour} />
        ))}
      </svg>
      <ul className="flex flex-wrap gap-x-4 text-sm" data-testid="progress-legend">
        {SEGMENTS.map((s) => (
          <li key={s.status} className="flex items-center gap-1">
            {/* An SVG fill, not a style attribute: the Content Security Policy refuses inline styles. */}
            <svg aria-hidden="true" viewBox="0 0 1 1" className="inline-block h-3 w-3">
              <rect width={1} height={1} rx={0.15} fill={s.colour} />
            </svg>
            {tFormat('labelled', { label: tStatus(s.status), value: progress[s.status] })}
          </li>
        ))}
        <li className="font-semibold" data-testid="open-brackets">{t('openBrackets', { count: openBrackets })}</li>
      </ul>
    </section>
  );
}
