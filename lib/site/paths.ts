// Site paths of every kind of page, URL-encoded once here (slugs may be in any script), with the
// trailing slash every URL of the site has.
import { SEARCH_INDEX_FOLDER } from '../build-contract';

const segment = (slug: string) => encodeURIComponent(slug);

/** `/blog/<slug>/` */
export const postPath = (slug: string) => `/blog/${segment(slug)}/`;
/** `/blog/tag/<slug>/` */
export const tagPath = (slug: string) => `/blog/tag/${segment(slug)}/`;
/** `/blog/category/<slug>/` */
export const categoryPath = (slug: string) => `/blog/category/${segment(slug)}/`;
/** `/blog/author/<slug>/` */
export const authorPath = (slug: string) => `/blog/author/${segment(slug)}/`;
/** `/blog/series/<slug>/` */
export const seriesPath = (slug: string) => `/blog/series/${segment(slug)}/`;

/** `/<slug>/`, a page outside the blog (`content/pages/<slug>.md`). */
export const contentPagePath = (slug: string) => `/${segment(slug)}/`;


/**
 * The longest slug, in bytes once percent-encoded: a slug becomes a URL segment and a file name in `out/` and
 * `.next/server/` (percent-encoded, so "日本語" takes 27 bytes), where Next adds suffixes of up to 13 bytes
 * (`.segments`, `.prefetch.rsc`, `.png.body`). 100 bytes keeps every name within the 143 bytes of eCryptfs, and
 * within the 255 of common file systems even if an encoded name is encoded once more (`%` to `%25`).
 */
export const MAX_SLUG_BYTES = 100;

/** The slug length limit in words, for error messages. */
export const SLUG_LENGTH_LIMIT = `at most ${MAX_SLUG_BYTES} bytes once URL-encoded (about ${MAX_SLUG_BYTES} ASCII letters or 11 CJK characters)`;

/** Whether a slug fits {@link MAX_SLUG_BYTES} once URL-encoded. */
export function fitsSlugLength(slug: string): boolean {
  return encodeURIComponent(slug).length <= MAX_SLUG_BYTES;
}

/** A route param as the page should use it: Next.js may hand over non-ASCII params still percent-encoded. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value;
  }
}

/** The path segments under `/blog/` that archive pages use, so no post may have them as its slug. */
export const ARCHIVE_SEGMENTS: ReadonlyArray<string> = ['page', 'tag', 'tags', 'category', 'author', 'series'];

/**
 * The first path segments the site's own files take at its root: the routes under app/ (the icon sprite among
 * them) and what the export adds (Next's files, the search index, KaTeX, image variants, the redirect and header rules). No page slug or post alias may be
 * one of them; names in `public/` are taken too, and the loader adds those.
 */
export const ROOT_SEGMENTS: ReadonlyArray<string> = [
  'blog',
  'search',
  'og',
  'icons',
  'sitemaps',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'sitemap.xml',
  'robots.txt',
  'icon.svg',
  'favicon.ico',
  'index',
  'index.html',
  'index.txt',
  '404',
  '404.html',
  '_next',
  '_not-found',
  SEARCH_INDEX_FOLDER,
  'katex',
  '_img',
  '_redirects',
  '_headers',
];
