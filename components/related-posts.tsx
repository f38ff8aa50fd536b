import { PAGE_IDS } from '@/lib/site/page-ids';
import type { PostSummary } from '@/lib/posts';
import { PostList } from './post-list';
import { t } from '@/lib/site/i18n';

/** Up to three related posts, as the archive shows posts: cover, excerpt, reading time and tags. */
export function RelatedPosts({ posts }: { posts: ReadonlyArray<PostSummary> }) {
  if (posts.length === 0) return null;
  return (
    // "all": search takes these posts' tags for filters of the post's own otherwise.
    <section aria-labelledby={PAGE_IDS.related} data-pagefind-ignore="all">
      <h2 id={PAGE_IDS.related} className="mb-6 text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        {t.relatedPosts}
      </h2>
      <PostList posts={posts} headingLevel="h3" />
    </section>
  );
}
