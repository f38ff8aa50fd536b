import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { Icon } from './icons';

/** Links to the previous (older) and next (newer) posts. */
export function PostNav({ previous, next }: { previous?: Post; next?: Post }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next posts" className="grid gap-4 sm:grid-cols-2">
      {previous && (
        <Link
          href={previous.url}
          rel="prev"
          className="group hover:border-accent-600 dark:hover:border-accent-400 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
        >
          <span className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
            <Icon name="previous" />
            Previous post
          </span>
          <span className="mt-1 block font-semibold text-zinc-900 group-hover:underline dark:text-zinc-100">{previous.title}</span>
        </Link>
      )}
      {next && (
        <Link
          href={next.url}
          rel="next"
          className="group hover:border-accent-600 dark:hover:border-accent-400 rounded-xl border border-zinc-200 p-4 text-right sm:col-start-2 dark:border-zinc-800"
        >
          <span className="flex items-center justify-end gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
            Next post
            <Icon name="next" />
          </span>
          <span className="mt-1 block font-semibold text-zinc-900 group-hover:underline dark:text-zinc-100">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
