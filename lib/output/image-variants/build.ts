// The build's image step: every raster image a page shows (covers, body images, avatars) gets its variants, and
// the content is pointed at them before the snapshot is written. It runs after the load, on the loaded content,
// rather than inside the Markdown render: the render is cached per file and knows nothing of remote images, and
// a body rewritten here always names variants that exist, whatever happened to the cache in between.
import fs from 'node:fs';
import os from 'node:os';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import sharp from 'sharp';
import { publicFile } from '../../posts/images';
import { drawnShareImage } from '../../posts/og-paths';
import { ContentError, type ContentProblem, type ContentWarning } from '../../site/errors';
import { indexContent, type Content } from '../../posts/content-index';
import type { Post, PostBody } from '../../posts/model';
import { absoluteUrl, getSite, withoutBasePath } from '../../site';
import { VariantStore, type EncodedImage } from './encode';
import { pictureOf } from './picture';
import { AVATAR_WIDTHS, contentSizes, CONTENT_WIDTHS, SINGLE_WIDTH, variantNear } from './plan';
import { downloadImage, type Fetcher } from './remote';
import { isRemote } from '../../posts/images';

/** Where images come from and where their variants go. */
export interface ImageStepOptions {
  /** The folder served at `/`, holding local images. */
  publicDir: string;
  /** The build cache: variants and downloaded images are kept under it. */
  cacheDir: string;
  /** Reuse variants earlier builds made (false when the cache is off). */
  reuse: boolean;
  avif: boolean;
  remoteFailure: 'warn' | 'error';
  /** How remote images are fetched (tests pass a stand-in). */
  fetcher?: Fetcher;
}

/** What the image step did. */
export interface ImageStep {
  /** The content, its images pointing at their variants. */
  content: Content;
  /** How many images have variants. */
  images: number;
  /** How many variant files were encoded (not taken from the cache). */
  encoded: number;
  /** Remote images kept as URLs, images that could not be read: one line each. */
  warnings: ContentWarning[];
  /** Copies every variant into the export folder; returns how many files. */
  publish(outDir: string): number;
}

/** How an image is used: it decides the widths, and whether a share image is cropped from it. */
type Use = 'cover' | 'body' | 'avatar';

/**
 * Makes the variants of every image the content shows (encoding only what the cache lacks) and returns the
 * content pointing at them: covers and avatars carry them, post and bio HTML use them, and a post's cover
 * becomes its share image. A remote image that cannot be downloaded keeps its URL, with a warning, or fails
 * the build with a {@link ContentError} when `remoteFailure` is `error`.
 */
export async function makeImageVariants(content: Content, options: ImageStepOptions): Promise<ImageStep> {
  const store = new VariantStore(options.cacheDir, options.reuse);
  const wanted = new Map<string, { src: string; use: Use; file: string; share: boolean }>();
  const want = (src: string, use: Use, file: string) => {
    // Site paths and remote URLs; anything else (a protocol-relative or data: URL) is shown as it is.
    if (!((src.startsWith('/') && !src.startsWith('//')) || isRemote(src))) return;
    // A cover that is also in a body is one image, encoded once, with its share crop.
    const seen = wanted.get(keyOf(src, use));
    if (seen) seen.share ||= use === 'cover';
    else wanted.set(keyOf(src, use), { src, use, file, share: use === 'cover' });
  };

  // 1. What every page shows. Bodies are parsed only when they have an image, and kept to be rewritten.
  const trees = new Map<Post, Root>();
  const bioTrees = new Map<string, Root>();
  for (const post of content.posts) {
    if (post.cover) want(post.cover.src, 'cover', post.file);
    const tree = imageTree(content.body(post).html);
    if (tree) trees.set(post, tree);
    for (const src of tree ? imageSources(tree) : []) want(src, 'body', post.file);
  }
  for (const author of content.authors) {
    if (author.avatar) want(author.avatar.src, 'avatar', author.file);
    const tree = imageTree(author.bioHtml);
    if (tree) bioTrees.set(author.slug, tree);
    for (const src of tree ? imageSources(tree) : []) want(src, 'body', author.file);
  }

  // 2. Their variants, a few images at a time: sharp works on threads of its own, and waits on the disk.
  const made = new Map<string, EncodedImage>();
  // Images sharp could not decode, and covers that pass through as they are (SVG, animated GIF) by format.
  const unreadable = new Set<string>();
  const passedCovers = new Map<string, string | undefined>();
  const warnings: ContentWarning[] = [];
  const problems: ContentProblem[] = [];
  const queue = [...wanted.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, { src, use, file, share }] = next;
      const bytes = await sourceBytes(src, options);
      if ('error' in bytes) {
        if (options.remoteFailure === 'error') {
          problems.push({ file, field: FIELDS[use], found: `${src}, which could not be downloaded (${bytes.error})`, expected: 'an image URL that answers, or a copy of the image under public/' });
        } else warnings.push({ file, message: `could not download ${src} (${bytes.error}); the page shows it from there` });
        continue;
      }
      try {
        const image = await store.variants(bytes.bytes, { ladder: use === 'avatar' ? AVATAR_WIDTHS : CONTENT_WIDTHS, share, avif: options.avif });
        if (image) made.set(key, image);
        // Whether a cover can be shared depends on what its bytes are, whatever its URL says.
        else if (share) passedCovers.set(key, (await sharp(bytes.bytes).metadata()).format);
      } catch (error) {
        unreadable.add(key);
        const reason = decodeFailure(error);
        // A cover is also preloaded and shared: one nobody can see is left out everywhere.
        const shown = share ? 'the page shows no cover and is shared with its drawn card' : 'the page shows it as it is';
        warnings.push({ file, message: `could not read ${src} as an image (${reason}); ${shown}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker));
  if (problems.length > 0) throw new ContentError(problems);

  // 3. The content, pointed at them: new posts and authors, the loader's left as they are. The loader measured
  // every local image; only a remote one, which this step alone downloads, takes its size from here.
  const lookup = (use: Use) => (src: string) => made.get(keyOf(src, use));
  const authors = content.authors.map((author) => {
    const avatar = author.avatar && made.get(keyOf(author.avatar.src, 'avatar'));
    const bio = bioTrees.get(author.slug);
    return {
      ...author,
      avatar: author.avatar && avatar ? { ...author.avatar, size: author.avatar.size ?? sizeOf(avatar), variants: avatar.variants } : author.avatar,
      bioHtml: bio ? toHtml(pointAtVariants(bio, lookup('body'))) : author.bioHtml,
    };
  });
  const authorBySlug = new Map(authors.map((author) => [author.slug, author]));
  const posts = content.posts.map((post): Post => {
    const withAuthors = { ...post, authors: post.authors.map((author) => authorBySlug.get(author.slug) ?? author) };
    if (!post.cover) return withAuthors;
    const key = keyOf(post.cover.src, 'cover');
    const cover = made.get(key);
    // A cover nobody can see is left out everywhere; an SVG one cannot be shared.
    if (unreadable.has(key)) return { ...withAuthors, cover: undefined, shareImage: drawnShareImage(post.slug, post.title) };
    if (passedCovers.get(key) === 'svg') return { ...withAuthors, shareImage: drawnShareImage(post.slug, post.title) };
    if (!cover) return withAuthors;
    const alt = post.cover.alt;
    return {
      ...withAuthors,
      cover: { ...post.cover, size: post.cover.size ?? sizeOf(cover), variants: cover.variants },
      shareImage: cover.share ? { src: cover.share.src, width: cover.share.width, height: cover.share.height, alt, generated: false } : post.shareImage,
    };
  });
  const bodies = new Map<string, PostBody>();
  for (const [post, tree] of trees) {
    const body = content.body(post);
    bodies.set(post.slug, { html: toHtml(pointAtVariants(tree, lookup('body'))), feedHtml: feedImages(body.feedHtml, lookup('body')) });
  }

  const { buildTime, tags, categories, series, related, pages } = content;
  return {
    content: indexContent({ buildTime, posts, authors, tags, categories, series, related, pages }, (post) => bodies.get(post.slug) ?? content.body(post)),
    images: made.size,
    encoded: store.encoded,
    warnings,
    publish: (outDir) => store.publish(outDir),
  };
}

const sizeOf = ({ width, height }: EncodedImage) => ({ width, height });

const FIELDS: Record<Use, string> = { cover: 'coverImage', avatar: 'avatar', body: 'body' };

/** Covers and body images have the same widths, avatars their own. */
const keyOf = (src: string, use: Use) => `${use === 'avatar' ? 'avatar' : 'content'}\0${src}`;

/** The bytes of a local image, or of a remote one downloaded into the cache. */
async function sourceBytes(src: string, options: ImageStepOptions): Promise<{ bytes: Uint8Array } | { error: string }> {
  if (isRemote(src)) return downloadImage(src, options.cacheDir, options.fetcher);
  // The loader has already refused content whose local images do not exist.
  return { bytes: fs.readFileSync(publicFile(src, options.publicDir)!) };
}

/** The parsed HTML, when it has an image at all. */
function imageTree(html: string): Root | undefined {
  return html.includes('<img') ? fromHtml(html, { fragment: true }) : undefined;
}

function imageSources(tree: Root): string[] {
  const sources: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img' && typeof node.properties.src === 'string') sources.push(sitePathOf(node.properties.src));
  });
  return sources;
}

/** The site path of an image in rendered HTML, whose root-relative URLs carry the base path (lib/posts/markdown/pipeline.ts). */
function sitePathOf(src: string): string {
  return (src.startsWith('/') && withoutBasePath(src)) || src;
}

/**
 * Shows each `<img>` that has variants as {@link pictureOf} writes a body image: lazy, `srcset` and `sizes` for its
 * width, better formats in a `<picture>`. The author's `width` and `height` are kept (else the source's), and so
 * are the render's other attributes (`title`, `loading`, `decoding`).
 */
function pointAtVariants(tree: Root, lookup: (src: string) => EncodedImage | undefined): Root {
  visit(tree, 'element', (node: Element, index, parent) => {
    // The sanitizer lets no srcset or sizes through (lib/posts/markdown/plugins/sanitize-schema.ts): the rest is kept.
    const { src, alt, width, height, ...properties } = node.properties;
    const path = node.tagName === 'img' && typeof src === 'string' ? sitePathOf(src) : undefined;
    const image = path === undefined ? undefined : lookup(path);
    if (!path || !image || !parent || index === undefined) return;
    const box = width === undefined && height === undefined ? { width: image.width, height: image.height } : { width, height };
    const options = { alt: typeof alt === 'string' ? alt : undefined, ...box, sizes: contentSizes(Number(box.width) || image.width) };
    parent.children[index] = pictureOf({ src: path, variants: image.variants }, { ...options, priority: 'lazy', formats: 'all', fallbackWidth: SINGLE_WIDTH, properties }).element;
    return SKIP;
  });
  return tree;
}

/** Feed HTML: each image with variants shows one of them, about 1200 pixels wide, by absolute URL. */
function feedImages(feedHtml: string, lookup: (src: string) => EncodedImage | undefined): string {
  const tree = imageTree(feedHtml);
  if (!tree) return feedHtml;
  const origin = absoluteUrl('/');
  visit(tree, 'element', (node: Element) => {
    const src = node.tagName === 'img' ? node.properties.src : undefined;
    if (typeof src !== 'string') return;
    const image = lookup(src.startsWith(origin) ? src.slice(getSite().url.length) : src);
    if (image) node.properties.src = absoluteUrl(variantNear(image.variants, SINGLE_WIDTH).src);
  });
  return toHtml(tree);
}

/**
 * sharp's own words for a failed decode ("Input buffer has corrupt header"), without the libvips detail it
 * appends: that detail is read from the thread's error buffer, which may still hold another image's failure,
 * so the same file could be reported in different words from one run to the next.
 */
function decodeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(':')[0]!.trim() || message;
}
