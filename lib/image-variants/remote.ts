import { createHash } from 'node:crypto';
import path from 'node:path';
import { BUILD_ENV } from '../build-contract';
import { readChecked, writeChecked } from '../posts/cache';

/** How remote images are fetched: the global `fetch`, or a stand-in in tests. */
export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** Limits of one download. */
export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Ten seconds and 20 MB: enough for any photo a page should show, and a build never hangs on a slow host. */
export const DOWNLOAD_LIMITS: DownloadLimits = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 };

/** The bytes of a remote image, or why they could not be had. */
export type Download = { bytes: Buffer } | { error: string };

/** Whether an image source is a remote http(s) URL (and not a site path). */
export function isRemote(src: string): boolean {
  return /^https?:\/\//i.test(src);
}

/** The fetch a build uses: the global one, or with MARGINS_OFFLINE=1 one that fails at once, touching no network. */
export function buildFetcher(env: Record<string, string | undefined> = process.env): Fetcher {
  if (env[BUILD_ENV.offline] !== '1') return fetch;
  return async () => {
    throw new Error(`not downloaded: ${BUILD_ENV.offline}=1`);
  };
}

/**
 * A remote image's bytes, downloaded once into `<cacheDir>/remote/` and read from there by later builds.
 * A failed download is not cached: the next build tries again.
 */
export async function downloadImage(url: string, cacheDir: string, fetcher: Fetcher = buildFetcher(), limits = DOWNLOAD_LIMITS): Promise<Download> {
  const file = path.join(cacheDir, 'remote', createHash('sha256').update(url).digest('hex'));
  const cached = readChecked(file);
  if (cached) return { bytes: cached };
  try {
    const response = await fetcher(url, { signal: AbortSignal.timeout(limits.timeoutMs) });
    if (!response.ok) return { error: `HTTP ${response.status}` };
    const bytes = await readLimited(response, limits.maxBytes);
    if (!bytes) return { error: `larger than ${limits.maxBytes / 1024 / 1024} MB` };
    writeChecked(file, bytes);
    return { bytes };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { error: error instanceof Error ? `${error.message}${cause}` : String(error) };
  }
}

/** The body of a response, or undefined as soon as it exceeds `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return undefined;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}
