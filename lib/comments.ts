// giscus comments (https://giscus.app): GitHub Discussions shown under each post, loaded only when a reader asks.
import { postPath } from './paths';

/** The giscus client every page loads on "Show comments"; its origin is the one /scripts/comments.js talks to. */
export const GISCUS_CLIENT = 'https://giscus.app/client.js';

/** The site config's `comments`: the values giscus.app gives for a repository with Discussions turned on. */
export interface CommentsConfig {
  /** The public GitHub repository holding the discussions, as `owner/name`. */
  repo: string;
  /** giscus's `data-repo-id`, such as `R_kgDOAbCdEf`. */
  repoId: string;
  /** The Discussions category new threads go in, such as `Comments` (an announcement category is best). */
  category: string;
  /** giscus's `data-category-id`, such as `DIC_kwDOAbCdEf4CZ1Yq`. */
  categoryId: string;
  /** Reactions on the post's discussion; default true. */
  reactions?: boolean;
  /** Where the comment box goes; default `bottom`. */
  inputPosition?: 'top' | 'bottom';
  /** giscus's interface language, such as `de`; default giscus's own (English). */
  lang?: string;
  /** Match a discussion by a hash of its title instead of a search (giscus's `data-strict`); default false. */
  strict?: boolean;
  /** giscus themes for the site's light and dark themes (a theme name or an https URL to a stylesheet); default `light` and `dark`. */
  themes?: { light: string; dark: string };
}

const KNOWN_FIELDS: ReadonlyArray<keyof CommentsConfig> = ['repo', 'repoId', 'category', 'categoryId', 'reactions', 'inputPosition', 'lang', 'strict', 'themes'];
const GISCUS_ID = /^[A-Za-z0-9_-]+$/;
const THEME = /^([a-z][a-z0-9_]*|https:\/\/\S+)$/;

/** Checks the site config's `comments`; throws an error naming the field, what it found and what was expected. */
export function checkComments(comments: unknown, source = 'lib/site.ts'): void {
  if (comments === undefined) return;
  const fail = (field: string, found: unknown, expected: string): never => {
    throw new Error(`${source}: comments${field ? `.${field}` : ''}: found ${JSON.stringify(found)}, expected ${expected}`);
  };
  if (typeof comments !== 'object' || comments === null || Array.isArray(comments)) fail('', comments, 'an object with repo, repoId, category and categoryId from giscus.app, or no comments field');
  const config = comments as Record<string, unknown>;
  for (const field of Object.keys(config)) {
    if (!(KNOWN_FIELDS as string[]).includes(field)) fail(field, config[field], `no such field (comments has ${KNOWN_FIELDS.join(', ')})`);
  }
  if (typeof config.repo !== 'string' || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(config.repo)) fail('repo', config.repo, 'a GitHub repository as "owner/name"');
  if (typeof config.repoId !== 'string' || !GISCUS_ID.test(config.repoId)) fail('repoId', config.repoId, 'the data-repo-id giscus.app gives, such as "R_kgDOAbCdEf"');
  if (typeof config.category !== 'string' || !config.category.trim()) fail('category', config.category, 'the name of a Discussions category, such as "Comments"');
  if (typeof config.categoryId !== 'string' || !GISCUS_ID.test(config.categoryId)) fail('categoryId', config.categoryId, 'the data-category-id giscus.app gives, such as "DIC_kwDOAbCdEf4CZ1Yq"');
  for (const field of ['reactions', 'strict'] as const) {
    if (config[field] !== undefined && typeof config[field] !== 'boolean') fail(field, config[field], 'true or false');
  }
  if (config.inputPosition !== undefined && config.inputPosition !== 'top' && config.inputPosition !== 'bottom') fail('inputPosition', config.inputPosition, '"top" or "bottom"');
  if (config.lang !== undefined && (typeof config.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(config.lang))) fail('lang', config.lang, 'a language giscus knows, such as "de" or "zh-CN"');
  if (config.themes !== undefined) {
    const themes = config.themes as Record<string, unknown>;
    if (typeof themes !== 'object' || themes === null) fail('themes', themes, 'an object { light, dark }');
    for (const scheme of ['light', 'dark']) {
      if (typeof themes[scheme] !== 'string' || !THEME.test(themes[scheme] as string)) fail(`themes.${scheme}`, themes[scheme], 'a giscus theme name such as "dark_dimmed" or an https URL of a stylesheet');
    }
  }
}

/**
 * The discussion term of a post: its path without the leading slash (`blog/<slug>/`), what giscus's `pathname`
 * mapping would use on a site at the root of its host. Written into the page (`specific` mapping), it stays the
 * same wherever the site is served and whichever alias a reader came by.
 */
export function discussionTerm(slug: string): string {
  return postPath(slug).slice(1);
}

/** Where a reader without JavaScript finds a post's discussion: the repository's Discussions, searched for its term. */
export function discussionSearchUrl(comments: Pick<CommentsConfig, 'repo'>, slug: string): string {
  return `https://github.com/${comments.repo}/discussions?${new URLSearchParams({ discussions_q: `in:title "${discussionTerm(slug)}"` })}`;
}

/**
 * The `data-*` attributes of the giscus script tag for a post, without `data-theme` (the reader's theme is known
 * only in the browser): /scripts/comments.js writes these onto the script it adds.
 */
export function giscusAttributes(comments: CommentsConfig, slug: string): Record<string, string> {
  return {
    'data-repo': comments.repo,
    'data-repo-id': comments.repoId,
    'data-category': comments.category,
    'data-category-id': comments.categoryId,
    'data-mapping': 'specific',
    'data-term': discussionTerm(slug),
    'data-strict': comments.strict ? '1' : '0',
    'data-reactions-enabled': comments.reactions === false ? '0' : '1',
    'data-emit-metadata': '0',
    'data-input-position': comments.inputPosition ?? 'bottom',
    ...(comments.lang ? { 'data-lang': comments.lang } : {}),
  };
}
