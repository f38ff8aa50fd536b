import { slug } from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeHeadingIds}. */
export interface HeadingIdsOptions {
  /** Ids the page around the post already uses (`main`, `toc-heading`, ...), which headings must not take. */
  reserved?: ReadonlyArray<string>;
}

// Variation selectors, joiners and the like: GitHub's slugger keeps them where an emoji it drops leaves them.
const INVISIBLE_ENDS = /^\p{Default_Ignorable_Code_Point}+|\p{Default_Ignorable_Code_Point}+$/gu;

/**
 * Gives each heading without an id one from its text, by GitHub's rules (github-slugger, as rehype-slug does),
 * unique on the page: an id the page layout, a footnote or the author's HTML already uses, or an earlier
 * heading took, gets the next free `-1`, `-2`; a heading with no letters or digits (an emoji alone) gets
 * `section-1`, `section-2`, ...; no id starts or ends with an invisible character such as U+FE0F.
 */
export default function rehypeHeadingIds({ reserved = [] }: HeadingIdsOptions = {}) {
  return (tree: Root) => {
    const taken = new Set<string>(reserved);
    const unnamed: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id === 'string' && id) taken.add(id);
      else if (headingRank(node) !== undefined) unnamed.push(node);
    });
    for (const heading of unnamed) {
      const id = firstFree(slug(toString(heading)).replace(INVISIBLE_ENDS, ''), taken);
      taken.add(id);
      heading.properties.id = id;
    }
  };
}

function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (base && !taken.has(base)) return base;
  const stem = base || 'section';
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}
