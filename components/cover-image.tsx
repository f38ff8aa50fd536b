import { preload } from 'react-dom';
import { CONTENT_SIZES, pictureSources, variantNear } from '@/lib/image-variants/plan';
import type { Post } from '@/lib/posts';
import { srcsetWithBasePath, withBasePath } from '@/lib/site';

/**
 * A post's cover with its alt text. Local images carry their real width and height and remote ones a
 * 1200:630 box, so the page never shifts while the image loads. It is the page's largest image: fetched with
 * high priority, its variants preloaded from the head, its dominant colour shown until it arrives.
 */
export function CoverImage({ cover }: { cover: NonNullable<Post['cover']> }) {
  const { alt, variants } = cover;
  const size = cover.size ?? { width: 1200, height: 630 };
  const sources = variants ? pictureSources(variants) : [];
  const best = sources[0];
  // The preload names the best format's srcset: every browser that reads `imagesrcset` shows WebP.
  if (variants && best) preload(withBasePath(variantNear(variants, 1200).src), { as: 'image', imageSrcSet: srcsetWithBasePath(best.srcset), imageSizes: CONTENT_SIZES, type: best.type, fetchPriority: 'high' });
  const image = (
    // eslint-disable-next-line @next/next/no-img-element -- a static export serves images as they are
    <img
      src={withBasePath(variants ? variantNear(variants, 1200).src : cover.src)}
      srcSet={sources.length > 0 ? srcsetWithBasePath(sources.at(-1)!.srcset) : undefined}
      sizes={variants ? CONTENT_SIZES : undefined}
      alt={alt}
      width={size.width}
      height={size.height}
      fetchPriority="high"
      decoding="async"
      style={variants ? { backgroundColor: variants.color } : undefined}
      className="h-auto w-full rounded-xl bg-zinc-100 object-cover dark:bg-zinc-900"
    />
  );
  if (sources.length < 2) return image;
  return (
    <picture>
      {sources.slice(0, -1).map(({ type, srcset }) => (
        <source key={type} type={type} srcSet={srcsetWithBasePath(srcset)} sizes={CONTENT_SIZES} />
      ))}
      {image}
    </picture>
  );
}
