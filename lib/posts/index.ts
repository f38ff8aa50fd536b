import path from 'node:path';
import { cache } from 'react';
import { BUILD_ENV, cacheDir, cacheEnabled, previewBuild, publicDir } from '../build-contract';
import { getSite } from '../site';
import type { Content } from './content-index';
import { devContent, folderSignature } from './dev-snapshot';
import type { LoadOptions } from './load';
import { readSnapshot } from './snapshot';

export type { Author, ContentData, ImageRef, Page, Post, PostBody, Series, ShareImage, TermRef } from './model';
export type { Term } from './taxonomy';
export { isPublished, type Content } from './content-index';
export { linkOf, summaryOf, type PostLink, type PostSummary } from './summaries';
export { ContentError, describeValue, formatProblem, formatWarning, type ContentProblem, type ContentWarning } from '../site/errors';
export { inspectContent, loadContent, type FileLink, type InspectedContent, type LoadedContent, type LoadOptions } from './load';

/**
 * The load options of this process at `now`: `CONTENT_DIR` (default `content/`), `PUBLIC_DIR`, drafts only under
 * `next dev` and in a preview build, the cache, git history unless the site config turns it off.
 */
export function defaultLoadOptions(now = new Date()): LoadOptions {
  const dev = process.env.NODE_ENV === 'development';
  return {
    contentDir: path.resolve(process.env[BUILD_ENV.contentDir] ?? 'content'),
    publicDir: publicDir(),
    includeDrafts: dev || previewBuild(),
    now,
    cacheDir: cacheEnabled() ? cacheDir() : undefined,
    gitHistory: getSite().gitHistory ? (dev ? 'worktree' : 'committed') : undefined,
  };
}

let cached: { content: Content; signature: string } | undefined;

/**
 * The content folder's signature, taken once a request: a page asks getContent() several times (layout, menus,
 * metadata, page), and each time would stat every file of the folder (tens of milliseconds at 1,000 posts).
 * React's cache lasts one server render; outside one (scripts, tests) it is taken on every call.
 */
const requestSignature = cache(folderSignature);

/**
 * The site's content. Inside `next build` it is the snapshot `scripts/build.ts` wrote, read once per process:
 * workers never list, parse or validate anything. Under `next dev` it is loaded live, and loaded again when a
 * file of the content folder changed, so a refresh shows an edit; the dev snapshot (lib/posts/dev-snapshot.ts)
 * lets Next's other processes, and the next `npm run dev`, read what one process loaded.
 */
export function getContent(): Content {
  const snapshot = process.env[BUILD_ENV.snapshot];
  if (snapshot) {
    if (!cached) cached = { content: readSnapshot(snapshot), signature: snapshot };
    return cached.content;
  }
  if (process.env.NODE_ENV !== 'development') {
    throw new Error(`${BUILD_ENV.snapshot} is not set: build the site with \`npm run build\`, which loads the content once and hands it to next build`);
  }
  const options = defaultLoadOptions();
  const signature = requestSignature(options.contentDir);
  if (!cached || cached.signature !== signature) cached = { content: devContent(options, signature), signature };
  return cached.content;
}

