import type { Root } from 'hast';
import { getSite } from '../../../site';
import { isRootRelative, rewriteUrls } from './url-attributes';

/**
 * Rewrites root-relative and fragment-only URLs to absolute ones on the site, in place: feed readers show a
 * post away from the site, where `/images/a.png` or `#notes` would point nowhere. `pageUrl` is the post's
 * absolute URL, the base of its fragment links. Root-relative URLs already carry the site's base path
 * (rehype-base-path runs before), so the site's origin goes before them.
 */
export default function rehypeAbsoluteUrls(tree: Root, pageUrl: string): Root {
  const origin = new URL(getSite().url).origin;
  return rewriteUrls(tree, (url) => {
    if (url.startsWith('#')) return pageUrl + url;
    if (isRootRelative(url)) return origin + url;
    return url;
  });
}
