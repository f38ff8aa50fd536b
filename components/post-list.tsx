import type { PostSummary } from '@/lib/posts';
import { PostCard } from './post-card';
import { t } from '@/lib/site/i18n';

/** Post cards in the order given. */
export function PostList({ posts, headingLevel = 'h2' }: { posts: ReadonlyArray<PostSummary>; headingLevel?: 'h2' | 'h3' }) {
  if (posts.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">{t.noPosts}</p>;
  return (
    <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-8 first:pt-0 last:pb-0">
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
