// Posts that publish on time: which scheduled post goes live next, and a fingerprint of the published ones that
// a scheduled CI job compares with the last deployment's to decide whether to build (.github/workflows/pages.yml).
import { createHash } from 'node:crypto';
import { isoDateTime } from './dates';
import { isPublished, type Post } from './';

/** The scheduled post (not a draft) that goes live first, if any. */
export function nextScheduled<P extends Pick<Post, 'scheduled' | 'draft' | 'date' | 'file'>>(posts: ReadonlyArray<P>): P | undefined {
  return posts.filter((post) => post.scheduled && !post.draft).sort((a, b) => a.date.getTime() - b.date.getTime() || a.file.localeCompare(b.file))[0];
}

/** What the build says of the next scheduled post: when it goes live, and its file. */
export function scheduleMessage(post: Pick<Post, 'file' | 'date'> | undefined): string {
  return post ? `next scheduled post: ${post.file} goes live at ${isoDateTime(post.date)} (build again then to publish it)` : 'no scheduled posts';
}

/** A hash of the published posts' URLs: it changes when a post goes live, is added, removed or renamed. */
export function publishedFingerprint(posts: ReadonlyArray<Pick<Post, 'draft' | 'scheduled' | 'url'>>): string {
  const urls = posts.filter(isPublished).map((post) => post.url).sort();
  return createHash('sha256').update(urls.join('\n')).digest('hex');
}
