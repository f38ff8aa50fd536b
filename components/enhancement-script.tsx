import { ENHANCEMENT_ATTRIBUTE } from '@/lib/build-contract';
import { t } from '@/lib/i18n';
import { withBasePath } from '@/lib/site';

/** The small plain-JavaScript enhancements in public/scripts/; each page works without them. */
export type Enhancement = 'copy-code' | 'copy-link' | 'search' | 'theme' | 'toc' | 'comments';

/** The words each enhancement writes into the page, in the site's language; it reads them from `data-strings`. */
const STRINGS: Partial<Record<Enhancement, object>> = {
  'copy-code': t.copyCodeScript,
  'copy-link': t.copyLinkScript,
  search: t.searchScript,
};

/**
 * Loads one enhancement, deferred. `data-enhancement` tells the post-export step to keep this script when it
 * removes the framework's; `data-strings` carries its interface strings as JSON (document.currentScript).
 */
export function EnhancementScript({ name }: { name: Enhancement }) {
  const strings = STRINGS[name];
  return <script src={withBasePath(`/scripts/${name}.js`)} defer data-strings={strings && JSON.stringify(strings)} {...{ [ENHANCEMENT_ATTRIBUTE]: name }} />;
}
