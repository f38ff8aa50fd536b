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
  rendered?: RenderedMarkdown;
  /** Size and mtime of each local image the render measured: a changed image makes the render stale. */
  images?: Array<{ src: string; size: number; mtimeMs: number }>;
}

// The code whose output the cache holds: a change to any of these files gives every entry a new key.
const PIPELINE_SOURCES = ['lib/markdown.ts', 'lib/markdown-plugins', 'lib/images.ts', 'lib/posts/cache.ts', 'lib/posts/source.ts', 'lib/posts/text.ts', 'package-lock.json'];

let fingerprint: string | undefined;

/** A hash of the Markdown pipeline's source and the locked dependency versions. */
function pipelineFingerprint(root: string): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  // Relative names, so moving the checkout keeps the cache; a missing source is an error, not a blind spot.
  const add = (relative: string) => {
    const file = path.join(root, relative);
    if (fs.statSync(file).isDirectory()) for (const name of fs.readdirSync(file).sort()) add(path.join(relative, name));
    else hash.update(relative).update(fs.readFileSync(file));
  };
  for (const source of PIPELINE_SOURCES) add(source);
  return (fingerprint = hash.digest('hex'));
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
      .update(pipelineFingerprint(this.root))
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

  /** Stores an entry; written to a temporary file and renamed, so a concurrent reader never sees half of it. */
  write(key: string, entry: CachedFile): void {
    const images = (entry.rendered?.localImages ?? []).flatMap((src) => {
      const file = publicFile(src, this.publicDir);
      const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
      return stat ? [{ src, size: stat.size, mtimeMs: stat.mtimeMs }] : [];
    });
    const target = this.entryPath(key);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ ...entry, images }));
    fs.renameSync(temporary, target);
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
