import type { Post } from './posts';
import { absoluteUrl } from './site';

/** The canonical URL of a post: where it was first published if its frontmatter says so, else its page here. */
export function canonicalUrl(post: Post): string {
  return post.canonical ?? absoluteUrl(post.url);
}
