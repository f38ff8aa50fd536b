import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './cache';
import { indexContent, type Content } from './content-index';
import type { Author, Page, Post, PostBody } from './model';

// The content snapshot: what `scripts/build.ts` loaded, written once for `next build`, whose workers read it
// instead of the content folder. `snapshot.json` holds every post without its HTML; each post's body is a
// file of its own under `bodies/`, read only by the pages that show it, so a rendering worker never holds
// the whole blog's HTML in memory.

const FORMAT = 4;

/**
 * How long a reader waits for the snapshot. `npm run build` starts Next before it loads the content, so that
 * Next compiles meanwhile; Next's workers then wait here for the load to finish (minutes on a big, cold blog).
 */
const WAIT_MS = 30 * 60_000;

/** A post as JSON stores it: dates as ISO strings, authors by slug. */
type StoredPost = Omit<Post, 'date' | 'updated' | 'modified' | 'authors'> & { date: string; updated?: string; modified: string; authors: string[] };

/** A page as JSON stores it: its date as an ISO string. */
type StoredPage = Omit<Page, 'updated' | 'modified'> & { updated?: string; modified?: string };

interface StoredSnapshot {
  format: typeof FORMAT;
  buildTime: string;
  posts: StoredPost[];
  authors: Author[];
  tags: Content['tags'];
  categories: Content['categories'];
  series: Content['series'];
  related: Content['related'];
  pages: StoredPage[];
}

const bodyFile = (dir: string, index: number) => path.join(dir, 'bodies', `${index}.json`);

/**
 * Writes the snapshot of `content` into `dir` (emptied first). Returns a hash of the content it holds, without
 * the time of the build that wrote it: two builds of the same content at different times (the same posts
 * published) give the same hash.
 */
export function writeSnapshot(content: Content, dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'bodies'), { recursive: true });
  const bodies = createHash('sha256');
  content.posts.forEach((post, index) => {
    const body = JSON.stringify(content.body(post));
    fs.writeFileSync(bodyFile(dir, index), body);
    bodies.update('\0').update(body);
  });
  const stored: StoredSnapshot = {
    format: FORMAT,
    buildTime: content.buildTime.toISOString(),
    posts: content.posts.map((post) => ({
      ...post,
      date: post.date.toISOString(),
      updated: post.updated?.toISOString(),
      modified: post.modified.toISOString(),
      authors: post.authors.map((author) => author.slug),
    })),
    authors: content.authors,
    tags: content.tags,
    categories: content.categories,
    series: content.series,
    related: content.related,
    pages: content.pages.map((page) => ({ ...page, updated: page.updated?.toISOString(), modified: page.modified?.toISOString() })),
  };
  // Written last and atomically: a snapshot.json exists only beside a complete set of bodies.
  writeAtomically(path.join(dir, 'snapshot.json'), JSON.stringify(stored));
  return createHash('sha256')
    .update(JSON.stringify({ ...stored, buildTime: undefined }))
    .update(bodies.digest())
    .digest('hex');
}

/** Reads a snapshot written by {@link writeSnapshot}, once it has been written. */
export function readSnapshot(dir: string): Content {
  waitFor(path.join(dir, 'snapshot.json'));
  return readWrittenSnapshot(dir)!;
}

/** Reads the snapshot in `dir` without waiting: undefined when there is none. */
export function readWrittenSnapshot(dir: string): Content | undefined {
  let json: string;
  try {
    json = fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const stored = JSON.parse(json) as StoredSnapshot;
  if (stored.format !== FORMAT) throw new Error(`${dir}/snapshot.json is of format ${stored.format}, expected ${FORMAT}: run npm run build`);
  const authorBySlug = new Map(stored.authors.map((author) => [author.slug, author]));
  const posts: Post[] = stored.posts.map((post) => ({
    ...post,
    date: new Date(post.date),
    updated: post.updated === undefined ? undefined : new Date(post.updated),
    modified: new Date(post.modified),
    authors: post.authors.map((slug) => authorBySlug.get(slug)!),
  }));
  const index = new Map(posts.map((post, position) => [post, position]));
  const body = (post: Post): PostBody => JSON.parse(fs.readFileSync(bodyFile(dir, index.get(post)!), 'utf8')) as PostBody;
  const date = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso));
  const pages: Page[] = stored.pages.map((page) => ({ ...page, updated: date(page.updated), modified: date(page.modified) }));
  return indexContent({ ...stored, buildTime: new Date(stored.buildTime), posts, pages }, body);
}

/**
 * Blocks until `file` exists: getContent() is synchronous, and so are the pages and params that call it. A
 * worker whose parent is gone (the build stopped on a content error, or was killed) exits instead of waiting.
 */
function waitFor(file: string): void {
  const deadline = Date.now() + WAIT_MS;
  const parent = process.ppid;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (!fs.existsSync(file)) {
    if (process.ppid !== parent) process.exit(1);
    if (Date.now() > deadline) throw new Error(`${file} was not written within ${WAIT_MS / 60_000} minutes: did npm run build stop?`);
    Atomics.wait(sleeper, 0, 0, 50);
  }
}
