import { site } from '../site';
import { dictionaryFor } from './dictionaries';

export type { Dictionary } from './en';
export type { PluralForms } from './plural';
export { DICTIONARIES, dictionaryFor, ogLocaleFor, checkTimeZone } from './dictionaries';

/** The interface strings of the site's language (`site.language`): every word the site itself writes. */
export const t = dictionaryFor(site.language);
