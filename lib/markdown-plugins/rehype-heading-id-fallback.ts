import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';

/**
 * Gives headings whose text has no letters or digits (an emoji alone, say), for which GitHub's slugger
 * yields an empty id, a unique id `section`, `section-1`, ... so that every heading can be linked.
 */
export default function rehypeHeadingIdFallback() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const empty: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id === 'string' && id) ids.add(id);
      else if (headingRank(node) && id === '') empty.push(node);
    });
    for (const heading of empty) {
      let candidate = 'section';
      for (let n = 1; ids.has(candidate); n += 1) candidate = `section-${n}`;
      ids.add(candidate);
      heading.properties.id = candidate;
    }
  };
}
