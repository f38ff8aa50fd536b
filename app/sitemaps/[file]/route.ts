import { sitemapEntries, staticParamsOf } from '@/lib/output/page-graph';
import { chunkEntries, urlsetXml } from '@/lib/output/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The parts of a sitemap too large for one file; none on a site under 50,000 URLs. */
export const generateStaticParams = () => staticParamsOf('/sitemaps/[file]');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const part = Number((await params).file.replace(/\.xml$/, ''));
  const chunk = chunkEntries(sitemapEntries())[part - 1];
  if (!chunk) return new Response('Not found', { status: 404 });
  return new Response(urlsetXml(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
