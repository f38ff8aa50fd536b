import type { Post, Series } from '@/lib/posts';
import { canonicalUrl } from '@/lib/metadata';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/structured-data';
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
import { RelatedPosts } from './related-posts';
import { SeriesNav } from './series-nav';
import { ShareLinks } from './share-links';
import { TableOfContents } from './table-of-contents';
import { TagList } from './tag-list';

interface PostArticleProps {
  post: Post;
  /** The post's rendered body. */
  html: string;
  previous?: Post;
  next?: Post;
  related: ReadonlyArray<Post>;
  /** The post's series and its parts in order, when it is part of one. */
  series?: { series: Series; parts: ReadonlyArray<Post> };
}

/** A whole post page, top to bottom in the order of the design. */
export function PostArticle({ post, html, previous, next, related, series }: PostArticleProps) {
  return (
    <>
      {/* Only posts with formulas carry KaTeX's styles. */}
      {post.math && <KatexStyles />}
      <JsonLd data={blogPostingJsonLd(post)} />
      <JsonLd data={breadcrumbJsonLd(post)} />
      <article className="space-y-8" data-pagefind-body>
        <header className="space-y-5">
          <Breadcrumbs
            items={[
              { label: 'Home', href: '/' },
              { label: 'Blog', href: '/blog/' },
              { label: post.title, href: post.url },
            ]}
          />
          <CategoryBadges categories={post.categories} />
          <h1 data-pagefind-meta="title" className="text-3xl leading-tight font-bold tracking-tight text-balance text-zinc-900 sm:text-5xl dark:text-zinc-50">{post.title}</h1>
          <PostMeta post={post} />
          <ShareLinks url={canonicalUrl(post)} title={post.title} />
        </header>
        {series && <SeriesNav {...series} post={post} />}
        {post.cover && <CoverImage cover={post.cover} />}
        <TableOfContents headings={post.headings} />
        <PostBody html={html} />
        <footer className="space-y-10 border-t border-zinc-200 pt-8 dark:border-zinc-800">
          <TagList tags={post.tags} />
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
