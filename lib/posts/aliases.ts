// A post's old addresses (`aliases:`, Jekyll's `permalink:`): each becomes a page that redirects to the post,
// so no alias may be the address of a page the site already has, or another post's alias.
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_SEGMENTS, fitsSlugLength, MAX_SLUG_BYTES, ROOT_SEGMENTS, SLUG_LENGTH_LIMIT } from '../site/paths';
import { describeValue, displayPath, type ContentProblem } from '../site/errors';

/** What an alias must be, for error messages. */
export const ALIAS_EXPECTED =
  'a site path such as "/2021/03/old-post/": letters, digits, "-", ".", "_" and "~" between single slashes';

/**
 * The longest alias, in bytes once URL-encoded: five segments of the longest slug. Its redirect page's path stays
 * far below any file system's limit, and its `_redirects` line (alias, post URL, code) below the 1,000 characters
 * of a Cloudflare Pages rule.
 */
export const MAX_ALIAS_BYTES = 5 * MAX_SLUG_BYTES;

/**
 * Why a character cannot be in an alias: Netlify and Cloudflare Pages read a `_redirects` source as a pattern
 * (`*` a splat, `:name` a placeholder, whitespace between fields, `!` a forced rule, `key=value` a query match),
 * and a path with `?` or `#` is not the path a request asks for. Any other character but letters, digits and
 * `-._~` (RFC 3986's unreserved ones) is refused too: an alias means exactly one address, on every host.
 */
const CHARACTER_MEANINGS: Record<string, string> = {
  '*': '_redirects reads it as a splat that matches any path',
  ':': '_redirects reads it as a placeholder that matches any segment',
  '!': '_redirects reads it as a flag that forces the rule',
  '=': '_redirects reads it as a query match',
  '?': 'it starts a query, which is no part of the path',
  '#': 'it starts a fragment, which is no part of the path',
  '\\': 'a path separator on Windows',
};

/** An alias as the site writes it (`path`), or what it should have been (`expected`). */
export type AliasPath = { path: string } | { expected: string };

/**
 * An alias as the site writes it: percent-decoded, NFC, ending in `/` (the site's URLs all do), a last
 * `index.html` dropped (`/q/index.html` is the page of `/q/`). `/2021/03/old-post` → `/2021/03/old-post/`. Or,
 * when it is no single clean site path, what it should have been.
 */
export function readAliasPath(value: string): AliasPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value.trim()).normalize('NFC');
  } catch {
    return { expected: `${ALIAS_EXPECTED}, whose %-escapes spell UTF-8 text` };
  }
  if (!decoded.startsWith('/')) return { expected: `${ALIAS_EXPECTED}, starting with "/" (a path of this site, not a URL)` };
  const segments = decoded.slice(1).split('/');
  if (segments.at(-1) === '') segments.pop();
  if (segments.at(-1) === 'index.html') segments.pop();
  for (const segment of segments) {
    if (segment === '') return { expected: `${ALIAS_EXPECTED}, without "//"` };
    if (segment === '.' || segment === '..') return { expected: `${ALIAS_EXPECTED}, without "." or ".." segments` };
    // A last one is dropped above; any other would be a folder where the page of the one before it is written.
    if (segment === 'index.html') return { expected: `${ALIAS_EXPECTED}, with "index.html" only once, at the end` };
    const character = [...segment].find((char) => !/[\p{L}\p{M}\p{N}._~-]/u.test(char));
    if (character !== undefined) {
      const meaning = /\s/u.test(character) ? '_redirects reads it as the end of the address' : CHARACTER_MEANINGS[character];
      const name = /[\p{Cc}\p{Cf}\p{Z}]/u.test(character) ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(character);
      return { expected: `${ALIAS_EXPECTED}, without ${name}${meaning ? ` (${meaning})` : ''}` };
    }
    if (!fitsSlugLength(segment)) return { expected: `${ALIAS_EXPECTED}, each segment ${SLUG_LENGTH_LIMIT}` };
  }
  const path = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  if (encodeURI(path).length > MAX_ALIAS_BYTES) return { expected: `${ALIAS_EXPECTED}, at most ${MAX_ALIAS_BYTES} bytes once URL-encoded` };
  return { path };
}

/**
 * One alias a post asks for, with where it comes from: the post's file and the field that gave it (`aliases.0`,
 * `permalink`), or for an alias the site infers, a description of how it was found.
 */
export interface AliasClaim {
  file: string;
  field: string;
  alias: string;
}

/**
 * The claim of an alias written or inferred for a post, its path as the site writes it, or the problem with it.
 * Every alias goes through here and then through {@link checkAliases}, whatever its source.
 */
export function claimAlias(value: string, source: Omit<AliasClaim, 'alias'>): { claim: AliasClaim } | { problem: ContentProblem } {
  const read = readAliasPath(value);
  if ('expected' in read) return { problem: { ...source, found: describeValue(value), expected: read.expected } };
  return { claim: { ...source, alias: read.path } };
}

/** The site's own pages an alias may not take: posts and content pages, each slug with its file. */
export interface PageFiles {
  posts: ReadonlyMap<string, string>;
  pages: ReadonlyMap<string, string>;
}

/**
 * The problems with the aliases of all posts: an alias that is the address of one of the site's pages (the
 * home page, the blog, an archive, a post, a content page, a feed, a file of public/), or lies inside it, or that
 * another post already claims. Claims come from {@link claimAlias}, so `/q/index.html` is already `/q/`.
 */
export function checkAliases(
  claims: ReadonlyArray<AliasClaim>,
  pageFiles: PageFiles,
  publicDir: string,
): ContentProblem[] {
  return refusedAliases(claims, pageFiles, publicDir).map(({ problem }) => problem);
}

/**
 * The claims {@link checkAliases} refuses, each with its problem: for callers that treat some claims (the aliases
 * git history infers) as warnings. Earlier claims win over later ones.
 */
export function refusedAliases(
  claims: ReadonlyArray<AliasClaim>,
  pageFiles: PageFiles,
  publicDir: string,
): Array<{ claim: AliasClaim; problem: ContentProblem }> {
  const refused: Array<{ claim: AliasClaim; problem: ContentProblem }> = [];
  const owners = new Map<string, string>();
  for (const claim of claims) {
    const { file, field, alias } = claim;
    const taken = owners.get(alias);
    const page = taken ? `already an alias in ${taken}` : pageAt(alias, pageFiles, publicDir);
    if (page) {
      refused.push({
        claim,
        problem: {
          file,
          field,
          found: `${describeValue(alias)}, ${page}`,
          expected: 'an old address that no page of the site and no other alias has',
        },
      });
    } else owners.set(alias, file);
  }
  return refused;
}

/** Which of the site's pages or files an alias would replace, described; undefined when none. */
function pageAt(alias: string, pageFiles: PageFiles, publicDir: string): string | undefined {
  const nextFile = alias.split('/').some(isNextFile);
  return routeAt(alias, pageFiles, publicDir) ?? (nextFile ? 'taken by the files Next writes in every folder (__next.*, index.txt)' : undefined);
}

/**
 * The export's router payloads, beside the pages of every folder until the build deletes them, after the
 * redirect pages are written: an alias there would be a folder where Next has a file.
 */
const isNextFile = (segment: string) => segment.startsWith('__next.') || segment === 'index.txt';

/** The route or file of the site at an alias, described; undefined when none. */
function routeAt(alias: string, pageFiles: PageFiles, publicDir: string): string | undefined {
  const [first = '', second] = alias.split('/').filter(Boolean);
  if (first === '') return 'the address of the home page';
  if (first === 'blog') {
    if (second === undefined) return 'the address of the blog';
    if (ARCHIVE_SEGMENTS.includes(second)) return `an archive address (/blog/${second}/...)`;
    const post = pageFiles.posts.get(second);
    if (post) return `the address of the post in ${post}`;
    return undefined;
  }
  if (ROOT_SEGMENTS.includes(first)) return `taken by the site's own /${first}`;
  // A page's folder holds its index.html and Next's files beside it: an alias there would replace one.
  const page = pageFiles.pages.get(first);
  if (page) return `the address of the page in ${page}`;
  const file = publicFileOn(alias, publicDir);
  return file ? `taken by ${displayPath(file)}` : undefined;
}

/** A file of public/ that the alias's page would replace or sit inside: its index.html, or a file on its path. */
function publicFileOn(alias: string, publicDir: string): string | undefined {
  const segments = alias.split('/').filter(Boolean);
  const candidates = [
    ...segments.map((_, index) => path.join(publicDir, ...segments.slice(0, index + 1))),
    path.join(publicDir, ...segments, 'index.html'),
  ];
  return candidates.find((candidate) => fs.statSync(candidate, { throwIfNoEntry: false })?.isFile());
}
