import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './files';
import { publicFile } from './images';
import type { RenderedMarkdown } from './markdown/pipeline';

/** What the cache keeps of one Markdown file: its parsed frontmatter and, once rendered, its HTML. */
export interface CachedFile {
  /** The frontmatter as YAML gave it, before validation (validation is cheap and always runs). */
  data: unknown;
  body: string;
  /** Characters XML 1.0 forbids that parsing removed, warned about on every load, from the cache or not. */
  removedCharacters: number;
  /** The line of the file the body starts on. */
  bodyLine: number;
  rendered?: RenderedMarkdown;
  /** Size and mtime of each local image the render measured: a changed image makes the render stale. */
  images?: Array<{ src: string; size: number; mtimeMs: number }>;
}

/**
 * What every cached output is made by: all of `lib/` (the Markdown pipeline, the models, the card drawing), the
 * site config and the lock file (the versions of unified, highlight.js, satori...). Derived from the folders, so
 * a new source file can never be left out of the key.
 */
export const BUILD_SOURCES = ['lib', 'site.config.ts', 'package-lock.json'];

/** A hash of the {@link BUILD_SOURCES} under `root`: names and bytes of every file. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const source of BUILD_SOURCES) {
    const full = path.join(root, source);
    // Relative names, so moving the checkout keeps the cache; a missing source is an error, not a blind spot.
    const files = fs.statSync(full).isDirectory() ? listFiles(full).map((file) => path.join(source, file)) : [source];
    for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** Writes a file through a temporary one and a rename, so a concurrent reader never sees half of it. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/**
 * Marks a cache entry as used by the running build. Entries are files; a build touches every entry it reads
 * or writes, in whichever process, and {@link pruneUnused} then deletes the ones it did not touch.
 */
export function markUsed(file: string): void {
  const now = new Date();
  fs.utimesSync(file, now, now);
}

const DIGEST_BYTES = 32;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/**
 * Stores bytes in a cache entry that starts with their SHA-256, so that {@link readChecked} can tell a
 * truncated or altered entry from a good one.
 */
export function writeChecked(file: string, bytes: Uint8Array): void {
  writeAtomically(file, Buffer.concat([sha256(bytes), bytes]));
}

/** The bytes of an entry written by {@link writeChecked}, marked used; undefined when missing or damaged. */
export function readChecked(file: string): Buffer | undefined {
  const entry = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  const bytes = entry?.subarray(DIGEST_BYTES);
  if (!entry || !bytes || !sha256(bytes).equals(entry.subarray(0, DIGEST_BYTES))) return undefined;
  markUsed(file);
  return bytes;
}

/** Deletes the files under `dir` that no build since `since` used; returns how many. */
export function pruneUnused(dir: string, since: Date): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const file of listFiles(dir)) {
    const full = path.join(dir, file);
    // mtime has a coarser clock than Date on some file systems: a second of slack keeps what this build used.
    if (fs.statSync(full).mtimeMs < since.getTime() - 1000) {
      fs.rmSync(full);
      removed += 1;
    }
  }
  return removed;
}

/**
 * A cache on disk of what parsing and rendering each Markdown file produced, keyed by the file's bytes and
 * name, the public folder, the site URL (feed HTML is absolute), the site language (labels in the HTML) and the
 * {@link sourceFingerprint}. A rebuild with no content change parses nothing. It counts its misses: those are
 * the files a build parsed.
 */
export class ContentCache {
  /** How many files were not in the cache (parsed by this process). */
  misses = 0;
  private readonly dir: string;
  private readonly fingerprint: string;

  constructor(
    cacheRoot: string | undefined,
    private readonly publicDir: string,
    private readonly siteUrl: string,
    root = process.cwd(),
    private readonly language = 'en',
  ) {
    this.dir = cacheRoot ? path.join(cacheRoot, 'files') : '';
    this.fingerprint = sourceFingerprint(root);
  }

  /** The key of a file's current bytes. */
  key(file: string, bytes: Uint8Array): string {
    return createHash('sha256')
      .update(this.fingerprint)
      .update('\0')
      .update(path.basename(file))
      .update('\0')
      .update(this.publicDir)
      .update('\0')
      .update(this.siteUrl)
      .update('\0')
      .update(this.language)
      .update('\0')
      .update(bytes)
      .digest('hex');
  }

  /** The cached entry of a key; its render is dropped if an image it measured has changed since. */
  read(key: string): CachedFile | undefined {
    const entry = this.dir ? readEntry(this.entryPath(key)) : undefined;
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    // A render that reported missing images is never reused: the image may exist now.
    if (entry.rendered && (entry.rendered.missingImages.length > 0 || !this.imagesUnchanged(entry.images ?? []))) delete entry.rendered;
    return entry;
  }

  /**
   * Stores an entry, atomically (an interrupted build never leaves half an entry) and with its hash (its HTML is
   * published, so an entry altered since is parsed again, never used).
   */
  write(key: string, entry: CachedFile): void {
    if (!this.dir) return;
    const images = (entry.rendered?.localImages ?? []).flatMap((src) => {
      const file = publicFile(src, this.publicDir);
      const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
      return stat ? [{ src, size: stat.size, mtimeMs: stat.mtimeMs }] : [];
    });
    writeChecked(this.entryPath(key), Buffer.from(JSON.stringify({ ...entry, images })));
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

/** An entry as it was stored, marked used, or undefined when it is missing or damaged (then it is parsed again). */
function readEntry(file: string): CachedFile | undefined {
  const stored = readChecked(file);
  if (!stored) return undefined;
  try {
    const entry: unknown = JSON.parse(stored.toString('utf8'));
    return typeof entry === 'object' && entry !== null && 'data' in entry && 'body' in entry ? (entry as CachedFile) : undefined;
  } catch {
    return undefined;
  }
}
