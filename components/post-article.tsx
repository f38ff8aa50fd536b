import type { Post, PostLink, PostSummary, Series } from '@/lib/posts';
import { canonicalUrl } from '@/lib/output/metadata';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/output/structured-data';
import { AuthorCard } from './author-card';
import { JsonLd } from './json-ld';
import { KatexStyles } from './katex-styles';
import { NewsletterForm } from './newsletter-form';
import { Breadcrumbs } from './breadcrumbs';
import { CategoryBadges } from './category-badges';
import { Comments } from './comments';
import { CoverImage } from './cover-image';
import { EnhancementScript } from './enhancement-script';
import { PostBody } from './post-body';
import { PostMeta } from './post-meta';
import { PostNav } from './post-nav';
import { PostStatus } from './post-status';
import { RelatedPosts } from './related-posts';
import { SeriesNav } from './series-nav';
import { SourceLinks } from './source-links';
import { ShareLinks } from './share-links';
import { hasTableOfContents, TableOfContents } from './table-of-contents';
import { TagList } from './tag-list';
import { t } from '@/lib/site/i18n';

/** Whole class names, so that Tailwind finds them: the body alone, with a series or cover, with both. */
const TOC_ROW_SPANS = ['xl:row-[1/span_1]', 'xl:row-[1/span_2]', 'xl:row-[1/span_3]'] as const;

interface PostArticleProps {
  post: Post;
  /** The post's rendered body. */
  html: string;
  previous?: PostLink;
  next?: PostLink;
  related: ReadonlyArray<PostSummary>;
  /** The post's series and its parts in order, when it is part of one. */
  series?: { series: Series; parts: ReadonlyArray<PostLink> };
}

/** A whole post page, top to bottom in the order of the design. */
export function PostArticle({ post, html, previous, next, related, series }: PostArticleProps) {
  const withToc = hasTableOfContents(post.headings);
  // The table of contents spans the rows beside it: series, cover and body, those the post has.
  const tocRows = TOC_ROW_SPANS[(series ? 1 : 0) + (post.cover ? 1 : 0)];
  return (
    <>
      {/* Only posts with formulas carry KaTeX's styles. */}
      {post.math && <KatexStyles />}
      <JsonLd data={blogPostingJsonLd(post)} />
      <JsonLd data={breadcrumbJsonLd(post)} />
      <article className="space-y-8">
        <header className="space-y-4">
          <Breadcrumbs
            items={[
              { label: t.home, href: '/' },
              { label: t.blog, href: '/blog/' },
              { label: post.title, href: post.url },
            ]}
          />
          <PostStatus post={post} />
          <CategoryBadges categories={post.categories} />
          <h1 data-pagefind-meta="title" className="text-3xl leading-tight font-bold tracking-tight text-balance text-zinc-900 sm:text-5xl dark:text-zinc-50">{post.title}</h1>
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:gap-x-3">
            <PostMeta post={post} />
            <ShareLinks url={canonicalUrl(post)} title={post.title} />
          </div>
        </header>
        {/* From 1280 px the table of contents is a sticky column beside the series, cover and body (it spans
            their rows); below that everything is one column, the contents folded above the body. */}
        <div className={withToc ? 'flex flex-col gap-8 xl:-mr-64 xl:grid xl:grid-cols-[minmax(0,1fr)_14rem] xl:gap-x-8' : 'space-y-8'}>
          {series && <SeriesNav {...series} post={post} />}
          {post.cover && <CoverImage cover={post.cover} />}
          <TableOfContents headings={post.headings} className={`xl:col-start-2 ${tocRows}`} />
          {/* Search indexes this and nothing else of the page: its excerpts are the post's own words. */}
          <div data-pagefind-body className="min-w-0 xl:col-start-1">
            <PostBody html={html} />
          </div>
        </div>
        <footer className="space-y-10 border-t border-zinc-200 pt-8 dark:border-zinc-800">
          <TagList tags={post.tags} />
          <SourceLinks file={post.repositoryFile} kind="post" />
          <div data-pagefind-ignore className="space-y-10">
            {post.authors.map((author) => (
              <AuthorCard key={author.slug} author={author} />
            ))}
          </div>
        </footer>
      </article>
      <div className="mt-12 space-y-12">
        <NewsletterForm />
        <Comments slug={post.slug} />
        <PostNav previous={previous} next={next} />
        <RelatedPosts posts={related} />
      </div>
      <EnhancementScript name="copy-code" />
      <EnhancementScript name="copy-link" />
    </>
  );
}
