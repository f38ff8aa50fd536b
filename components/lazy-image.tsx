import { pictureOf, type PictureImage } from '@/lib/output/image-variants/picture';
import type { ImageSize } from '@/lib/posts/images';
import { HastElement } from './hast-element';

/**
 * A decorative image below the fold (a card's cover, an author's avatar): `alt=""`, loaded lazily, WebP widths in
 * `srcset` when it has variants, and its real size, so that nothing moves when it arrives. `fallbackWidth` picks
 * the variant `src` names; without it `src` is the original.
 */
export function LazyImage({ image, sizes, size, fallbackWidth, placeholder, className }: { image: PictureImage; sizes: string; size: ImageSize; fallbackWidth?: number; placeholder?: boolean; className: string }) {
  const { element } = pictureOf(image, { alt: '', ...size, sizes, priority: 'lazy', formats: 'webp', fallbackWidth, placeholder, properties: { className } });
  return <HastElement node={element} />;
}
