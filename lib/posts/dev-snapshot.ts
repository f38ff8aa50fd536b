import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getSite } from '../site';
import { sourceFingerprint } from './cache';
import type { Content } from './content-index';
import { sameDay } from './dates';
import { listFiles } from './files';
import { gitHead } from './git-history';
import { loadContent, type LoadOptions } from './load';
import { readWrittenSnapshot, writeSnapshot } from './snapshot';

// The content under `next dev`, kept on disk between the processes that ask for it. Next renders pages in one
// process and calls generateStaticParams in a worker, and a restarted dev server starts both anew: the first to
// need the content loads it and writes a snapshot (lib/posts/snapshot.ts) named after everything the load read;
// the others read that snapshot (tens of milliseconds at 1,000 posts) instead of loading again (seconds).

/** Where the dev snapshots are, under the cache folder. */
const DEV_FOLDER = 'dev';

/**
 * Folders kept: the current snapshot, the one before it (a request begun before the last edit may still read its
 * bodies) and one another process may be writing.
 */
const KEEP = 3;

/** Names, sizes and modification times of every file of a folder: it changes when any file does. */
export function folderSignature(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return listFiles(dir)
    .map((file) => {
      const stat = fs.statSync(path.join(dir, file));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/**
 * The content `options` load, from the dev snapshot when one was written for the same inputs, else loaded and
 * written as one. Without a cache folder (`MARGINS_CACHE=off`) it is always loaded.
 */
export function devContent(options: LoadOptions, contentSignature: string): Content {
  if (!options.cacheDir) return loadContent(options).content;
  const root = path.join(options.cacheDir, DEV_FOLDER);
  const dir = path.join(root, snapshotKey(options, contentSignature));
  const load = () => {
    const { content } = loadContent(options);
    publish(content, dir, root);
    return content;
  };
  const stored = readWrittenSnapshot(dir);
  return stored && stillCurrent(stored, options.now) ? withBodiesReloaded(stored, load) : load();
}

/**
 * A name for everything a load reads: the content folder's files, the public folder's (covers are measured,
 * their existence checked), the code and the site config, the load options, and the commit git history starts at.
 */
function snapshotKey(options: LoadOptions, contentSignature: string): string {
  const inputs = {
    content: contentSignature,
    public: folderSignature(options.publicDir),
    sources: sourceFingerprint(),
    site: getSite(),
    options: { ...options, now: undefined },
    head: options.gitHistory ? gitHead(options.contentDir) : undefined,
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/**
 * Whether content loaded at its `buildTime` is what a load `now` gives: the time counts too, as the day (the
 * footer's year) and whether a scheduled post's date has come.
 */
function stillCurrent(content: Content, now: Date): boolean {
  return sameDay(content.buildTime, now) && !content.posts.some((post) => post.scheduled && post.date <= now);
}

/**
 * Writes the snapshot of `content` as `dir`, whole or not at all: into a folder of its own, renamed into place.
 * Another process that loaded the same content meanwhile may have been first; its snapshot is kept. Then prunes
 * all but the newest snapshots.
 */
function publish(content: Content, dir: string, root: string): void {
  const temporary = `${dir}.${randomUUID()}.tmp`;
  writeSnapshot(content, temporary);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.renameSync(temporary, dir);
      break;
    } catch {
      if (fs.existsSync(path.join(dir, 'snapshot.json'))) break;
      // Folders whose files a build's cache pruning deleted (scripts/build.ts prunes what it did not use).
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(temporary, { recursive: true, force: true });
  // Another process may be pruning too: what it removed meanwhile counts as oldest.
  const byAge = fs
    .readdirSync(root)
    .map((name) => ({ name, mtimeMs: fs.statSync(path.join(root, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  // Half-written folders of processes killed while writing are among the oldest and go with them.
  for (const { name } of byAge.slice(KEEP)) {
    if (path.join(root, name) !== dir) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

/**
 * Content read from a snapshot whose bodies are read when shown; if they are gone (pruned by a build or by another
 * dev process), the content is loaded again once and the bodies come from that load.
 */
function withBodiesReloaded(content: Content, load: () => Content): Content {
  let reloaded: Content | undefined;
  return {
    ...content,
    body(post) {
      if (!reloaded) {
        try {
          return content.body(post);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          reloaded = load();
        }
      }
      return reloaded.body(reloaded.postBySlug.get(post.slug)!);
    },
  };
}
