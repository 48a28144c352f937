import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import french from 'i18n-iso-countries/langs/fr.json';

// The one source of state names and codes in the app: ISO 3166-1 as i18n-iso-countries
// maintains it, in the two interface languages.
countries.registerLocale(english);
countries.registerLocale(french);

/** Every ISO 3166-1 alpha-2 code, lower case (the form used in addresses and the database). */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).map((code) => code.toLowerCase());

const known = new Set(COUNTRY_CODES);

/** Whether `code` is an ISO 3166-1 alpha-2 code, in lower case. */
export const isCountryCode = (code: string) => known.has(code);

/** The state's short name in `locale` ('en' or 'fr'; anything else reads as English). */
export function countryName(code: string, locale: string): string {
  return countries.getName(code.toUpperCase(), locale === 'fr' ? 'fr' : 'en') ?? code.toUpperCase();
}

/** Every state as a picker lists it: sorted by its name in `locale`. */
export function countryChoices(locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** Every name the dataset knows the state by in English: its short name and its aliases ("Republic of Korea", "Turkey"). */
function englishDatasetNames(code: string): string[] {
  return countries.getName(code.toUpperCase(), 'en', { select: 'all' }) ?? [];
}

/**
 * The name a delegation goes by in `locale`. A protocol name the secretariat typed stays as
 * typed, in every language; one the dataset gives (the default a delegation gets, or one of
 * the dataset's English names for that state) is the state's name in `locale`, so a French
 * page says "Japon" where the record says "Japan".
 */
export function delegationName(code: string, protocolName: string, locale: string): string {
  if (locale === 'en' || !englishDatasetNames(code).includes(protocolName)) return protocolName;
  return countryName(code, locale);
}
