// The site config of a build: site.config.ts's values, with what environment variables and the MARGINS_SITE_CONFIG
// file set for one build, checked once by the schema in lib/site/config.ts and handed on to Next's workers.
import defaults from '../../site.config';
import { BUILD_ENV } from '../build-contract';
import { parseSiteConfig, type Environment, type SiteConfig } from './config';

export type { SiteConfig } from './config';

/** Reads the site config from site.config.ts and `env` (see `parseSiteConfig`); a build does so once, at its start. */
export function loadSiteConfig(env: Environment = process.env): SiteConfig {
  return parseSiteConfig(defaults, env);
}

let current: SiteConfig | undefined;

/**
 * The site config of this process: the one {@link setSite} gave (by the build's scripts, at their start, and by
 * tests), else the one scripts/build.ts handed to next build (BUILD_ENV.loadedSiteConfig), else, under
 * `next dev`, the one read from the environment on the first call.
 */
export function getSite(): SiteConfig {
  current ??= handedOn(process.env) ?? loadSiteConfig(process.env);
  return current;
}

/** Makes `config` the site config of this process; undefined forgets it, so the next {@link getSite} reads it again. */
export function setSite(config: SiteConfig | undefined): void {
  current = config;
}

/** The environment variable that hands a loaded config to next build, for {@link getSite} there. */
export function handOn(config: SiteConfig): Record<string, string> {
  return { [BUILD_ENV.loadedSiteConfig]: JSON.stringify(config) };
}

// Checked by the build that wrote it: read as it is.
function handedOn(env: Environment): SiteConfig | undefined {
  const json = env[BUILD_ENV.loadedSiteConfig];
  return json ? (JSON.parse(json) as SiteConfig) : undefined;
}

/**
 * The path a site URL puts before every path of the site: `''` for `https://blog.example.com`, `/my-blog` for
 * `https://user.github.io/my-blog`. The export keeps its layout (out/blog/… is served at /my-blog/blog/…).
 */
export function basePathOf(url: string): string {
  return new URL(url).pathname.replace(/\/+$/, '');
}

/**
 * The site's base path (see {@link basePathOf}); Next.js gets it as `basePath` (next.config.ts). Site paths
 * (`post.url`, lib/site/paths.ts, `next/link` hrefs) leave it out; what the browser receives carries it: Next adds
 * it to links and its own assets, and {@link withBasePath} to every other URL written into a page or file.
 */
export function basePath(): string {
  return basePathOf(getSite().url);
}

/** The URL path of a site path (`/blog/a/` -> `/my-blog/blog/a/`); anything not root-relative is left alone. */
export function withBasePath(path: string, base: string = basePath()): string {
  return base && path.startsWith('/') && !path.startsWith('//') ? base + path : path;
}

/** The site path of a URL path (`/my-blog/blog/a/` -> `/blog/a/`), or undefined when it is outside the site. */
export function withoutBasePath(path: string, base: string = basePath()): string | undefined {
  if (!base) return path;
  if (path === base) return '/';
  return path.startsWith(`${base}/`) ? path.slice(base.length) : undefined;
}

/** A `srcset` with {@link withBasePath} applied to each candidate's URL. */
export function srcsetWithBasePath(srcset: string, base: string = basePath()): string {
  return base ? srcset.split(/,\s*/).map((candidate) => candidate.replace(/^\S+/, (url) => withBasePath(url, base))).join(', ') : srcset;
}

/** The absolute URL of a site path such as `/blog/post/`: the one place that knows the domain (and base path). */
export function absoluteUrl(path: string, base: string = getSite().url): string {
  if (/^https?:\/\//.test(path)) return path;
  return base + (path.startsWith('/') ? path : `/${path}`);
}
