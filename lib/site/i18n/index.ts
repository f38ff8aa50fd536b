import { getSite } from '../index';
import { dictionaryFor } from './dictionaries';
import type { Dictionary } from './en';

export type { Dictionary } from './en';
export type { PluralForms } from './plural';
export { DICTIONARIES, dictionaryFor, findDictionary, ogLocaleFor, isTimeZone, LANGUAGE_EXPECTED } from './dictionaries';

/**
 * The interface strings of the site's language (`getSite().language`): every word the site itself writes. Each
 * use looks the dictionary up, so that importing a module reads no config and a test may change the language.
 */
export const t: Dictionary = new Proxy({} as Dictionary, {
  get: (_, key) => Reflect.get(dictionaryFor(getSite().language), key),
});
