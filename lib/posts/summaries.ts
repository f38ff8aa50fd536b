import type { Post } from './model';

// What other pages show of a post. A list or a link carries only these fields, so a page that shows a post this
// way depends on them alone: an edit to another field (a body's headings, its word count) leaves the page as it
// is, and the page graph (lib/output/page-graph.ts) renders it again only when one of them changes.

/** A post as a list shows it (components/post-card.tsx). */
export type PostSummary = Pick<Post, 'slug' | 'url' | 'title' | 'date' | 'readingMinutes' | 'excerpt' | 'tags' | 'cover'>;

/** A post as a link to it shows it: the previous and next posts, the parts of a series. */
export type PostLink = Pick<Post, 'slug' | 'url' | 'title'>;

export function summaryOf(post: Post): PostSummary {
  return { slug: post.slug, url: post.url, title: post.title, date: post.date, readingMinutes: post.readingMinutes, excerpt: post.excerpt, tags: post.tags, cover: post.cover };
}

export function linkOf(post: Post): PostLink {
  return { slug: post.slug, url: post.url, title: post.title };
}
