// The names the phases of a build share: scripts/build.ts, the pages Next renders and the post-export step
// agree through these, and nothing else. Each is defined here once.
import path from 'node:path';

/** Environment variables the build reads or hands to `next build`. */
export const BUILD_ENV = {
  /** The content snapshot `next build` renders from (set by scripts/build.ts; absent under `next dev`). */
  snapshot: 'MARGINS_SNAPSHOT',
  /** The list of pages `next build` renders, the others being reused (set by scripts/build.ts; see lib/output/page-graph.ts). */
  renderList: 'MARGINS_RENDER_LIST',
  /** Another content folder than `content/` (holding `posts/` and `authors/`). */
  contentDir: 'CONTENT_DIR',
  /** Another folder than `public/` for the images content refers to; the build copies it into the export. */
  publicDir: 'PUBLIC_DIR',
  /** Export somewhere other than `out/`. */
  outDir: 'OUT_DIR',
  /** Move the build cache (default `.next/cache/margins`). */
  cacheDir: 'MARGINS_CACHE_DIR',
  /** `off` renders every file again instead of reusing the cache. */
  cache: 'MARGINS_CACHE',
  /** How many page-rendering processes `next build` runs (default: one per core). */
  buildCpus: 'MARGINS_BUILD_CPUS',
  /** `1`: remote images are not downloaded, as if every host were unreachable (the test suites set it). */
  offline: 'MARGINS_OFFLINE',
  /** A JSON file of site config fields that replace site.config.ts's for this build (lib/site/config.ts). */
  siteConfig: 'MARGINS_SITE_CONFIG',
  /** Tests only: kills the build at a moment of publishing (scripts/lib/publish.ts), to prove out/ stays whole. */
  testKillAt: 'MARGINS_TEST_KILL_AT',
  /** The site config scripts/build.ts loaded, as JSON, for next build (next.config.ts and the page workers): read once. */
  loadedSiteConfig: 'MARGINS_LOADED_SITE_CONFIG',
  /**
   * `1`: a preview build (`npm run build -- --preview` sets it too): drafts and scheduled posts are built, every
   * page is `noindex` and carries a "Preview" banner, and sitemap, feeds and search list published posts only.
   */
  preview: 'MARGINS_PREVIEW',
} as const;

/** Environment variables that set a site config field for one build, by field (lib/site/config.ts). */
export const SITE_ENV = {
  /** Where the site is served, such as https://user.github.io/my-blog. */
  url: 'SITE_URL',
  /** The site's language, such as `de`. */
  language: 'SITE_LANGUAGE',
  /** The IANA time zone of its dates, such as `Europe/Berlin`. */
  timeZone: 'SITE_TIME_ZONE',
  /** Posts per page of the lists. */
  postsPerPage: 'POSTS_PER_PAGE',
} as const;

/**
 * The param value of a placeholder page. With `output: 'export'`, Next.js fails the build when
 * `generateStaticParams` returns no params (a blog without categories, one that fits on one page), so such
 * routes return one placeholder; its page is not found, and the post-export step deletes what is named after it.
 */
export const PLACEHOLDER_PARAM = '__margins_placeholder__';

/** The attribute that marks the site's own scripts, which the post-export step keeps when it removes Next's. */
export const ENHANCEMENT_ATTRIBUTE = 'data-enhancement';

/**
 * The attribute that marks a script of the site config's `scripts` list, by its name: the post-export step keeps
 * it on the pages the entry lists and removes it from the others.
 */
export const SITE_SCRIPT_ATTRIBUTE = 'data-site-script';

/**
 * KaTeX's stylesheet (its fonts beside it, in `fonts/`), copied from the katex package into the export: pages with
 * math carry its rules inline (components/katex-styles.tsx) and load the fonts from here.
 */
/** The folder of the export that holds Pagefind's search index. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

export const KATEX_STYLESHEET = '/katex/katex.min.css';

/** Where the site is exported: `out/`, or `OUT_DIR`. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env[BUILD_ENV.outDir] ?? 'out');
}

/** The folder served at `/` that content images are found in: `public/`, or `PUBLIC_DIR`. */
export function publicDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env[BUILD_ENV.publicDir] ?? 'public');
}

/** The folder of the build cache (rendered Markdown, OG cards) and of the content snapshot. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env[BUILD_ENV.cacheDir] ?? path.join('.next', 'cache', 'margins'));
}

/** Whether the build may reuse rendered files from the cache. */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[BUILD_ENV.cache] !== 'off';
}

/** Whether this is a preview build (see `BUILD_ENV.preview`). */
export function previewBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[BUILD_ENV.preview] === '1';
}
