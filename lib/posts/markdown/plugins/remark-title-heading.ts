import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Options of {@link remarkTitleHeading}. */
export interface TitleHeadingOptions {
  /** The post's title, which the page shows as its only `h1`. */
  title?: string;
}

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Keeps the page title the only `h1`: drops a leading `# Title` equal to the post title, and if the body
 * still has `h1`s, moves every heading one level down so the outline below the title stays intact.
 */
export default function remarkTitleHeading(options: TitleHeadingOptions = {}) {
  return (tree: Root) => {
    const first = tree.children[0];
    if (
      options.title &&
      first?.type === 'heading' &&
      first.depth === 1 &&
      normalize(toString(first)) === normalize(options.title)
    ) {
      tree.children.shift();
    }
    const headings: Heading[] = [];
    collectHeadings(tree, headings);
    if (!headings.some((heading) => heading.depth === 1)) return;
    for (const heading of headings) heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth'];
  };
}

function collectHeadings(node: { children?: unknown[] }, into: Heading[]): void {
  for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) {
    if (child.type === 'heading') into.push(child as Heading);
    else collectHeadings(child, into);
  }
}
