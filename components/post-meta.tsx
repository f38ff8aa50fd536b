import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { FormattedDate } from './formatted-date';
import { Icon } from './icons';
import { sameDay } from '@/lib/posts/dates';
import { t } from '@/lib/site/i18n';

/** The meta row of a post: authors, date, reading time and the modified date when it is a later day. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <p className="flex items-center gap-1.5">
        <Icon name="author" />
        <span className="sr-only">{t.by} </span>
        {post.authors.map((author, index) => (
          <span key={author.slug}>
            {index > 0 && (index === post.authors.length - 1 ? ` ${t.and} ` : ', ')}
            <Link href={author.url} rel="author" data-pagefind-filter="author" className="font-medium text-zinc-900 underline-offset-4 hover:underline dark:text-zinc-100">
              {author.name}
            </Link>
          </span>
        ))}
      </p>
      <p className="flex items-center gap-1.5">
        <Icon name="date" />
        <span className="sr-only">{t.published} </span>
        <FormattedDate date={post.date} pagefindMeta="date" />
      </p>
      <p className="flex items-center gap-1.5">
        <Icon name="readingTime" />
        {t.readingTime(post.readingMinutes)}
      </p>
      {!sameDay(post.modified, post.date) && (
        <p>
          {t.updated} <FormattedDate date={post.modified} />
        </p>
      )}
    </div>
  );
}
