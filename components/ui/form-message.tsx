'use client';

import { useTranslations } from '@/components/shell/client-messages';

/**
 * The whole-form outcome of an action (saved, forbidden, conflict…), announced politely.
 * `code` is from the `validation` catalogue; `tone` picks the colour.
 */
export function FormMessage({ code, tone, id }: { code?: string | null; tone: 'success' | 'error'; id?: string }) {
  const t = useTranslations('validation');
  const text = code ? (t.has(code) ? t(code) : t('invalidInput')) : '';
  return (
    <p
      id={id}
      role="status"
      data-testid="form-message"
      className={text ? `rounded border-l-4 p-3 text-sm ${tone === 'success' ? 'border-green-700 bg-green-50' : 'border-accent bg-red-50'}` : 'sr-only'}
    >
      {text}
    </p>
  );
}
