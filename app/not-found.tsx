import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <section aria-labelledby="error-title" className="space-y-3">
      <h1 id="error-title" className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p>{t('notFound')}</p>
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </section>
  );
}
