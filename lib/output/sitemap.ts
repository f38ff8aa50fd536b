// The sitemap's files: which URLs they list is the page graph's (sitemapEntries in lib/output/page-graph.ts).
import { isoDateTime } from '../posts/dates';
import { xmlDocument, xmlElement, xmlLineElement } from './xml-text';

/** One URL of the sitemap. */
export interface SitemapEntry {
  url: string;
  /** Only for pages with a meaningful last change: posts, and the lists that show the newest post. */
  lastModified?: Date;
}

/** The most URLs one sitemap file may list (sitemaps.org); past it, /sitemap.xml becomes an index. */
export const SITEMAP_LIMIT = 50_000;

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

/** The name of the n-th (1-based) sitemap file when the site needs an index. */
export const sitemapPartFile = (n: number) => `${n}.xml`;

/** Where the n-th (1-based) sitemap file lives when the site needs an index. */
export const sitemapPartPath = (n: number) => `/sitemaps/${sitemapPartFile(n)}`;
