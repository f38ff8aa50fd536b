import { formatDate } from '@/lib/posts/dates';
import { t } from '@/lib/site/i18n';
import { isPublished, type Post } from '@/lib/posts';

/** A draft's or scheduled post's status, at the top of its page (only preview builds and `next dev` show such posts). */
export function PostStatus({ post }: { post: Post }) {
  if (isPublished(post)) return null;
  return (
    <p data-post-status className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      {post.draft ? t.draftStatus : t.scheduledStatus(formatDate(post.date))}
    </p>
  );
}
