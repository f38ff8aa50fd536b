// Which file of an exported site (out/) a URL path is served from, as a static host (GitHub Pages, Netlify) decides
// it: `/blog/` -> blog/index.html, `/blog` -> a redirect to `/blog/` when blog is a folder, a site built under a
// base path (`/my-blog`) only under it. The one place that knows it: the preview server answers requests with it
// (static-server.ts), the link checker follows links with it (check-links.ts), the tests find pages with it.
import fs from 'node:fs';
import path from 'node:path';

/** Where a URL path leads in an exported site. */
export type SiteTarget =
  /** A file to serve. */
  | { kind: 'file'; file: string }
  /** A folder asked for without its trailing slash: hosts redirect to `location` (same host, base path included). */
  | { kind: 'folder'; location: string }
  /** Nothing there: hosts answer with the 404 page. */
  | { kind: 'missing' }
  /** A path outside the base path the site is served under: nothing of the site is there. */
  | { kind: 'outside-base' }
  /** Not a path a browser sends (see {@link parseUrlPath}): hosts answer 400. */
  | { kind: 'malformed' };

/**
 * The names a URL path walks through, and whether it ends in `/`; undefined when the path is malformed. A query or
 * fragment is ignored. Malformed means: not starting with `/`, undecodable percent-encoding, a control character
 * (a null byte among them), a backslash, or a `.` or `..` segment once decoded. None of these gets a best-effort
 * guess: a browser resolves dots itself and never sends the rest, so only a hand-made request carries them, and
 * refusing them outright means no spelling of `..` (`%2e%2e`, `..%2F`, `..\`) can reach a file outside the root.
 * Empty segments (`//blog`) are dropped, as static hosts do.
 */
function parseUrlPath(urlPath: string): { segments: string[]; endsWithSlash: boolean } | undefined {
  const rawPath = urlPath.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\p{Cc}\\]/u.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  return { segments, endsWithSlash: decoded.endsWith('/') };
}

/** `fs.statSync`, or undefined when nothing is there (`/index.html/x` and over-long names included). */
function statIfPresent(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined;
    throw error;
  }
}

/**
 * Where the URL path `urlPath` (`/blog/?x=1`, percent-encoded as a browser sends it) leads in the exported site in
 * the folder `root`, served at `basePath` (`/my-blog`, or `''` for the root of the host).
 */
export function siteTarget(root: string, urlPath: string, basePath = ''): SiteTarget {
  const parsed = parseUrlPath(urlPath);
  if (!parsed) return { kind: 'malformed' };
  const baseSegments = basePath.split('/').filter(Boolean);
  if (baseSegments.some((segment, at) => parsed.segments[at] !== segment)) return { kind: 'outside-base' };
  const segments = parsed.segments.slice(baseSegments.length);
  const target = path.join(path.resolve(root), ...segments);
  const stats = statIfPresent(target);
  if (stats?.isDirectory()) {
    // Built from the clean, non-empty segments (a path of slashes alone ends with one, so it never gets here),
    // the location is `/` and a character that is neither `/` nor `\`: never `//host` or `/\host`, which a
    // browser would follow to another host.
    if (!parsed.endsWithSlash) return { kind: 'folder', location: `/${[...baseSegments, ...segments].map(encodeURIComponent).join('/')}/` };
    const index = path.join(target, 'index.html');
    if (statIfPresent(index)?.isFile()) return { kind: 'file', file: index };
  } else if (stats?.isFile()) {
    return { kind: 'file', file: target };
  }
  return { kind: 'missing' };
}

/** {@link siteTarget}, with the host's redirect from a folder to its slash followed, as a browser does. */
export function followedTarget(root: string, urlPath: string, basePath = ''): Exclude<SiteTarget, { kind: 'folder' }> {
  const target = siteTarget(root, urlPath, basePath);
  if (target.kind !== 'folder') return target;
  const followed = siteTarget(root, target.location, basePath);
  // The location ends with a slash, which never leads to a folder again.
  return followed.kind === 'folder' ? { kind: 'missing' } : followed;
}

/** The file a reader who follows `urlPath` ends up reading (`/blog` and `/blog/` -> blog/index.html), if any. */
export function servedFile(root: string, urlPath: string, basePath = ''): string | undefined {
  const target = followedTarget(root, urlPath, basePath);
  return target.kind === 'file' ? target.file : undefined;
}
