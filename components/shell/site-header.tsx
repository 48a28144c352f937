import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getViewer } from '@/lib/server/viewer';
import { isLocale } from '@/i18n/locales';
import { LanguageSwitcher } from './language-switcher';
import { UserMenu } from './user-menu';

/** The banner on every page: the product, the language choice and, when signed in, who you are. */
export async function SiteHeader() {
  const [viewer, t, locale] = await Promise.all([getViewer(), getTranslations('app'), getLocale()]);
  return (
    <header className="bg-navy text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-white no-underline">
          {t('name')}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher current={isLocale(locale) ? locale : 'en'} />
          {viewer && (
            <UserMenu
              name={viewer.name}
              affiliation={viewer.delegation?.protocolName ?? null}
              role={viewer.role}
            />
          )}
        </div>
      </div>
    </header>
  );
}
