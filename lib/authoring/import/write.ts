// Writes imported posts and their authors as Margins content files, and their images under public/. Idempotent:
// a post file that exists is left alone unless forced; an author file that exists is always kept.
import fs from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { displayPath, type ContentProblem } from '../../site/errors';
import { readFrontmatter } from '../../posts/frontmatter';
import { checkPostFile } from '../../posts/file-check';
import { termNameProblem } from '../../posts/schema';
import { sanitizeSvg } from '../../output/svg';
import {
  downloadImage,
  hasImageExtension,
  imageFileName,
  KEPT_IMAGE_TYPES,
  withExtension,
  type DownloadOptions,
} from './images';
import { imageUrls, replaceImageUrls } from './markdown-source';
import type { ImportBatch, ImportedAuthor, ImportedPost } from './model';
import { emptyReport, type ImportReport } from './report';

/** Where and how an import writes. */
export interface WriteOptions {
  /** The content folder: posts go to `<outDir>/posts/`, authors to `<outDir>/authors/`. */
  outDir: string;
  /** The public folder: images go to `<publicDir>/images/<post slug>/`. */
  publicDir: string;
  /** Overwrite post files that exist. */
  force: boolean;
  download: DownloadOptions;
}

/** Writes what an importer read and reports what it did. */
export async function writeImport(batch: ImportBatch, options: WriteOptions): Promise<ImportReport> {
  const report = emptyReport();
  report.skipped.push(...batch.skipped);
  const slugs = new Map<string, string>();
  const authorsWritten = new Set<string>();
  for (const post of batch.posts) {
    const taken = slugs.get(post.slug);
    if (taken) {
      report.skipped.push({
        origin: post.origin,
        reason: `its slug "${post.slug}" is already used by ${taken}`,
      });
      continue;
    }
    slugs.set(post.slug, post.origin);
    const file = path.join(options.outDir, 'posts', `${post.slug}.md`);
    if (fs.existsSync(file) && !options.force) {
      report.skipped.push({
        origin: post.origin,
        reason: `${displayPath(file)} exists (use --force to overwrite it)`,
      });
      continue;
    }
    // A file system that refuses a file (full, read-only, a name too long for it) stops the import, which
    // still reports what it wrote until then and which file it could not write.
    let writing = file;
    try {
      const localized = await localizeImages(withUsableTerms(post), options, report);
      const document = postDocument(localized);
      // The loader's own checks: an import never writes a post the build would then refuse.
      const problems: ContentProblem[] = [];
      checkPostFile(displayPath(file), post.slug, readFrontmatter(document).data, problems);
      if (problems.length > 0) {
        const found = problems.map(
          (problem) => `${problem.field}: found ${problem.found}, expected ${problem.expected}`,
        );
        report.skipped.push({
          origin: post.origin,
          reason: `the build would refuse it (${found.join('; ')})`,
        });
        continue;
      }
      writeFile(file, document);
      report.written.push(file);
      report.notes.push(...localized.notes.map((note) => ({ post: post.slug, note })));
      writing = path.join(options.outDir, 'authors', `${post.author.slug}.md`);
      writeAuthor(post.author, options.outDir, authorsWritten, report);
    } catch (error) {
      if (!isFileSystemError(error)) throw error;
      // Node's message without the file it names again: "ENAMETOOLONG: name too long".
      const reason = error.message.replace(/, \w+ '.*'$/s, '');
      report.stopped = { origin: post.origin, file: error.path ?? writing, reason };
      return report;
    }
  }
  return report;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error
  );
}

/** The post without the tags, categories and series whose names make no URL the build accepts, each noted. */
function withUsableTerms(post: ImportedPost): ImportedPost {
  const notes = [...post.notes];
  const usable = (field: string) => (name: string) => {
    const problem = termNameProblem(name);
    if (problem) notes.push(`${field}: ${JSON.stringify(name)} left out, as the build expects ${problem}`);
    return !problem;
  };
  return {
    ...post,
    tags: post.tags.filter(usable('tags')),
    categories: post.categories.filter(usable('categories')),
    series: post.series && usable('series')(post.series) ? post.series : undefined,
    notes,
  };
}

/** The post's Markdown file: YAML front matter in the order of the frontmatter reference, then the body. */
function postDocument(post: ImportedPost): string {
  const frontMatter = defined({
    title: post.title,
    date: post.date,
    updated: post.updated,
    author: post.author.slug,
    excerpt: post.excerpt,
    tags: post.tags,
    categories: post.categories,
    coverImage: post.cover?.url,
    coverAlt: post.cover?.alt,
    published: post.published ? undefined : false,
    canonical: post.canonical,
    series: post.series,
    aliases: post.aliases,
  });
  return `---\n${yaml(frontMatter)}---\n\n${post.body.trim()}\n`;
}

/** An author's Markdown file: name, avatar and links, then the bio. */
function authorDocument(author: ImportedAuthor): string {
  const social = defined({ website: author.website, github: author.github, twitter: author.twitter });
  const frontMatter = defined({
    name: author.name,
    avatar: author.avatar,
    social: Object.keys(social).length > 0 ? social : undefined,
  });
  return `---\n${yaml(frontMatter)}---\n${author.bio ? `${author.bio.trim()}\n` : ''}`;
}

function writeAuthor(
  author: ImportedAuthor,
  outDir: string,
  written: Set<string>,
  report: ImportReport,
): void {
  const file = path.join(outDir, 'authors', `${author.slug}.md`);
  if (written.has(file) || fs.existsSync(file)) return;
  writeFile(file, authorDocument(author));
  written.add(file);
  report.authorsCreated.push(file);
  if (author.unnamed) report.authorsToName.push({ file, why: author.unnamed });
}

/**
 * Downloads the body's images and the cover into `<public>/images/<slug>/` and points the post at them; an image
 * that cannot be had keeps its remote URL and is reported. Files a previous run downloaded are reused.
 */
async function localizeImages(
  post: ImportedPost,
  options: WriteOptions,
  report: ImportReport,
): Promise<ImportedPost> {
  const remote = [...new Set([...imageUrls(post.body), ...(post.cover ? [post.cover.url] : [])])].filter(
    (url) => /^https?:\/\//.test(url),
  );
  const folder = path.join(options.publicDir, 'images', post.slug);
  const names = new Set<string>();
  // Two images named alike ("a/photo.jpg", "b/photo.jpg") get "photo.jpg" and "photo-2.jpg", in order.
  const claim = (name: string) => {
    const extension = path.extname(name);
    let unique = name;
    for (let n = 2; names.has(unique); n += 1) unique = `${path.basename(name, extension)}-${n}${extension}`;
    names.add(unique);
    return unique;
  };
  const local = new Map<string, string>();
  for (const url of remote) {
    const name = imageFileName(url);
    const known = hasImageExtension(name) ? claim(name) : undefined;
    if (known && fs.existsSync(path.join(folder, known))) {
      local.set(url, `/images/${post.slug}/${known}`);
      report.imagesReused.push(`/images/${post.slug}/${known}`);
      continue;
    }
    const download = await downloadImage(url, options.download);
    if (!download.ok) {
      report.imagesRemote.push({ post: post.slug, url, reason: download.reason });
      continue;
    }
    const named = known ?? withExtension(name, download.contentType);
    if (!named) {
      report.imagesRemote.push({
        post: post.slug,
        url,
        reason: `not ${KEPT_IMAGE_TYPES} (${download.contentType})`,
      });
      continue;
    }
    const fileName = known ?? claim(named);
    const sitePath = `/images/${post.slug}/${fileName}`;
    let bytes: Uint8Array | string = download.bytes;
    // An SVG under public/ is served from the blog's own origin: only what draws is kept (lib/output/svg.ts).
    if (download.contentType === 'image/svg+xml' || path.extname(fileName) === '.svg') {
      const safe = sanitizeSvg(download.bytes);
      if ('error' in safe) {
        report.imagesRemote.push({ post: post.slug, url, reason: `not ${safe.error}` });
        continue;
      }
      bytes = safe.svg;
      report.svgsSanitized.push({ path: sitePath, removed: safe.removed });
    }
    writeFile(path.join(folder, fileName), bytes);
    local.set(url, sitePath);
    report.imagesDownloaded.push(sitePath);
  }

  const notes = [...post.notes];
  let cover = post.cover && { ...post.cover, url: local.get(post.cover.url) ?? post.cover.url };
  // The site takes covers under public/ or on https only.
  if (cover && !cover.url.startsWith('/') && !cover.url.startsWith('https://')) {
    notes.push(`cover: ${cover.url} left out; coverImage must be a file under public/ or an https URL`);
    cover = undefined;
  }
  return { ...post, body: replaceImageUrls(post.body, local), cover, notes };
}

const yaml = (data: Record<string, unknown>) =>
  dump(data, { quoteStyle: 'double', flowLevel: 1, lineWidth: -1 });

/** The entries whose value says something: not undefined, not an empty list. */
function defined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function writeFile(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
