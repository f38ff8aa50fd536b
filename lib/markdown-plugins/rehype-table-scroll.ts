import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps each table in a container that scrolls sideways, so a table wider than the column scrolls on its own
 * instead of widening the whole page on a phone. The container can take focus (keyboard users scroll it with
 * the arrow keys) and is a named region, so screen readers say what they have focused.
 */
export default function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = h('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' }, [node]);
      return SKIP;
    });
  };
}
