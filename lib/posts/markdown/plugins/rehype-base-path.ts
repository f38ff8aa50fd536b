import type { Root } from 'hast';
import { basePath as siteBasePath, withBasePath } from '../../../site';
import { rewriteUrls } from './url-attributes';

/**
 * Puts the site's base path (site.config.ts) before every root-relative URL of a body, in place: an author links to
 * `/blog/other/` and shows `/images/a.png`, site paths, and a site served under `/my-blog/` must send the
 * browser to `/my-blog/blog/other/`. Relative, fragment and absolute URLs are left alone. A site at the root of
 * its host has no base path, and its bodies are not touched.
 */
export default function rehypeBasePath({ basePath }: { basePath?: string } = {}) {
  return (tree: Root) => {
    // The site's, looked up per body: the processor is made when lib/posts/markdown/pipeline.ts is imported, before any config is read.
    const base = basePath ?? siteBasePath();
    if (base) rewriteUrls(tree, (url) => withBasePath(url, base));
  };
}
