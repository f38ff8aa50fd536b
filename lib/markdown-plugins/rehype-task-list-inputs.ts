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
      if (!isFormControl || isTaskCheckbox(node, parent, index)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

function isTaskCheckbox(node: Element, parent: Root | Element, index: number): boolean {
  if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return false;
  if (parent.type !== 'element' || parent.tagName !== 'li') return false;
  const classes = parent.properties.className;
  if (!Array.isArray(classes) || !classes.includes('task-list-item')) return false;
  // The checkbox is the first element of the item, possibly inside its first paragraph.
  return parent.children.slice(0, index).every((child) => child.type === 'text' && !child.value.trim());
}
