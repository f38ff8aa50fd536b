import { mergeTerms, type Term, type TermUse } from './taxonomy';
import { groupPosts } from './content-index';
import type { Post, Series, TermRef } from './model';

/** The posts, newest first (ties by slug): the order every list of the site starts from. */
export function newestFirst(posts: ReadonlyArray<Post>): Post[] {
  return [...posts].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}

/**
 * Merges the spellings of each tag, category and series across the posts, and returns the posts with the
 * merged names, in the same order, with the terms.
 */
export function mergePostTerms(posts: ReadonlyArray<Post>): { posts: Post[]; tags: Term[]; categories: Term[]; series: Term[] } {
  const uses = (terms: (post: Post) => TermRef[]): TermUse[] => posts.flatMap((post) => terms(post).map(({ name }) => ({ name, date: post.date })));
  const tags = mergeTerms(uses((post) => post.tags));
  const categories = mergeTerms(uses((post) => post.categories));
  const series = mergeTerms(uses((post) => (post.series ? [post.series] : [])));
  const named = (terms: Term[]) => {
    const names = new Map(terms.map((term) => [term.slug, term.name]));
    return ({ slug }: TermRef): TermRef => ({ slug, name: names.get(slug) ?? slug });
  };
  const [tagName, categoryName, seriesName] = [named(tags), named(categories), named(series)];
  return {
    posts: posts.map((post) => ({
      ...post,
      tags: post.tags.map(tagName),
      categories: post.categories.map(categoryName),
      series: post.series ? seriesName(post.series) : undefined,
    })),
    tags,
    categories,
    series,
  };
}

/** Each series with its parts, oldest first (ties by slug), sorted by name. */
export function seriesOf(newestFirst: ReadonlyArray<Post>, terms: ReadonlyArray<TermRef>): Series[] {
  const oldestFirst = [...newestFirst].sort((a, b) => a.date.getTime() - b.date.getTime() || a.slug.localeCompare(b.slug));
  const parts = groupPosts(oldestFirst, (post) => (post.series ? [post.series.slug] : []));
  return terms
    .map(({ slug, name }) => ({ slug, name, posts: (parts.get(slug) ?? []).map((post) => post.slug) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
