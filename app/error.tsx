'use client';

import { useTranslations } from '@/components/shell/use-translations';

/** Shown instead of a page that failed: a plain message, never the error's details. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <section aria-labelledby="error-title" className="space-y-3">
      <h1 id="error-title" className="text-2xl font-semibold">{t('serverTitle')}</h1>
      <p>{t('server')}</p>
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </section>
  );
}
