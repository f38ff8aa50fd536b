import type { Post } from '@/lib/posts';

/**
 * A post's cover with its alt text. Local images carry their real width and height and remote ones a
 * 1200:630 box, so the page never shifts while the image loads. It is the page's largest image, so it is
 * fetched eagerly with high priority.
 */
export function CoverImage({ cover }: { cover: NonNullable<Post['cover']> }) {
  const { src, alt } = cover;
  const size = cover.size ?? { width: 1200, height: 630 };
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a static export serves images as they are
    <img
      src={src}
      alt={alt}
      width={size.width}
      height={size.height}
      fetchPriority="high"
      decoding="async"
      className="h-auto w-full rounded-xl bg-zinc-100 object-cover dark:bg-zinc-900"
    />
  );
}
