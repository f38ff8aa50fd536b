import type { Term } from './taxonomy';
import { postsByCategory, postsByTag } from './content-index';
import type { Post } from './model';

/** What ranking needs to know of the whole blog: how many posts there are and carry each tag. */
export interface TagStats {
  totalPosts: number;
  postsPerTag: ReadonlyMap<string, number>;
}

/**
 * Ranks `candidates` by how related they are to `post`: first by shared tags, each weighted by its rarity
 * (a tag on few posts says more than one on all of them), then by shared categories, then newest first,
 * then by slug so the order is stable. Candidates sharing neither a tag nor a category are left out.
 */
export function rankRelated(post: Post, candidates: Iterable<Post>, stats: TagStats, limit = 3): Post[] {
  const tags = new Set(post.tags.map((tag) => tag.slug));
  const categories = new Set(post.categories.map((category) => category.slug));
  const tagWeight = (slug: string) => Math.log(1 + stats.totalPosts / (stats.postsPerTag.get(slug) ?? 1));

  // The best `limit` so far, best first: sorting every candidate of every post took half a second at 1,000 posts.
  const best: Scored[] = [];
  for (const candidate of candidates) {
    if (candidate.slug === post.slug) continue;
    const sharedTags = candidate.tags.filter((tag) => tags.has(tag.slug)).map((tag) => tag.slug);
    const sharedCategories = candidate.categories.filter((category) => categories.has(category.slug)).length;
    if (sharedTags.length === 0 && sharedCategories === 0) continue;
    // Sum in a fixed order, so equal tag sets give exactly equal scores and fall through to the tie-breaks.
    const scored = { candidate, tagScore: sharedTags.sort().reduce((sum, slug) => sum + tagWeight(slug), 0), sharedCategories };
    // After every one it does not rank before, as a stable sort would place it.
    let at = best.length;
    while (at > 0 && rankedBefore(scored, best[at - 1]!)) at -= 1;
    if (at < limit) best.splice(at, 0, scored);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}

interface Scored {
  candidate: Post;
  tagScore: number;
  sharedCategories: number;
}

/** Whether `a` ranks before `b`: more weight of shared tags, then more shared categories, then newer, then by slug. */
function rankedBefore(a: Scored, b: Scored): boolean {
  const order =
    b.tagScore - a.tagScore ||
    b.sharedCategories - a.sharedCategories ||
    b.candidate.date.getTime() - a.candidate.date.getTime() ||
    a.candidate.slug.localeCompare(b.candidate.slug);
  return order < 0;
}

/** Up to three related posts of each post, by slug, best first: the related step of the loader. */
export function relatedSlugs(posts: ReadonlyArray<Post>, tags: ReadonlyArray<Term>): Record<string, string[]> {
  const byTag = postsByTag(posts);
  const byCategory = postsByCategory(posts);
  const stats: TagStats = { totalPosts: posts.length, postsPerTag: new Map(tags.map((tag) => [tag.slug, tag.count])) };
  const related: Record<string, string[]> = {};
  for (const post of posts) {
    // Only posts sharing a tag or a category can rank; there is no need to score the whole blog.
    const candidates = new Set<Post>();
    for (const tag of post.tags) for (const other of byTag.get(tag.slug) ?? []) candidates.add(other);
    for (const category of post.categories) for (const other of byCategory.get(category.slug) ?? []) candidates.add(other);
    related[post.slug] = rankRelated(post, candidates, stats).map((other) => other.slug);
  }
  return related;
}
