// Downloading a post's images: a short timeout, a size limit, and a reason for the report when it fails,
// so that an import on a machine without network still finishes, with the remote URLs in place.
import path from 'node:path';
import { fetchImage, type DownloadLimits, type Fetched, type Fetcher } from '../../output/fetch-image';

/** The part of `fetch` the importer uses; tests pass a fake one. */
export type FetchImage = Fetcher;

/** How images are downloaded. */
export interface DownloadOptions extends DownloadLimits {
  fetch: FetchImage;
}

/** 10 seconds per image, 10 MB at most. */
export const DEFAULT_DOWNLOAD: Omit<DownloadOptions, 'fetch'> = {
  timeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
};

/** Downloads one image within the time and size limits, refusing what is not an image. Never throws. */
export function downloadImage(url: string, options: DownloadOptions): Promise<Fetched> {
  return fetchImage(url, options.fetch, options, { imageOnly: true });
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/svg+xml': '.svg',
};
const KNOWN_EXTENSION = new Set([...Object.values(EXTENSIONS), '.jpeg']);

/**
 * A safe file name from an image URL's last path segment: `Photo%201.JPG` -> `photo-1.jpg`. dev.to's resizing
 * URLs end with the original URL percent-encoded; its own last segment is used.
 */
export function imageFileName(url: string): string {
  let segment = new URL(url).pathname;
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // Kept as it is: the characters are made safe below anyway.
  }
  const name = (segment.split('/').filter(Boolean).at(-1) ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return name || 'image';
}

/** True when the name already ends with an image extension; otherwise the download's type decides it. */
export const hasImageExtension = (name: string) => KNOWN_EXTENSION.has(path.extname(name));

/** What a downloaded file must be to be kept, for the report. */
export const KEPT_IMAGE_TYPES = 'a JPEG, PNG, GIF, WebP, AVIF or SVG image';

/**
 * The name with the extension of its content type when it has none; undefined when neither says a kept image
 * type: public/ serves a file by its extension, so `page.html` or `art.svgz` would be a page or an unchecked SVG.
 */
export function withExtension(name: string, contentType: string): string | undefined {
  if (hasImageExtension(name)) return name;
  const extension = EXTENSIONS[contentType];
  return extension && `${name}${extension}`;
}
