import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A heading of a post, for its table of contents. */
export interface TocHeading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/**
 * Lists the `h2` and `h3` headings that have ids in `file.data.headings`, in document order. Visually
 * hidden headings (the footnotes label) are left out: a reader cannot see where they would lead.
 */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: TocHeading[] = [];
    visit(tree, 'element', (node: Element) => {
      const rank = headingRank(node);
      const id = node.properties.id;
      if ((rank !== 2 && rank !== 3) || typeof id !== 'string') return;
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('sr-only')) return;
      headings.push({ depth: rank, text: toString(node).replace(/\s+/g, ' ').trim(), id });
    });
    file.data.headings = headings;
  };
}
