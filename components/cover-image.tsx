import { preload } from 'react-dom';
import { CONTENT_SIZES, SINGLE_WIDTH } from '@/lib/output/image-variants/plan';
import { pictureOf } from '@/lib/output/image-variants/picture';
import type { Post } from '@/lib/posts';
import { HastElement } from './hast-element';
import { UNKNOWN_COVER_SIZE } from '@/lib/posts/images';

/**
 * A post's cover with its alt text. Local images carry their real width and height and remote ones a
 * 1200:630 box, so the page never shifts while the image loads. It is the page's largest image: fetched with
 * high priority, its variants preloaded from the head, its dominant colour shown until it arrives.
 */
export function CoverImage({ cover }: { cover: NonNullable<Post['cover']> }) {
  const size = cover.size ?? UNKNOWN_COVER_SIZE;
  const { element, preload: files } = pictureOf(cover, {
    alt: cover.alt,
    ...size,
    sizes: CONTENT_SIZES,
    priority: 'high',
    formats: 'all',
    fallbackWidth: SINGLE_WIDTH,
    placeholder: true,
    properties: { className: 'h-auto w-full rounded-xl bg-zinc-100 object-cover dark:bg-zinc-900' },
  });
  // The preload names the best format's srcset: every browser that reads `imagesrcset` shows WebP.
  if (files) preload(files.href, { as: 'image', imageSrcSet: files.imageSrcSet, imageSizes: files.imageSizes, type: files.type, fetchPriority: 'high' });
  return <HastElement node={element} />;
}
