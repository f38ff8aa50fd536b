import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { publicFile } from '../images';
import type { RenderedMarkdown } from '../markdown';

/** What the cache keeps of one Markdown file: its parsed frontmatter, word count and, once rendered, its HTML. */
export interface CachedFile {
  /** The frontmatter as YAML gave it, before validation (validation is cheap and always runs). */
  data: unknown;
  body: string;
  wordCount: number;
  /** Characters XML 1.0 forbids that parsing removed, warned about on every load, from the cache or not. */
  removedCharacters: number;
  rendered?: RenderedMarkdown;
  /** Size and mtime of each local image the render measured: a changed image makes the render stale. */
  images?: Array<{ src: string; size: number; mtimeMs: number }>;
}

// The code whose output the cache holds: a change to any of these files gives every entry a new key.
const PIPELINE_SOURCES = ['lib/markdown.ts', 'lib/markdown-plugins', 'lib/images.ts', 'lib/posts/cache.ts', 'lib/posts/source.ts', 'lib/posts/text.ts', 'package-lock.json'];

const fingerprints = new Map<string, string>();

/**
 * A hash of source files and folders (relative to `root`), computed once per process: what a cached output
 * was made by. Relative names, so moving the checkout keeps the cache; a missing source is an error, not a
 * blind spot.
 */
export function sourceFingerprint(sources: ReadonlyArray<string>, root = process.cwd()): string {
  const id = `${root}\0${sources.join('\0')}`;
  const known = fingerprints.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const file = path.join(root, relative);
    if (fs.statSync(file).isDirectory()) for (const name of fs.readdirSync(file).sort()) add(path.join(relative, name));
    else hash.update(relative).update(fs.readFileSync(file));
  };
  for (const source of sources) add(source);
  const fingerprint = hash.digest('hex');
  fingerprints.set(id, fingerprint);
  return fingerprint;
}

/** Writes a file through a temporary one and a rename, so a concurrent reader never sees half of it. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/**
 * A cache on disk of what parsing and rendering each Markdown file produced, keyed by the file's bytes, its
 * name, the public folder and the pipeline's fingerprint. Every process of a build (the pre-build check,
 * Next's page-data and rendering workers) shares it, so each file is parsed once per build, and a rebuild
 * with no content change parses nothing.
 */
export class ContentCache {
  constructor(
    private readonly dir: string,
    private readonly publicDir: string,
    private readonly root = process.cwd(),
  ) {}

  /** The key of a file's current bytes. */
  key(file: string, bytes: Uint8Array): string {
    return createHash('sha256')
      .update(sourceFingerprint(PIPELINE_SOURCES, this.root))
      .update('\0')
      .update(path.basename(file))
      .update('\0')
      .update(this.publicDir)
      .update('\0')
      .update(bytes)
      .digest('hex');
  }

  /** The cached entry of a key; its render is dropped if an image it measured has changed since. */
  read(key: string): CachedFile | undefined {
    let entry: CachedFile;
    try {
      entry = JSON.parse(fs.readFileSync(this.entryPath(key), 'utf8'));
    } catch {
      return undefined;
    }
    // A render that reported missing images is never reused: the image may exist now.
    if (entry.rendered && (entry.rendered.missingImages.length > 0 || !this.imagesUnchanged(entry.images ?? []))) delete entry.rendered;
    return entry;
  }

  /** Stores an entry (atomically: other processes of the build read the cache at the same time). */
  write(key: string, entry: CachedFile): void {
    const images = (entry.rendered?.localImages ?? []).flatMap((src) => {
      const file = publicFile(src, this.publicDir);
      const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
      return stat ? [{ src, size: stat.size, mtimeMs: stat.mtimeMs }] : [];
    });
    writeAtomically(this.entryPath(key), JSON.stringify({ ...entry, images }));
  }

  private imagesUnchanged(images: NonNullable<CachedFile['images']>): boolean {
    return images.every((image) => {
      const file = publicFile(image.src, this.publicDir);
      const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
      return stat?.size === image.size && stat.mtimeMs === image.mtimeMs;
    });
  }

  private entryPath(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
