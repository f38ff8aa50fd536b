import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The first `<math>` element under a node, depth first. */
function findMath(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'math') return child;
    const math = findMath(child);
    if (math) return math;
  }
  return undefined;
}

/**
 * The feed form of KaTeX formulas, in place: each formula (`.katex`, or `.katex-display` around one) becomes
 * the MathML KaTeX rendered beside its HTML. Feed readers drop the site's stylesheet, without which the HTML
 * form is a heap of letters; MathML is drawn by the reader's browser itself.
 */
export default function mathForFeeds(tree: Root): Root {
  visit(tree, 'element', (node: Element, index, parent) => {
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    if (!(classes.includes('katex') || classes.includes('katex-display')) || !parent || index === undefined) return;
    const math = findMath(node);
    if (!math) return;
    parent.children[index] = math;
    return SKIP;
  });
  return tree;
}
