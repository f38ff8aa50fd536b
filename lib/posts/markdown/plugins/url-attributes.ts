import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The properties of a rendered body's elements that hold one URL each (the sanitizer keeps no others). */
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster', 'longDesc'] as const;

/**
 * Rewrites every URL of every element of `tree` with `rewrite`, in place: the single-URL attributes, and each
 * candidate of a `srcset`. The one list of where a body keeps URLs, for the rewrites of the base path and of feeds.
 */
export function rewriteUrls(tree: Root, rewrite: (url: string) => string): Root {
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = rewrite(value);
    }
    const srcSet: unknown = node.properties.srcSet;
    if (Array.isArray(srcSet)) node.properties.srcSet = srcSet.map((candidate) => String(candidate).replace(/^\S+/, rewrite)).join(', ');
  });
  return tree;
}

/** Whether a URL is root-relative (`/blog/a/`): a site path, as authors write links into the site. */
export const isRootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');
