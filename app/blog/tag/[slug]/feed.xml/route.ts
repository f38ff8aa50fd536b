import { decodeParam } from '@/lib/site/paths';
import { tagFeed } from '@/lib/output/site-feeds';
import { staticParamsOf } from '@/lib/output/page-graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => staticParamsOf('/blog/tag/[slug]/feed.xml');

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = tagFeed(decodeParam((await params).slug));
  if (!feed) return new Response('Not found', { status: 404 });
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
