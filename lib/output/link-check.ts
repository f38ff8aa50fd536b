import fs from 'node:fs';
import { publicFile } from '../posts/images';
import { decodeFragment } from '../posts/markdown/plugins/rehype-fragment-links';
import { describeValue, type Content, type ContentProblem, type FileLink } from '../posts';
import { siteOutputs } from './page-graph';

/** Every path the build writes a page or file at, from the page graph (files copied from public/ are checked on disk instead). */
function sitePaths(content: Content): Set<string> {
  return new Set(siteOutputs(content).map((output) => normalizeSitePath(output.path)));
}

/** A path as the site serves it: decoded, without query or fragment, with the trailing slash of a page. */
export function normalizeSitePath(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path).normalize('NFC');
  } catch {
    // Left as written: it matches nothing, and the link is reported.
  }
  return decoded.endsWith('/') || /\.[a-z0-9]+$/i.test(decoded) ? decoded : `${decoded}/`;
}

/** The links to paths of the site that lead nowhere: no page the build writes and no file under public/. */
export function findBrokenLinks(content: Content, links: ReadonlyArray<FileLink>, publicDir: string): FileLink[] {
  const known = sitePaths(content);
  return links.filter(({ href }) => !known.has(normalizeSitePath(href)) && !isPublicFile(href, publicDir));
}

/**
 * The links to a `#fragment` of a post or page that no heading (h2, h3) of it has as its id: the link leads to
 * the top of the page instead of the section. Links to other pages' fragments are not checked.
 */
export function findBrokenFragments(content: Content, links: ReadonlyArray<FileLink>): FileLink[] {
  const headingIds = new Map<string, Set<string>>();
  for (const { url, headings } of [...content.posts, ...content.pages]) headingIds.set(normalizeSitePath(url), new Set(headings.map((heading) => heading.id)));
  return links.filter(({ href }) => {
    const hash = href.indexOf('#');
    if (hash === -1 || hash === href.length - 1) return false;
    const ids = headingIds.get(normalizeSitePath(href));
    return ids !== undefined && !ids.has(decodeFragment(href.slice(hash + 1)));
  });
}

/**
 * The links posts make to paths of the site that lead nowhere ({@link findBrokenLinks}). One problem per link,
 * naming the file and line, so a deleted or renamed post cannot leave silent 404s behind it.
 */
export function brokenSiteLinks(content: Content, links: ReadonlyArray<FileLink>, publicDir: string): ContentProblem[] {
  return findBrokenLinks(content, links, publicDir)
    .map(({ file, line, href }) => ({
      file: `${file}:${line}`,
      field: 'body',
      found: `a link to ${describeValue(href)}, which is no page of the site`,
      expected: 'a link to a post, tag, category or author page that exists, or to a file under public/',
    }));
}

function isPublicFile(href: string, publicDir: string): boolean {
  const file = publicFile(href, publicDir);
  return file !== undefined && fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}
