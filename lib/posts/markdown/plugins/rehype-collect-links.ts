import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { absoluteUrl, withBasePath, withoutBasePath } from '../../../site';
import { isRootRelative } from './url-attributes';

/** A link to a page of the site, as a site path (`/blog/a/#part`), and where the body wrote it. */
export interface SiteLink {
  href: string;
  line: number;
  column: number;
}

/**
 * Lists the links of the body that point into the site in `file.data.siteLinks`, with their place, so the build
 * can report the ones that lead nowhere. Root-relative (`/blog/…`), relative (`../other/`), same-page (`#part`)
 * and absolute links to the site's own address all count, each resolved against the page's URL
 * (`file.data.pageUrl`) to a site path. Footnote links are the pipeline's own and always lead somewhere. Runs
 * after sanitizing: only links a reader can follow are listed. Under a base path (site.config.ts), a root-relative
 * link is a site path, which rehype-base-path prefixes later; a link that leaves the base path is not into the site.
 */
export default function rehypeCollectLinks() {
  return (tree: Root, file: VFile) => {
    const base = new URL(file.data.pageUrl ?? absoluteUrl('/'));
    const links: SiteLink[] = [];
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || href.startsWith('//')) return;
      if (node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined) return;
      let url: URL;
      try {
        url = new URL(isRootRelative(href) ? withBasePath(href) : href, base);
      } catch {
        return; // Not a URL at all: no browser follows it into the site either.
      }
      const sitePath = url.origin === base.origin ? withoutBasePath(url.pathname) : undefined;
      if (sitePath === undefined) return;
      links.push({ href: sitePath + url.search + url.hash, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    });
    file.data.siteLinks = links;
  };
}
