import type { ArchiveHead } from '@/lib/output/archives';
import type { Page } from '@/lib/output/pagination';
import type { PostSummary } from '@/lib/posts';
import { profilePageJsonLd } from '@/lib/output/structured-data';
import { AuthorCard } from './author-card';
import { JsonLd } from './json-ld';
import { PageHeader } from './page-header';
import { Pagination } from './pagination';
import { PostList } from './post-list';
import { t } from '@/lib/site/i18n';

/** One page of the blog, a tag, a category or an author: a heading, the posts, and pagination. */
export function ArchiveView({ archive, page }: { archive: ArchiveHead; page: Page<PostSummary> }) {
  const title = page.page > 1 ? t.withPage(archive.title, page.page) : archive.title;
  return (
    <>
      {archive.author && <JsonLd data={profilePageJsonLd(archive.author)} />}
      {archive.author ? (
        <header className="mb-10 border-b border-zinc-200 pb-8 dark:border-zinc-800">
          <AuthorCard author={archive.author} headingLevel="h1" linkName={false} />
        </header>
      ) : (
        <PageHeader title={title}>
          <p>{archive.description}</p>
        </PageHeader>
      )}
      {archive.author && (
        <h2 className="mb-8 text-xl font-semibold tracking-tight">
          {page.page > 1 ? t.withPage(t.postsBy(archive.author.name), page.page) : t.postsBy(archive.author.name)}
        </h2>
      )}
      <PostList posts={page.items} headingLevel={archive.author ? 'h3' : 'h2'} />
      <div className="mt-12">
        <Pagination page={page} />
      </div>
    </>
  );
}
