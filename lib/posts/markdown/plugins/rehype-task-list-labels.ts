import type { Element, ElementContent, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Names each task-list checkbox after its item's text (`aria-label`), so assistive technology reads "Done,
 * checkbox, checked" rather than an unnamed checkbox. Runs after sanitizing, when the only inputs left are
 * the checkboxes that open task-list items, so the label is never the author's own attribute. An item without
 * text gets `fallback` ("Task").
 */
export default function rehypeTaskListLabels({ fallback }: { fallback: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || parent?.type !== 'element') return;
      node.properties.ariaLabel = itemText(parent.children) || fallback;
    });
  };
}

/** The text beside the checkbox: its paragraph or item, without the nested lists of sub-tasks. */
function itemText(siblings: ElementContent[]): string {
  const own = siblings.filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')));
  return own
    .map((child) => hastToString(child))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
