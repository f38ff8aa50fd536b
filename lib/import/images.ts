// Downloading a post's images: a short timeout, a size limit, and a reason for the report when it fails,
// so that an import on a machine without network still finishes, with the remote URLs in place.
import path from 'node:path';

/** The part of `fetch` the importer uses; tests pass a fake one. */
export type FetchImage = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** How images are downloaded. */
export interface DownloadOptions {
  fetch: FetchImage;
  timeoutMs: number;
  maxBytes: number;
}

const MB = 1024 * 1024;
const sizeLimit = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes} bytes`);

/** 10 seconds per image, 10 MB at most. */
export const DEFAULT_DOWNLOAD: Omit<DownloadOptions, 'fetch'> = {
  timeoutMs: 10_000,
  maxBytes: 10 * MB,
};

/** An image's bytes and type, or why it could not be had. */
export type Download = { ok: true; bytes: Uint8Array; contentType: string } | { ok: false; reason: string };

/** Downloads one image within the time and size limits. Never throws: a failure comes back with its reason. */
export async function downloadImage(url: string, options: DownloadOptions): Promise<Download> {
  try {
    const response = await options.fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (!contentType.startsWith('image/'))
      return { ok: false, reason: `not an image (${contentType || 'no content type'})` };
    const tooLarge: Download = { ok: false, reason: `larger than ${sizeLimit(options.maxBytes)}` };
    if (Number(response.headers.get('content-length')) > options.maxBytes) return tooLarge;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > options.maxBytes ? tooLarge : { ok: true, bytes, contentType };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      return { ok: false, reason: `no answer within ${options.timeoutMs / 1000} s` };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      ok: false,
      reason: `unreachable: ${error instanceof Error ? error.message : String(error)}${cause}`,
    };
  }
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

/** The name with the extension of its content type when it has none. */
export function withExtension(name: string, contentType: string): string {
  return hasImageExtension(name) ? name : `${name}${EXTENSIONS[contentType] ?? ''}`;
}
