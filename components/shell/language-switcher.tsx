'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { chooseLanguage } from '@/app/actions';
import { LOCALES, type Locale } from '@/i18n/locales';
import { ActionForm } from '@/components/ui/action-form';

/** Two buttons, one per interface language; the current one is marked as pressed. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations('app');
  return (
    // The page itself, in the new language, is the outcome.
    <ActionForm action={chooseLanguage} aria-label={t('language')} className="flex items-center gap-1 text-sm" outcome={() => null}>
      {(_state, pending) =>
        LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            disabled={pending}
            className={`rounded px-2 py-1 ${locale === current ? 'bg-white text-navy font-semibold' : 'text-white underline'}`}
          >
            {t(`languageName.${locale}`)}
          </button>
        ))
      }
    </ActionForm>
  );
}
