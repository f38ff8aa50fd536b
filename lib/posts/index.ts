import fs from 'node:fs';
import path from 'node:path';
import type { Term } from '../taxonomy';
import { loadContent, type Content, type LoadOptions } from './load';
import type { Author, Post } from './model';

export type { Author, Post, TermRef } from './model';
export type { Term } from '../taxonomy';
export { ContentError, formatProblem, formatWarning, type ContentProblem, type ContentWarning } from './errors';
export { loadContent, type Content, type LoadOptions } from './load';

/** The load options of this process: `CONTENT_DIR` (default `content/`), drafts only under `next dev`, the cache. */
export function defaultLoadOptions(): LoadOptions {
  return {
    contentDir: path.resolve(process.env.CONTENT_DIR ?? 'content'),
    publicDir: path.resolve('public'),
    includeDrafts: process.env.NODE_ENV === 'development',
    now: new Date(),
    // Shared by every process of a build (see lib/posts/cache.ts); MARGINS_CACHE=off turns it off.
    cacheDir: process.env.MARGINS_CACHE === 'off' ? undefined : path.resolve(process.env.MARGINS_CACHE_DIR ?? '.next/cache/margins'),
  };
}

let cached: { content: Content; signature: string } | undefined;

/**
 * The site's content, loaded once per process. Under `next dev` the folder is checked on each call and
 * reloaded when a file changed, so a refresh shows an edit without restarting the server.
 */
export function getContent(): Content {
  const options = defaultLoadOptions();
  const signature = options.includeDrafts ? folderSignature(options.contentDir) : options.contentDir;
  if (!cached || cached.signature !== signature) cached = { content: loadContent(options), signature };
  return cached.content;
}

function folderSignature(contentDir: string): string {
  return ['posts', 'authors']
    .flatMap((folder) => {
      const dir = path.join(contentDir, folder);
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).map((name) => `${folder}/${name}:${fs.statSync(path.join(dir, name)).mtimeMs}`);
    })
    .join('|');
}

/** Every visible post, newest first. */
export function getAllPosts(): Post[] {
  return getContent().posts;
}

/** The visible post with this slug. */
export function getPostBySlug(slug: string): Post | undefined {
  return getContent().postBySlug.get(slug);
}

/** Visible posts carrying a tag, by the tag's slug, newest first. */
export function getPostsByTag(tagSlug: string): Post[] {
  return getContent().postsByTag.get(tagSlug) ?? [];
}

/** Visible posts in a category, by the category's slug, newest first. */
export function getPostsByCategory(categorySlug: string): Post[] {
  return getContent().postsByCategory.get(categorySlug) ?? [];
}

/** Visible posts by an author, by the author's slug, newest first. */
export function getPostsByAuthor(authorSlug: string): Post[] {
  return getContent().postsByAuthor.get(authorSlug) ?? [];
}

/** Every tag of a visible post with its count, most used first. */
export function getAllTags(): Term[] {
  return getContent().tags;
}

/** Every category of a visible post with its count, most used first. */
export function getAllCategories(): Term[] {
  return getContent().categories;
}

/** Every author, by name. */
export function getAllAuthors(): Author[] {
  return getContent().authors;
}

/** The author with this slug. */
export function getAuthorBySlug(slug: string): Author | undefined {
  return getContent().authorBySlug.get(slug);
}

/** The posts just before (older) and after (newer) a post in date order. */
export function getAdjacentPosts(post: Post): { previous?: Post; next?: Post } {
  return getContent().adjacentPosts(post);
}

/** Up to three posts related to a post, by shared tags weighted by rarity, then category, then date. */
export function getRelatedPosts(post: Post): Post[] {
  return getContent().relatedPosts(post);
}
