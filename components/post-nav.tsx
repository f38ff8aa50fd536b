import Link from 'next/link';
import type { PostLink } from '@/lib/posts';
import { Icon } from './icons';
import { t } from '@/lib/site/i18n';

/** Links to the previous (older) and next (newer) posts. */
export function PostNav({ previous, next }: { previous?: PostLink; next?: PostLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={t.postNav} className="grid gap-4 sm:grid-cols-2">
      {previous && <PostNavLink post={previous} direction="previous" />}
      {next && <PostNavLink post={next} direction="next" />}
    </nav>
  );
}

/** One side of {@link PostNav}: older posts on the left, newer on the right. */
function PostNavLink({ post, direction }: { post: PostLink; direction: 'previous' | 'next' }) {
  const isNext = direction === 'next';
  return (
    <Link
      href={post.url}
      rel={isNext ? 'next' : 'prev'}
      className={`group hover:border-accent-600 dark:hover:border-accent-400 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800 ${isNext ? 'text-right sm:col-start-2' : ''}`}
    >
      <span className={`flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400 ${isNext ? 'flex-row-reverse' : ''}`}>
        <Icon name={direction} />
        {isNext ? t.nextPost : t.previousPost}
      </span>
      <span className="mt-1 block font-semibold text-zinc-900 group-hover:underline dark:text-zinc-100">{post.title}</span>
    </Link>
  );
}
