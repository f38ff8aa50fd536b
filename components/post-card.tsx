import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { FormattedDate } from './formatted-date';
import { TagList } from './tag-list';
import { t } from '@/lib/i18n';

/** A post in a list: date and reading time, the title as a link, the excerpt and the tags. */
export function PostCard({ post, headingLevel = 'h2' }: { post: Post; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="space-y-2">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <FormattedDate date={post.date} /> · {t.readingTime(post.readingMinutes)}
      </p>
      <Heading className="text-xl font-semibold tracking-tight text-zinc-900 sm:text-2xl dark:text-zinc-50">
        <Link href={post.url} className="hover:text-accent-700 dark:hover:text-accent-300 underline-offset-4 hover:underline">
          {post.title}
        </Link>
      </Heading>
      <p className="leading-relaxed text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>
      <div className="text-sm">
        <TagList tags={post.tags} />
      </div>
    </article>
  );
}
