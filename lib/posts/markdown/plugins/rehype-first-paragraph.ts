import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visibleText } from './visible-text';

// Elements that only wrap the body for layout (an HTML post's `<div class="entry-content">`): their paragraphs
// are the body's own. A paragraph in a quote, a list, a table or a `<details>` is not the post's opening.
const WRAPPERS = new Set(['div', 'section', 'article', 'main']);

/**
 * Stores the visible text of the first paragraph that has any in `file.data.firstParagraph`, the source of a
 * post's excerpt when its frontmatter gives none: a top-level paragraph, or one inside layout wrappers only.
 * Runs on the sanitized tree, so the excerpt holds only what the page shows: no raw HTML, no image alt text,
 * no footnote reference numbers.
 */
export default function rehypeFirstParagraph() {
  return (tree: Root, file: VFile) => {
    const text = firstParagraph(tree);
    if (text) file.data.firstParagraph = text;
  };
}

function firstParagraph(parent: Root | Element): string | undefined {
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    const text = node.tagName === 'p' ? visibleText(node) : WRAPPERS.has(node.tagName) ? firstParagraph(node) : undefined;
    if (text) return text;
  }
  return undefined;
}
