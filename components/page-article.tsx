import type { Page } from '@/lib/posts';
import { webPageJsonLd } from '@/lib/output/structured-data';
import { FormattedDate } from './formatted-date';
import { JsonLd } from './json-ld';
import { PostBody } from './post-body';
import { SourceLinks } from './source-links';
import { t } from '@/lib/site/i18n';

/** A page outside the blog (/about/): its title and body, without the post's share links, author card or related posts. */
export function PageArticle({ page }: { page: Page }) {
  return (
    <>
      <JsonLd data={webPageJsonLd(page)} />
      <article className="space-y-8">
        <header className="space-y-3">
          <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance text-zinc-900 sm:text-5xl dark:text-zinc-50">{page.title}</h1>
          {page.modified && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {t.updated} <FormattedDate date={page.modified} />
            </p>
          )}
        </header>
        <PostBody html={page.html} />
        <SourceLinks file={page.repositoryFile} kind="page" />
      </article>
    </>
  );
}
