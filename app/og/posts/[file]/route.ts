import { formatDate } from '@/lib/posts/dates';
import { cachedOgImage } from '@/lib/output/og/image';
import { decodeParam } from '@/lib/site/paths';
import { cacheDir, cacheEnabled } from '@/lib/build-contract';
import { getContent } from '@/lib/posts';
import { getSite } from '@/lib/site';
import { orPlaceholder } from '@/lib/output/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** A card image for every post that social networks cannot share with its cover. */
export function generateStaticParams() {
  const generated = getContent().posts.filter((post) => post.shareImage.generated);
  return orPlaceholder(generated.map((post) => ({ file: `${post.slug}.png` })), ['file']);
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const post = getContent().postBySlug.get(decodeParam((await params).file).replace(/\.png$/, ''));
  if (!post) return new Response('Not found', { status: 404 });
  const png = await cachedOgImage({
    title: post.title,
    byline: `${post.authors.map((author) => author.name).join(', ')} · ${formatDate(post.date)}`,
    siteName: getSite().name,
  }, cacheEnabled() ? cacheDir() : undefined);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
