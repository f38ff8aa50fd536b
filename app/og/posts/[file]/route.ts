import { cachedOgImage } from '@/lib/output/og/image';
import { decodeParam } from '@/lib/site/paths';
import { cacheDir, cacheEnabled } from '@/lib/build-contract';
import { getContent } from '@/lib/posts';
import { postOgCard, staticParamsOf } from '@/lib/output/page-graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** A card image for every post that social networks cannot share with its cover. */
export const generateStaticParams = () => staticParamsOf('/og/posts/[file]');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const post = getContent().postBySlug.get(decodeParam((await params).file).replace(/\.png$/, ''));
  if (!post) return new Response('Not found', { status: 404 });
  const png = await cachedOgImage(postOgCard(post), cacheEnabled() ? cacheDir() : undefined);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
