import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { FormattedDate } from './formatted-date';

/** A post in a list: date, title linking to it, excerpt and reading time. */
export function PostCard({ post }: { post: Post }) {
  return (
    <article>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <FormattedDate date={post.date} /> · {post.readingMinutes} min read
      </p>
      <h2 className="mt-1 text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        <Link href={post.url} className="hover:underline">
          {post.title}
        </Link>
      </h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>
    </article>
  );
}
