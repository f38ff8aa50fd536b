import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { absoluteUrl } from '../site';

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster'] as const;

/**
 * Rewrites root-relative and fragment-only URLs to absolute ones on the site, in place: feed readers show a
 * post away from the site, where `/images/a.png` or `#notes` would point nowhere. `pageUrl` is the post's
 * absolute URL, the base of its fragment links.
 */
export default function rehypeAbsoluteUrls(tree: Root, pageUrl: string): Root {
  const absolutize = (url: string) => {
    if (url.startsWith('#')) return pageUrl + url;
    if (url.startsWith('/') && !url.startsWith('//')) return absoluteUrl(url);
    return url;
  };
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = absolutize(value);
    }
    const srcSet: unknown = node.properties.srcSet;
    if (Array.isArray(srcSet)) node.properties.srcSet = srcSet.map((candidate) => String(candidate).replace(/^\S+/, absolutize)).join(', ');
  });
  return tree;
}
