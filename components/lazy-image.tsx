import type { CSSProperties } from 'react';
import { pictureSources, type ImageVariants } from '@/lib/image-variants/plan';
import type { ImageSize } from '@/lib/images';
import { srcsetWithBasePath, withBasePath } from '@/lib/site';

/**
 * A decorative image below the fold (a card's cover, an author's avatar): `alt=""`, loaded lazily, WebP widths in
 * `srcset` when it has variants, and its real size, so that nothing moves when it arrives.
 */
export function LazyImage({ src, variants, sizes, size, className, style }: { src: string; variants?: ImageVariants; sizes: string; size: ImageSize; className: string; style?: CSSProperties }) {
  const webp = variants && pictureSources(variants).find((source) => source.type === 'image/webp');
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a static export serves images as they are
    <img
      src={withBasePath(src)}
      srcSet={webp && srcsetWithBasePath(webp.srcset)}
      sizes={webp ? sizes : undefined}
      alt=""
      width={size.width}
      height={size.height}
      loading="lazy"
      decoding="async"
      style={style}
      className={className}
    />
  );
}
