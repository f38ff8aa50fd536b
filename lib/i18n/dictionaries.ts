import { de } from './de';
import { en, type Dictionary } from './en';

/**
 * The languages the site can be built in, by primary language subtag. To add one, copy en.ts to `<code>.ts`,
 * translate every value (TypeScript fails until each key of the English dictionary is there) and list it here.
 */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, de };

/**
 * The dictionary of a BCP 47 language tag (`de`, `de-AT`: the language, whatever the region), or a clear error
 * naming the languages there are.
 */
export function dictionaryFor(language: string): Dictionary {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(language)[0];
  } catch {
    canonical = undefined;
  }
  const primary = canonical?.split('-')[0]?.toLowerCase();
  const dictionary = primary === undefined ? undefined : DICTIONARIES[primary];
  if (!dictionary) {
    throw new Error(
      `language: found "${language}", expected a BCP 47 language tag of a language Margins has a dictionary for: ${Object.keys(DICTIONARIES).join(', ')} (add one in lib/i18n/)`,
    );
  }
  return dictionary;
}

/** The OpenGraph locale of a language tag: its own region when it names one (`en-GB` -> `en_GB`), else the dictionary's. */
export function ogLocaleFor(language: string): string {
  const locale = new Intl.Locale(language);
  return locale.region ? `${locale.language}_${locale.region}` : dictionaryFor(language).ogLocale;
}

/** Checks an IANA time zone name (`UTC`, `Europe/Berlin`, `Asia/Tokyo`) and returns it; a clear error otherwise. */
export function checkTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`timeZone: found "${timeZone}", expected an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"`);
  }
  return timeZone;
}
