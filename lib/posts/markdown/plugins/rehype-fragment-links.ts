import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeFragmentLinks}. */
export interface FragmentLinksOptions {
  /** The prefix the sanitizer puts before ids taken from the author's HTML and footnotes. */
  prefix: string;
}

/**
 * Points `#fragment` links at the ids the sanitizer prefixed (footnotes, ids in raw HTML), so that
 * `href="#fn-1"` keeps working once the id has become `user-content-fn-1`. Existing targets are kept.
 */
export default function rehypeFragmentLinks({ prefix }: FragmentLinksOptions) {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const target = decodeFragment(href.slice(1));
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`;
    });
  };
}

/** A `#fragment` as the id it names: percent-decoded, or as written when it is not valid percent-encoding. */
export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
