import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { listFiles } from '../../lib/posts/files';
import { followedTarget } from './site-files';

/** Every `.html` file under a folder, as paths relative to it. */
export function listHtmlFiles(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith('.html'));
}

/** Why a link leads nowhere, by where it leads. */
function problem(kind: 'missing' | 'outside-base' | 'malformed', basePath: string): string {
  if (kind === 'outside-base') return `outside the base path ${basePath}`;
  return kind === 'missing' ? 'no such file' : 'not a valid URL path';
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
        // A link to a folder without its slash works for readers, through the host's redirect.
        const target = followedTarget(root, url.pathname, basePath);
        if (target.kind !== 'file') {
          broken.push(`${page}: ${reference} (${problem(target.kind, basePath)})`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.file.endsWith('.html') && !ids(target.file).has(fragment)) broken.push(`${page}: ${reference} (no element with id "${fragment}")`);
      }
    }
  }
  return broken;
}
