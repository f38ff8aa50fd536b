import Link from 'next/link';
import { PAGE_IDS } from '@/lib/page-ids';
import type { Post } from '@/lib/posts';
import { FormattedDate } from './formatted-date';
import { t } from '@/lib/i18n';

/** Up to three related posts. */
export function RelatedPosts({ posts }: { posts: ReadonlyArray<Post> }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby={PAGE_IDS.related}>
      <h2 id={PAGE_IDS.related} className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        {t.relatedPosts}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
            <Link href={post.url} className="font-semibold text-zinc-900 underline-offset-4 hover:underline dark:text-zinc-100">
              {post.title}
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              <FormattedDate date={post.date} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
