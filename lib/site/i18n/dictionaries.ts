import { de } from './de';
import { en, type Dictionary } from './en';

/**
 * The languages the site can be built in, by primary language subtag. To add one, copy en.ts to `<code>.ts`,
 * translate every value (TypeScript fails until each key of the English dictionary is there) and list it here.
 */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, de };

/** What a language must be: the "expected" half of the message about one that is not. */
export const LANGUAGE_EXPECTED = `a BCP 47 language tag of a language Margins has a dictionary for: ${Object.keys(DICTIONARIES).join(', ')} (add one in lib/site/i18n/)`;

/** The dictionary of a BCP 47 language tag (`de`, `de-AT`: the language, whatever the region), if Margins has one. */
export function findDictionary(language: string): Dictionary | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(language)[0];
  } catch {
    canonical = undefined;
  }
  const primary = canonical?.split('-')[0]?.toLowerCase();
  return primary === undefined || !Object.hasOwn(DICTIONARIES, primary) ? undefined : DICTIONARIES[primary];
}

/** The dictionary of a language tag (see {@link findDictionary}), or a clear error naming the languages there are. */
export function dictionaryFor(language: string): Dictionary {
  const dictionary = findDictionary(language);
  if (!dictionary) throw new Error(`language: found "${language}", expected ${LANGUAGE_EXPECTED}`);
  return dictionary;
}

/** The OpenGraph locale of a language tag: its own region when it names one (`en-GB` -> `en_GB`), else the dictionary's. */
export function ogLocaleFor(language: string): string {
  const locale = new Intl.Locale(language);
  return locale.region ? `${locale.language}_${locale.region}` : dictionaryFor(language).ogLocale;
}

/** Whether `timeZone` is an IANA time zone name the runtime knows (`UTC`, `Europe/Berlin`, `Asia/Tokyo`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
