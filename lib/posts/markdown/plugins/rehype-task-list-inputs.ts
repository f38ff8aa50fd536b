import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Removes every form control except the checkbox that opens a GFM task-list item, so that raw HTML in a
 * post cannot add text fields or buttons. Runs before sanitizing, which then makes the checkbox disabled.
 */
export default function rehypeTaskListInputs() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const isFormControl = ['input', 'button', 'select', 'textarea', 'form'].includes(node.tagName);
      if (!isFormControl || isTaskCheckbox(node, parent, index, ancestorItem(tree, parent))) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** The task-list item a checkbox sits in: its parent, or in a loose list the item around its paragraph. */
function ancestorItem(tree: Root, parent: Root | Element): Element | undefined {
  if (parent.type !== 'element') return undefined;
  if (parent.tagName === 'li') return parent;
  if (parent.tagName !== 'p') return undefined;
  let item: Element | undefined;
  visit(tree, 'element', (candidate: Element) => {
    if (candidate.tagName === 'li' && candidate.children.includes(parent)) item = candidate;
  });
  return item;
}

function isTaskCheckbox(node: Element, parent: Root | Element, index: number, item: Element | undefined): boolean {
  if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || !item) return false;
  const classes = item.properties.className;
  if (!Array.isArray(classes) || !classes.includes('task-list-item')) return false;
  // The checkbox opens the item: nothing but white space before it, in the item or in its first paragraph.
  const blank = (child: Root['children'][number]) => child.type === 'text' && !child.value.trim();
  if (parent !== item && !item.children.slice(0, item.children.indexOf(parent as Element)).every(blank)) return false;
  return parent.children.slice(0, index).every(blank);
}
