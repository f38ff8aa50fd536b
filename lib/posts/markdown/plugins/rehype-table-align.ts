import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Replaces the `align` attribute that GFM tables put on cells (obsolete in HTML) with a class,
 * `align-left`, `align-center` or `align-right`, which the site's CSS turns into `text-align`.
 */
export default function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const align = node.properties.align;
      if (typeof align !== 'string') return;
      delete node.properties.align;
      if (!['left', 'center', 'right'].includes(align.toLowerCase())) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align.toLowerCase()}`];
    });
  };
}
