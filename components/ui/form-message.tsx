'use client';

import { useTranslations } from '@/components/shell/use-translations';

const TONE_STYLE = {
  success: 'border-green-700 bg-green-50',
  // Saved, but with something to look at: news, neither a success to tick off nor a refusal.
  notice: 'border-muted bg-paper',
  error: 'border-accent bg-red-50',
} as const;

/**
 * The whole-form outcome of an action (saved, saved with a caveat, forbidden, conflict…),
 * announced politely. `code` is from the `validation` catalogue; `tone` picks the colour.
 */
export function FormMessage({ code, tone, id }: { code?: string | null; tone: keyof typeof TONE_STYLE; id?: string }) {
  const t = useTranslations('validation');
  const text = code ? (t.has(code) ? t(code) : t('invalidInput')) : '';
  return (
    <p
      id={id}
      role="status"
      data-testid="form-message"
      data-tone={text ? tone : undefined}
      // col-span-full: in a form laid out as a grid, the outcome spans every column.
      className={text ? `col-span-full rounded border-l-4 p-3 text-sm ${TONE_STYLE[tone]}` : 'sr-only'}
    >
      {text}
    </p>
  );
}
