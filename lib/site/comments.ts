// giscus comments (https://giscus.app): GitHub Discussions shown under each post, loaded only when a reader asks.
import { z } from 'zod';
import { configObject, matching, nonBlank } from './config-fields';
import { postPath } from './paths';

/** The giscus client every page loads on "Show comments"; its origin is the one /scripts/comments.js talks to. */
export const GISCUS_CLIENT = 'https://giscus.app/client.js';

const GISCUS_ID = /^[A-Za-z0-9_-]+$/;
const theme = matching(/^([a-z][a-z0-9_]*|https:\/\/\S+)$/, 'a giscus theme name such as "dark_dimmed" or an https URL of a stylesheet');

/** The site config's `comments`: the values giscus.app gives for a repository with Discussions turned on. */
export const commentsSchema = configObject(
  {
    /** The public GitHub repository holding the discussions, as `owner/name`. */
    repo: matching(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'a GitHub repository as "owner/name"'),
    /** giscus's `data-repo-id`, such as `R_kgDOAbCdEf`. */
    repoId: matching(GISCUS_ID, 'the data-repo-id giscus.app gives, such as "R_kgDOAbCdEf"'),
    /** The Discussions category new threads go in, such as `Comments` (an announcement category is best). */
    category: nonBlank('the name of a Discussions category, such as "Comments"'),
    /** giscus's `data-category-id`, such as `DIC_kwDOAbCdEf4CZ1Yq`. */
    categoryId: matching(GISCUS_ID, 'the data-category-id giscus.app gives, such as "DIC_kwDOAbCdEf4CZ1Yq"'),
    /** Reactions on the post's discussion; default true. */
    reactions: z.boolean({ error: 'true or false' }).optional(),
    /** Where the comment box goes; default `bottom`. */
    inputPosition: z.enum(['top', 'bottom'], { error: '"top" or "bottom"' }).optional(),
    /** giscus's interface language, such as `de`; default the site's language. */
    lang: matching(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language giscus knows, such as "de" or "zh-CN"').optional(),
    /** Match a discussion by a hash of its title instead of a search (giscus's `data-strict`); default false. */
    strict: z.boolean({ error: 'true or false' }).optional(),
    /** giscus themes for the site's light and dark themes (a theme name or an https URL to a stylesheet); default `light` and `dark`. */
    themes: configObject({ light: theme, dark: theme }, 'comments.themes', 'an object { light, dark }').optional(),
  },
  'comments',
  'an object with repo, repoId, category and categoryId from giscus.app, or no comments field',
);

/** The site config's `comments`, checked. */
export type CommentsConfig = z.output<typeof commentsSchema>;

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
