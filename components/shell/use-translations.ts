import {
  createTranslator,
  useLocale,
  useMessages,
  useTimeZone,
  // eslint-disable-next-line no-restricted-imports -- only the type of next-intl's translator, which this hook returns
  type useTranslations as useIntlTranslations,
} from 'next-intl';

type Translator = ReturnType<typeof useIntlTranslations>;

/** One translator per language, time zone and namespace, for as long as the process (or tab) lives. */
const translators = new Map<string, Translator>();

/**
 * next-intl's `useTranslations`, with the translator made once rather
 * than by every component that asks. next-intl builds a new one for each component instance
 * on the server, and a long text has thousands of them (every paragraph, amendment card and
 * comment thread): that, and looking up the same plain labels again each time, was about a
 * seventh of the 300-paragraph document's render. A language's catalogue is fixed at build
 * time, so a translator and the plain labels it has looked up are the same for every
 * request. Server components use it too, so that there is one hook for every component.
 */
export function useTranslations(namespace?: string): Translator {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const messages = useMessages();
  const key = `${locale}|${timeZone}|${namespace ?? ''}`;
  let translator = translators.get(key);
  if (!translator) {
    translator = rememberPlainLabels(createTranslator({ locale, timeZone, messages, namespace }) as Translator);
    translators.set(key, translator);
  }
  return translator;
}

/**
 * The translator with the labels it returns for a key alone kept: a label without values
 * never changes. A message with values is formatted each time, since the values are open-ended.
 */
function rememberPlainLabels(translate: Translator): Translator {
  const labels = new Map<string, string>();
  const remembering = ((key: string, values?: Parameters<Translator>[1], formats?: Parameters<Translator>[2]) => {
    if (values !== undefined || formats !== undefined) return translate(key, values, formats);
    let label = labels.get(key);
    if (label === undefined) {
      label = translate(key);
      labels.set(key, label);
    }
    return label;
  }) as Translator;
  return Object.assign(remembering, { rich: translate.rich, markup: translate.markup, raw: translate.raw, has: translate.has });
}
