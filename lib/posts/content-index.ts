import type { Term } from './taxonomy';
import type { Author, ContentData, Page, Post, PostBody, Series } from './model';

/** The content with its lookups: what every page asks. Lists are sorted; pages never sort. */
export interface Content extends ContentData {
  postBySlug: ReadonlyMap<string, Post>;
  tagBySlug: ReadonlyMap<string, Term>;
  categoryBySlug: ReadonlyMap<string, Term>;
  authorBySlug: ReadonlyMap<string, Author>;
  seriesBySlug: ReadonlyMap<string, Series>;
  pageBySlug: ReadonlyMap<string, Page>;
  postsByTag: ReadonlyMap<string, Post[]>;
  postsByCategory: ReadonlyMap<string, Post[]>;
  postsByAuthor: ReadonlyMap<string, Post[]>;
  /** The parts of each series, oldest first. */
  postsBySeries: ReadonlyMap<string, Post[]>;
  /** The visible posts just before (older) and after (newer) a post in date order. */
  adjacentPosts(post: Post): { previous?: Post; next?: Post };
  /** Up to three related posts of a visible post. */
  relatedPosts(post: Post): Post[];
  /** A post's rendered HTML. */
  body(post: Post): PostBody;
}

/**
 * Adds the lookups to content data, the same way for the live loader and for the build's snapshot. Only
 * maps are built here: everything that takes work (rendering, ranking, merging terms) is already in `data`.
 */
export function indexContent(data: ContentData, body: (post: Post) => PostBody): Content {
  const { posts, authors, tags, categories, series } = data;
  const postBySlug = new Map(posts.map((post) => [post.slug, post]));
  const position = new Map(posts.map((post, index) => [post.slug, index]));
  return {
    ...data,
    postBySlug,
    tagBySlug: new Map(tags.map((term) => [term.slug, term])),
    categoryBySlug: new Map(categories.map((term) => [term.slug, term])),
    authorBySlug: new Map(authors.map((author) => [author.slug, author])),
    seriesBySlug: new Map(series.map((entry) => [entry.slug, entry])),
    pageBySlug: new Map(data.pages.map((page) => [page.slug, page])),
    postsByTag: postsByTag(posts),
    postsByCategory: postsByCategory(posts),
    postsByAuthor: groupPosts(posts, (post) => post.authors.map((author) => author.slug)),
    postsBySeries: new Map(series.map((entry) => [entry.slug, entry.posts.flatMap((slug) => postBySlug.get(slug) ?? [])])),
    adjacentPosts(post) {
      const index = position.get(post.slug);
      return index === undefined ? {} : { previous: posts[index + 1], next: posts[index - 1] };
    },
    relatedPosts(post) {
      return (data.related[post.slug] ?? []).flatMap((slug) => postBySlug.get(slug) ?? []);
    },
    body,
  };
}

/**
 * Whether a post is published: neither a draft nor dated in the future. Only `next dev` and preview builds show
 * others, and even they keep them out of what machines read (feeds, sitemap, search).
 */
export function isPublished(post: Pick<Post, 'draft' | 'scheduled'>): boolean {
  return !post.draft && !post.scheduled;
}

/** Posts by the slug of each of their tags, in the order of `posts`: the index's and related ranking's one grouping. */
export const postsByTag = (posts: ReadonlyArray<Post>) => groupPosts(posts, (post) => post.tags.map((tag) => tag.slug));

/** Posts by the slug of each of their categories, in the order of `posts`. */
export const postsByCategory = (posts: ReadonlyArray<Post>) => groupPosts(posts, (post) => post.categories.map((category) => category.slug));

/** Posts grouped by each of their keys, in the order of `posts`. */
export function groupPosts(posts: ReadonlyArray<Post>, keys: (post: Post) => string[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    for (const key of keys(post)) {
      const group = groups.get(key);
      if (group) group.push(post);
      else groups.set(key, [post]);
    }
  }
  return groups;
}
