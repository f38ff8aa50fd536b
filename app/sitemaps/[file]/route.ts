import { chunkEntries, sitemapEntries, urlsetXml } from '@/lib/output/sitemap';
import { orPlaceholder } from '@/lib/output/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The parts of a sitemap too large for one file; none on a site under 50,000 URLs. */
export function generateStaticParams() {
  const chunks = chunkEntries(sitemapEntries());
  const parts = chunks.length > 1 ? chunks.map((_, index) => ({ file: `${index + 1}.xml` })) : [];
  return orPlaceholder(parts, ['file']);
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const part = Number((await params).file.replace(/\.xml$/, ''));
  const chunk = chunkEntries(sitemapEntries())[part - 1];
  if (!chunk) return new Response('Not found', { status: 404 });
  return new Response(urlsetXml(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
