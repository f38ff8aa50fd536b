import { getArchive, type ArchiveKind } from './archives';
import { isoDateTime } from '../posts/dates';
import { laterPages, pagePath } from './pagination';
import { getContent, isPublished, type Content } from '../posts';
import { seriesPath } from '../site/paths';
import { absoluteUrl } from '../site';
import { xmlDocument, xmlElement, xmlLineElement } from './xml-text';

/** One URL of the sitemap. */
export interface SitemapEntry {
  url: string;
  /** Only for pages with a meaningful last change: posts, and the lists that show the newest post. */
  lastModified?: Date;
}

/** The most URLs one sitemap file may list (sitemaps.org); past it, /sitemap.xml becomes an index. */
export const SITEMAP_LIMIT = 50_000;

/** Every indexable page of the site, with canonical absolute URLs. Posts published elsewhere first are left out. */
export function sitemapEntries(content: Content = getContent()): SitemapEntry[] {
  const { tags, categories, authors, series, pages } = content;
  const posts = content.posts.filter(isPublished);
  const newest = posts.reduce<Date | undefined>((latest, post) => {
    const changed = post.modified;
    return !latest || changed > latest ? changed : latest;
  }, undefined);
  const listPages = (kind: ArchiveKind, slug?: string): SitemapEntry[] => {
    const archive = getArchive(kind, slug, content);
    if (!archive) return [];
    const pages = [1, ...laterPages(archive.posts.length)];
    return pages.map((page) => ({ url: absoluteUrl(pagePath(archive.basePath, page)) }));
  };
  return [
    { url: absoluteUrl('/'), lastModified: newest },
    ...listPages('blog').map((entry, index) => (index === 0 ? { ...entry, lastModified: newest } : entry)),
    ...posts.filter((post) => !post.canonical).map((post) => ({ url: absoluteUrl(post.url), lastModified: post.modified })),
    { url: absoluteUrl('/blog/tags/') },
    ...tags.flatMap((tag) => listPages('tag', tag.slug)),
    ...categories.flatMap((category) => listPages('category', category.slug)),
    ...authors.flatMap((author) => listPages('author', author.slug)),
    ...series.map((entry) => ({ url: absoluteUrl(seriesPath(entry.slug)) })),
    ...pages.map((page) => ({ url: absoluteUrl(page.url), lastModified: page.modified })),
  ];
}

/** Splits entries into sitemap files of at most `limit` URLs. */
export function chunkEntries<T>(entries: ReadonlyArray<T>, limit = SITEMAP_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < entries.length; start += limit) chunks.push(entries.slice(start, start + limit));
  return chunks;
}

/** The sitemaps.org namespace of both kinds of sitemap file. */
const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A `<urlset>` sitemap: one `<url>` a line. */
export function urlsetXml(entries: ReadonlyArray<SitemapEntry>): string {
  const urls = entries.map((entry) =>
    xmlLineElement('url', {}, xmlElement('loc', {}, entry.url), ...(entry.lastModified ? [xmlElement('lastmod', {}, isoDateTime(entry.lastModified))] : [])),
  );
  return xmlDocument(xmlElement('urlset', { xmlns: SITEMAP_NAMESPACE }, ...urls));
}

/** A `<sitemapindex>` of sitemap files: one `<sitemap>` a line. */
export function sitemapIndexXml(sitemapUrls: ReadonlyArray<string>): string {
  const items = sitemapUrls.map((url) => xmlLineElement('sitemap', {}, xmlElement('loc', {}, url)));
  return xmlDocument(xmlElement('sitemapindex', { xmlns: SITEMAP_NAMESPACE }, ...items));
}

/** Where the n-th (1-based) sitemap file lives when the site needs an index. */
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;
