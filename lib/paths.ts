// Site paths of every kind of page, URL-encoded once here (slugs may be in any script), with the
// trailing slash every URL of the site has.

const segment = (slug: string) => encodeURIComponent(slug);

/** `/blog/<slug>/` */
export const postPath = (slug: string) => `/blog/${segment(slug)}/`;
/** `/blog/tag/<slug>/` */
export const tagPath = (slug: string) => `/blog/tag/${segment(slug)}/`;
/** `/blog/category/<slug>/` */
export const categoryPath = (slug: string) => `/blog/category/${segment(slug)}/`;
/** `/blog/author/<slug>/` */
export const authorPath = (slug: string) => `/blog/author/${segment(slug)}/`;

/** `/<slug>/`, a page outside the blog (`content/pages/<slug>.md`). */
export const contentPagePath = (slug: string) => `/${segment(slug)}/`;

/**
 * First path segments the site already uses (its routes and the files the build writes), so no page may have
 * them as its slug. Names of `public/` are taken too; the loader adds them.
 */
export const RESERVED_PAGE_SLUGS: ReadonlyArray<string> = [
  'blog', 'search', 'og', 'sitemaps', 'pagefind', 'katex', 'scripts', 'images', '404', '_next', '_not-found',
  'feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'icon.svg', 'favicon.ico', 'index',
];

/** A route param as the page should use it: Next.js may hand over non-ASCII params still percent-encoded. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value;
  }
}

/** The path segments under `/blog/` that archive pages use, so no post may have them as its slug. */
export const ARCHIVE_SEGMENTS: ReadonlyArray<string> = ['page', 'tag', 'tags', 'category', 'author'];
