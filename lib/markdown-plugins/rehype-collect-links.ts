import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A link to a page of the site, and the line of the body it was written on. */
export interface SiteLink {
  href: string;
  line: number;
}

/**
 * Lists the links of the body that point into the site (`/blog/…`, `/images/…`) in `file.data.siteLinks`,
 * with their line, so the build can report the ones that lead nowhere. Runs after sanitizing: only links a
 * reader can follow are listed.
 */
export default function rehypeCollectLinks() {
  return (tree: Root, file: VFile) => {
    const links: SiteLink[] = [];
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      links.push({ href, line: node.position?.start.line ?? 0 });
    });
    file.data.siteLinks = links;
  };
}
