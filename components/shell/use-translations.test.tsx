// eslint-disable-next-line no-restricted-imports -- next-intl's own hook, to compare ours with
import { NextIntlClientProvider, useTranslations as useIntlTranslations } from 'next-intl';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { typesetCatalogue } from '@/lib/domain/typography';
import { EnglishMessages } from './messages-en';
import { FrenchMessages } from './messages-fr';
import { useTranslations } from './use-translations';

const CALLS = [
  ['cosponsor'],
  ['comments', { count: 0 }],
  ['comments', { count: 1 }],
  ['comments', { count: 7 }],
  ['heldBy', { holders: 'Japan, Türkiye' }],
] as const;

/** What both translators say for every call in `locale`, from two components, and the translators they got. */
function render(locale: 'en' | 'fr') {
  const translators: unknown[] = [];
  const said: { ours: string; theirs: string }[] = [];
  function Labels() {
    const ours = useTranslations('drafting');
    const theirs = useIntlTranslations('drafting');
    translators.push(ours);
    const say = (t: typeof ours) => CALLS.map(([key, values]) => t(key, values)).join(' | ');
    said.push({ ours: say(ours), theirs: say(theirs) });
    return null;
  }
  renderToString(
    <NextIntlClientProvider locale={locale} timeZone="America/Vancouver" messages={locale === 'en' ? en : fr}>
      <Labels />
      <Labels />
    </NextIntlClientProvider>,
  );
  return { ...said[1], seen: translators };
}

describe('useTranslations', () => {
  it('says what next-intl says, with and without values, in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { ours, theirs } = render(locale);
      expect(ours).toBe(theirs);
    }
    expect(render('en').ours).toContain('7 comments');
    expect(render('fr').ours).not.toBe(render('en').ours);
  });

  it('gives every component the same translator for a language and namespace', () => {
    const { seen } = render('en');
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(render('fr').seen[0]).not.toBe(seen[0]);
  });

  it('formats a message with values each time rather than keeping the first answer', () => {
    const { ours } = render('en');
    expect(ours).toContain('1 comment |');
    expect(ours).toContain('7 comments');
  });
});

describe('the catalogue providers', () => {
  function Label() {
    return useTranslations('drafting')('cosponsor');
  }

  it("give client components their language, French typeset as the server typesets it", () => {
    const english = renderToString(
      <EnglishMessages timeZone="America/Vancouver">
        <Label />
      </EnglishMessages>,
    );
    const french = renderToString(
      <FrenchMessages timeZone="America/Vancouver">
        <Label />
      </FrenchMessages>,
    );
    expect(english).toBe(en.drafting.cosponsor);
    expect(french).not.toBe(english);
    expect(french).toBe(renderToString(<>{typesetCatalogue(fr, 'fr').drafting.cosponsor}</>));
  });
});
