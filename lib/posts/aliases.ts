// A post's old addresses (`aliases:`, Jekyll's `permalink:`): each becomes a page that redirects to the post,
// so no alias may be the address of a page the site already has, or another post's alias.
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_SEGMENTS, ROOT_SEGMENTS } from '../paths';
import { describeValue, displayPath, type ContentProblem } from './errors';

/** What the frontmatter schema says an alias must be. */
export const ALIAS_EXPECTED =
  'a site path such as "/2021/03/old-post/": starting with "/", without "..", "?", "#", "\\", spaces or "//"';

/**
 * An alias as the site writes it: percent-decoded, NFC, ending in `/` (the site's URLs all do), or undefined
 * when it is not a clean site path. `/2021/03/old-post` → `/2021/03/old-post/`.
 */
export function normalizeAliasPath(value: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value.trim()).normalize('NFC');
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\s?#\\]|\/\//.test(decoded) || /[\p{Cc}]/u.test(decoded))
    return undefined;
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
}

/** One alias a post asks for, with the field that gave it (`aliases.0`, `permalink`). */
export interface AliasClaim {
  file: string;
  field: string;
  alias: string;
}

/**
 * The problems with the aliases of all posts: an alias that is the address of one of the site's pages (the
 * home page, the blog, an archive, a post, a feed, a file of public/) or that another post already claims.
 * `postFiles` maps every post's slug to its file.
 */
export function checkAliases(
  claims: ReadonlyArray<AliasClaim>,
  postFiles: ReadonlyMap<string, string>,
  publicDir: string,
): ContentProblem[] {
  return refusedAliases(claims, postFiles, publicDir).map(({ problem }) => problem);
}

/**
 * The claims {@link checkAliases} refuses, each with its problem: for callers that treat some claims (the aliases
 * git history infers) as warnings. Earlier claims win over later ones.
 */
export function refusedAliases(
  claims: ReadonlyArray<AliasClaim>,
  postFiles: ReadonlyMap<string, string>,
  publicDir: string,
): Array<{ claim: AliasClaim; problem: ContentProblem }> {
  const refused: Array<{ claim: AliasClaim; problem: ContentProblem }> = [];
  const owners = new Map<string, string>();
  for (const claim of claims) {
    const { file, field, alias } = claim;
    const taken = owners.get(alias);
    const page = taken ? `already an alias in ${taken}` : pageAt(alias, postFiles, publicDir);
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
function pageAt(
  alias: string,
  postFiles: ReadonlyMap<string, string>,
  publicDir: string,
): string | undefined {
  const [first = '', second] = alias.split('/').filter(Boolean);
  if (first === '') return 'the address of the home page';
  if (first === 'blog') {
    if (second === undefined) return 'the address of the blog';
    if (ARCHIVE_SEGMENTS.includes(second)) return `an archive address (/blog/${second}/...)`;
    const post = postFiles.get(second);
    if (post) return `the address of the post in ${post}`;
    return undefined;
  }
  if (ROOT_SEGMENTS.includes(first)) return `taken by the site's own /${first}`;
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
