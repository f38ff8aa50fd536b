import fs from 'node:fs';
import { publicFile } from '../posts/images';
import { decodeFragment } from '../posts/markdown/plugins/rehype-fragment-links';
import { FEEDS } from './metadata';
import { tagPath } from '../site/paths';
import { describeValue, type Content, type ContentProblem, type FileLink } from '../posts';
import { withoutBasePath } from '../site';
import { sitemapEntries } from './sitemap';

/** Every path the build writes a page or feed at (files copied from public/ are checked on disk instead). */
function sitePaths(content: Content): Set<string> {
  // The sitemap's URLs are absolute, under the base path; links are site paths.
  const paths = new Set(sitemapEntries(content).map((entry) => withoutBasePath(new URL(entry.url).pathname) ?? ''));
  // Posts first published elsewhere are not in the sitemap, but they have pages here; old addresses redirect.
  for (const post of content.posts) for (const path of [post.url, ...post.aliases]) paths.add(path);
  for (const tag of content.tags) paths.add(`${tagPath(tag.slug)}feed.xml`);
  for (const path of ['/search/', '/sitemap.xml', '/robots.txt', ...Object.values(FEEDS).map((feed) => feed.path)]) paths.add(path);
  return new Set([...paths].map(normalizeSitePath));
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
