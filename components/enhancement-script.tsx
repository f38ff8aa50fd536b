import { ENHANCEMENT_ATTRIBUTE } from '@/lib/build-contract';
import { t } from '@/lib/site/i18n';
import { withBasePath } from '@/lib/site';

/** The small plain-JavaScript enhancements in public/scripts/; each page works without them. */
export type Enhancement = 'copy-code' | 'copy-link' | 'search' | 'theme' | 'toc' | 'comments';

/** The dictionary key of the words each enhancement writes into the page; it reads them from `data-strings`. */
const STRINGS: Partial<Record<Enhancement, 'copyCodeScript' | 'copyLinkScript' | 'searchScript'>> = {
  'copy-code': 'copyCodeScript',
  'copy-link': 'copyLinkScript',
  search: 'searchScript',
};

/**
 * Loads one enhancement, deferred. `data-enhancement` tells the post-export step to keep this script when it
 * removes the framework's; `data-strings` carries its interface strings as JSON (document.currentScript).
 */
export function EnhancementScript({ name }: { name: Enhancement }) {
  const key = STRINGS[name];
  const words = key && t[key];
  return <script src={withBasePath(`/scripts/${name}.js`)} defer data-strings={words && JSON.stringify(words)} {...{ [ENHANCEMENT_ATTRIBUTE]: name }} />;
}
