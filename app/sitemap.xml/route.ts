import { absoluteUrl } from '@/lib/site';
import { sitemapEntries } from '@/lib/output/page-graph';
import { chunkEntries, sitemapIndexXml, sitemapPartPath, urlsetXml } from '@/lib/output/sitemap';

export const dynamic = 'force-static';

/** The sitemap; past 50,000 URLs, an index of the files under /sitemaps/. */
export function GET() {
  const chunks = chunkEntries(sitemapEntries());
  const xml = chunks.length <= 1 ? urlsetXml(chunks[0] ?? []) : sitemapIndexXml(chunks.map((_, index) => absoluteUrl(sitemapPartPath(index + 1))));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
