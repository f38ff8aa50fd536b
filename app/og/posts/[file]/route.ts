import { formatDate } from '@/lib/dates';
import { postSocialImage } from '@/lib/metadata';
import { cachedOgImage } from '@/lib/og/image';
import { ogImagePath } from '@/lib/og/paths';
import { decodeParam } from '@/lib/paths';
import { defaultLoadOptions, getAllPosts, getPostBySlug } from '@/lib/posts';
import { site } from '@/lib/site';
import { orPlaceholder } from '@/lib/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** A card image for every post that social networks cannot share with its cover. */
export function generateStaticParams() {
  const generated = getAllPosts().filter((post) => postSocialImage(post).url.endsWith(ogImagePath(post.slug)));
  return orPlaceholder(generated.map((post) => ({ file: `${post.slug}.png` })), ['file']);
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const post = getPostBySlug(decodeParam((await params).file).replace(/\.png$/, ''));
  if (!post) return new Response('Not found', { status: 404 });
  const png = await cachedOgImage({
    title: post.title,
    byline: `${post.authors.map((author) => author.name).join(', ')} · ${formatDate(post.date)}`,
    siteName: site.name,
  }, defaultLoadOptions().cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
