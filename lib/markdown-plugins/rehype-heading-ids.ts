import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeHeadingIds}. */
export interface HeadingIdsOptions {
  /** Ids the page around the post already uses (`main`, `toc-heading`, ...), which headings must not take. */
  reserved?: ReadonlyArray<string>;
}

/**
 * Finishes rehype-slug's heading ids: a heading whose text has no letters or digits (an emoji alone), for
 * which GitHub's slugger yields an empty id, gets `section`, `section-1`, ...; a heading whose id the page
 * already uses (a "Main" heading would be `main`) gets the next free `-1`, `-2` suffix.
 */
export default function rehypeHeadingIds({ reserved = [] }: HeadingIdsOptions = {}) {
  return (tree: Root) => {
    const taken = new Set<string>(reserved);
    const renamed: Array<{ heading: Element; base: string }> = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      const isHeading = headingRank(node) !== undefined;
      if (isHeading && (id === '' || (typeof id === 'string' && reserved.includes(id)))) renamed.push({ heading: node, base: id || 'section' });
      else if (typeof id === 'string' && id) taken.add(id);
    });
    for (const { heading, base } of renamed) {
      let candidate = base;
      for (let n = 1; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
      taken.add(candidate);
      heading.properties.id = candidate;
    }
  };
}
