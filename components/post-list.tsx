import type { Post } from '@/lib/posts';
import { PostCard } from './post-card';

/** A list of post cards, in the order given. */
export function PostList({ posts }: { posts: ReadonlyArray<Post> }) {
  return (
    <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-8 first:pt-0">
          <PostCard post={post} />
        </li>
      ))}
    </ol>
  );
}
