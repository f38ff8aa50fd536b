import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/**
 * Stores the plain text of the first paragraph that has any text in `file.data.firstParagraph`,
 * the source of a post's excerpt when its frontmatter gives none.
 */
export default function remarkFirstParagraph() {
  return (tree: Root, file: VFile) => {
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const text = toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
      if (text) {
        file.data.firstParagraph = text;
        return;
      }
    }
  };
}
