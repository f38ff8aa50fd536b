import Link from 'next/link';
import { CARD_COVER_SIZES } from '@/lib/output/image-variants/plan';
import type { PostSummary } from '@/lib/posts';
import { FormattedDate } from './formatted-date';
import { LazyImage } from './lazy-image';
import { TagList } from './tag-list';
import { t } from '@/lib/site/i18n';
import { UNKNOWN_COVER_SIZE } from '@/lib/posts/images';

/**
 * A post in a list: date and reading time, the title as a link, the excerpt, the tags, and the cover small beside
 * them when the post has one (above the excerpt on phones, where it sits by the title). A post without a cover is
 * the same text in the same place.
 */
export function PostCard({ post, headingLevel = 'h2' }: { post: PostSummary; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const { cover } = post;
  // With a cover: two columns, the cover spanning the rows of the meta line and title (phones) or all (from sm).
  const wide = cover ? 'col-span-2 sm:col-span-1' : '';
  return (
    <article className={cover ? 'grid grid-cols-[minmax(0,1fr)_6rem] content-start gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,1fr)_12rem] sm:gap-x-6' : 'space-y-2'}>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <FormattedDate date={post.date} /> · {t.readingTime(post.readingMinutes)}
      </p>
      <Heading className="text-xl font-semibold tracking-tight text-zinc-900 sm:text-2xl dark:text-zinc-50">
        <Link href={post.url} className="hover:text-accent-700 dark:hover:text-accent-300 underline-offset-4 hover:underline">
          {post.title}
        </Link>
      </Heading>
      <p className={`leading-relaxed text-zinc-700 dark:text-zinc-300 ${wide}`}>{post.excerpt}</p>
      {post.tags.length > 0 && (
        <div className={`text-sm ${wide}`}>
          <TagList tags={post.tags} />
        </div>
      )}
      {cover && <CardCover cover={cover} rows={post.tags.length > 0 ? 'sm:row-[1/span_4]' : 'sm:row-[1/span_3]'} />}
    </article>
  );
}

/**
 * A cover as a card shows it: small, lazy, in WebP where the build made variants (every browser that reads
 * `srcset` shows WebP), at its real proportions so that nothing moves when it arrives. Decorative: the title
 * beside it names the post.
 */
function CardCover({ cover, rows }: { cover: NonNullable<PostSummary['cover']>; rows: string }) {
  return (
    <LazyImage
      image={cover}
      sizes={CARD_COVER_SIZES}
      size={cover.size ?? UNKNOWN_COVER_SIZE}
      fallbackWidth={480}
      placeholder
      className={`col-start-2 row-[1/span_2] h-auto w-24 self-start rounded-lg bg-zinc-100 object-cover sm:w-48 dark:bg-zinc-900 ${rows}`}
    />
  );
}
