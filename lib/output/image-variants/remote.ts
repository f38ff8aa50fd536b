import { createHash } from 'node:crypto';
import path from 'node:path';
import { BUILD_ENV } from '../../build-contract';
import { fetchImage, type DownloadLimits, type Fetcher } from '../fetch-image';
import { readChecked, writeChecked } from '../../posts/cache';

export type { Fetcher };

/** Ten seconds and 20 MB: enough for any photo a page should show, and a build never hangs on a slow host. */
export const DOWNLOAD_LIMITS: DownloadLimits = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 };

/** The bytes of a remote image, or why they could not be had. */
export type Download = { bytes: Buffer } | { error: string };

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
  const fetched = await fetchImage(url, fetcher, limits);
  if (!fetched.ok) return { error: fetched.reason };
  writeChecked(file, fetched.bytes);
  return { bytes: fetched.bytes };
}
