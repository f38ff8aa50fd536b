import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { listFiles } from '../../lib/files';
import { withoutBasePath } from '../../lib/site';

/** Every `.html` file under a folder, as paths relative to it. */
export function listHtmlFiles(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith('.html'));
}

/** The file a site path is served from (`/blog/` -> blog/index.html), or undefined (also for paths that leave `root`). */
export function resolveSitePath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = path.join(root, decoded);
  if (decoded.includes('\0') || path.relative(root, candidate).startsWith('..')) return undefined;
  const file = fs.statSync(candidate, { throwIfNoEntry: false })?.isDirectory() ? path.join(candidate, 'index.html') : candidate;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/**
 * Checks every internal `href`, `src` and `srcset` of every page in a built site: each must resolve to a
 * file, and each `#fragment` to an element id on its target page. Returns one line per broken reference. A site
 * built under a base path (`/my-blog`) is checked as served there: every reference must stay under it.
 */
export function findBrokenLinks(root: string, { basePath = '' }: { basePath?: string } = {}): string[] {
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsOf.get(file);
    if (!set) {
      const html = parse(fs.readFileSync(file, 'utf8'));
      set = new Set(html.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
      idsOf.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  for (const page of listHtmlFiles(root)) {
    const pageFile = path.join(root, page);
    const pageUrl = new URL(`${basePath}/${page.split(path.sep).join('/')}`, 'http://site.invalid');
    for (const element of parse(fs.readFileSync(pageFile, 'utf8')).querySelectorAll('[href], [src], [srcset]')) {
      const references = [element.getAttribute('href'), element.getAttribute('src'), ...(element.getAttribute('srcset')?.split(',').map((c) => c.trim().split(/\s+/)[0]) ?? [])];
      for (const reference of references) {
        if (!reference || /^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) continue;
        const url = new URL(reference, pageUrl);
        const sitePath = withoutBasePath(url.pathname, basePath);
        if (sitePath === undefined) {
          broken.push(`${page}: ${reference} (outside the base path ${basePath})`);
          continue;
        }
        const target = resolveSitePath(root, sitePath);
        if (!target) {
          broken.push(`${page}: ${reference} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) broken.push(`${page}: ${reference} (no element with id "${fragment}")`);
      }
    }
  }
  return broken;
}
