import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { decodeFragment } from './rehype-fragment-links';

/** Options of {@link rehypeIdPrefix}. */
export interface IdPrefixOptions {
  /** Put before every id; nothing is changed when empty. */
  prefix?: string;
}

// Attributes that name ids of the same document (footnote references point at their label).
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy'] as const;

/**
 * Puts a prefix before every id of a body and before every reference to one (`#fragment` links,
 * `aria-describedby`, `aria-labelledby`), so that a body shown on a page next to another (an author's bio
 * under a post) keeps its links working without ever repeating one of the other's ids.
 */
export default function rehypeIdPrefix({ prefix = '' }: IdPrefixOptions = {}) {
  return (tree: Root) => {
    if (!prefix) return;
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const { id, href } = node.properties;
      if (typeof id === 'string') node.properties.id = prefix + id;
      if (typeof href === 'string' && href.startsWith('#') && ids.has(decodeFragment(href.slice(1)))) {
        node.properties.href = `#${prefix}${href.slice(1)}`;
      }
      for (const key of ID_REFERENCES) {
        const references = node.properties[key];
        if (Array.isArray(references)) node.properties[key] = references.map((ref) => (ids.has(String(ref)) ? prefix + ref : ref));
      }
    });
  };
}
