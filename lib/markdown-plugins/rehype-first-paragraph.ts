import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Stores the visible text of the first top-level paragraph that has any in `file.data.firstParagraph`, the
 * source of a post's excerpt when its frontmatter gives none. Runs on the sanitized tree, so the excerpt holds
 * only what the page shows: no raw HTML, no image alt text, no footnote reference numbers.
 */
export default function rehypeFirstParagraph() {
  return (tree: Root, file: VFile) => {
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const text = visibleText(node);
      if (text) {
        file.data.firstParagraph = text;
        return;
      }
    }
  };
}

function visibleText(paragraph: Element): string {
  let text = '';
  visit(paragraph, (node) => {
    if (node.type === 'element' && node.properties.dataFootnoteRef !== undefined) return SKIP;
    if (node.type === 'text') text += node.value;
  });
  return text.replace(/\s+/g, ' ').trim();
}
