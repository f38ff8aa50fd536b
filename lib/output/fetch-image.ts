// Fetching one image within a time and a size limit, never throwing: a failure comes back with its reason, for
// a report line. The importer (lib/authoring/import/) and the build's image step (lib/output/image-variants/) both use it.

/** The part of `fetch` used: the global one, or a stand-in in tests. */
export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** Limits of one download. */
export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** An image's bytes and content type, or why they could not be had. */
export type Fetched = { ok: true; bytes: Buffer; contentType: string } | { ok: false; reason: string };

const MB = 1024 * 1024;
const sizeLimit = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes} bytes`);

/**
 * Downloads `url` within `limits`. With `imageOnly`, a response whose content type is not `image/…` is refused
 * before its body is read.
 */
export async function fetchImage(url: string, fetcher: Fetcher, limits: DownloadLimits, { imageOnly = false } = {}): Promise<Fetched> {
  try {
    const response = await fetcher(url, { signal: AbortSignal.timeout(limits.timeoutMs) });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (imageOnly && !contentType.startsWith('image/')) return { ok: false, reason: `not an image (${contentType || 'no content type'})` };
    const bytes = await readLimited(response, limits.maxBytes);
    return bytes ? { ok: true, bytes, contentType } : { ok: false, reason: `larger than ${sizeLimit(limits.maxBytes)}` };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return { ok: false, reason: `no answer within ${limits.timeoutMs / 1000} s` };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { ok: false, reason: `unreachable: ${error instanceof Error ? error.message : String(error)}${cause}` };
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
