import type { Metadata } from 'next';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/shell/client-messages';
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales';
import { SiteHeader } from '@/components/shell/site-header';
import { fontVariables } from './fonts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, timeZone] = await Promise.all([getLocale(), getTranslations('app'), getTimeZone()]);
  return (
    <html lang={locale} className={fontVariables}>
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <ClientMessages locale={isLocale(locale) ? locale : DEFAULT_LOCALE} timeZone={timeZone}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 focus:outline-none sm:px-6">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
