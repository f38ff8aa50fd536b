import { checkComments, type CommentsConfig } from './comments';
import { checkTimeZone, dictionaryFor, ogLocaleFor } from './i18n/dictionaries';
import { checkNewsletter, type NewsletterConfig } from './newsletter';
import { checkRepository, type RepositoryConfig } from './repository';
import { readSiteOverrides } from './site-overrides';
import { checkSiteScripts, type SiteScript } from './site-scripts';
import type { SocialProfiles } from './social';

/** The shape of the one site configuration every page, feed and URL is built from. */
export interface SiteConfig {
  /** Shown in titles, the header and feeds. */
  name: string;
  /** The meta description of pages that have none of their own. */
  description: string;
  /**
   * Where the built site is served, without a trailing slash, with its path for a site under a sub-path
   * (`https://user.github.io/my-blog`); `SITE_URL` overrides it at build time.
   */
  url: string;
  /**
   * BCP 47 language of the site (`en`, `de`, `en-GB`): picks the dictionary of interface strings in lib/i18n/,
   * formats dates and numbers, and is `<html lang>`, the feeds' language and Pagefind's. `SITE_LANGUAGE`
   * overrides it at build time.
   */
  language: string;
  /** OpenGraph locale, e.g. `en_US`: derived from `language`. */
  locale: string;
  /**
   * The IANA time zone dates are shown in and date-only frontmatter dates belong to (`UTC`, `Asia/Tokyo`);
   * `SITE_TIME_ZONE` overrides it at build time.
   */
  timeZone: string;
  /** Posts per page on the archive, tag, category and author lists; `POSTS_PER_PAGE` overrides it. */
  postsPerPage: number;
  /** Links in the header navigation. */
  nav: ReadonlyArray<{ label: string; href: string }>;
  /**
   * The site's own profiles, linked with their marks in the footer: `github`, `linkedin`, `twitter`, `bluesky` as
   * handles or profile URLs, `mastodon` and `website` as URLs, `email` as an address (as in an author's `social`).
   */
  social: SocialProfiles;
  /**
   * Keep Next.js's client runtime (React and its router) in the built pages. Off by default: reading
   * pages are plain HTML and CSS. Turn it on only to use client components or client-side navigation.
   */
  clientRuntime: boolean;
  /**
   * Third-party scripts (analytics, widgets) put on every page or on the pages under given paths; the
   * presets in lib/site-scripts.ts write the entries for Plausible, Umami and Google Analytics.
   */
  scripts: ReadonlyArray<SiteScript>;
  /**
   * What a link in a post to a page of the site that does not exist does to the build: `warn` prints one line
   * per link (file and line) and builds; `error` fails the build.
   */
  brokenLinks: 'warn' | 'error';
  /**
   * giscus comments under each post, loaded only when a reader clicks "Show comments" (lib/comments.ts); the
   * values come from giscus.app. Off when absent.
   */
  comments?: CommentsConfig;
  /** A newsletter signup form under each post, posting to the provider's URL (presets in lib/newsletter.ts). Off when absent. */
  newsletter?: NewsletterConfig;
  /** The author slug `npm run new` writes into a new post when the site has several authors and none is given. */
  defaultAuthor?: string;
  /** The build's responsive images (lib/image-variants/). */
  images: {
    /** Encode AVIF variants besides WebP: about half their size on a photo, but ten to twenty times slower to encode. */
    avif: boolean;
    /**
     * What a remote image (cover, avatar or body image) that cannot be downloaded does to the build: `warn`
     * prints one line naming the file and URL and keeps the remote URL; `error` fails the build.
     */
    remoteFailure: 'warn' | 'error';
  };
  /**
   * Read from git history each post's and page's modified date (its last commit that changed the body) and the
   * old addresses of renamed posts, which then redirect (lib/posts/git-history.ts). False: no git at all.
   */
  gitHistory: boolean;
  /** The repository the content is in: each post and page links to "Edit this post" and "History" there. Off when absent. */
  repository?: RepositoryConfig;
}

const siteUrl = normalizeSiteUrl(process.env.SITE_URL ?? 'https://margins.example');
const language = process.env.SITE_LANGUAGE || 'en';
// The nav labels below come from the language's dictionary; write your own strings to change them.
const strings = dictionaryFor(language);

/** The site configuration: edit these values to make the blog yours. */
const defaults = {
  name: 'Margins',
  description: 'A content-first static blog: Markdown in, fast and correct HTML out.',
  url: siteUrl,
  language,
  locale: ogLocaleFor(language),
  timeZone: checkTimeZone(process.env.SITE_TIME_ZONE || 'UTC'),
  postsPerPage: positiveInteger('POSTS_PER_PAGE', process.env.POSTS_PER_PAGE) ?? 10,
  nav: [
    { label: strings.blog, href: '/blog/' },
    { label: strings.tags, href: '/blog/tags/' },
  ],
  // Example profiles on example domains: put yours here, or {} for none.
  social: { mastodon: 'https://mastodon.example/@margins', bluesky: 'margins.example' } as SocialProfiles,
  clientRuntime: false,
  // For example: scripts: [...plausible({ domain: 'blog.example.com' })], with plausible imported from ./site-scripts.
  scripts: [] as SiteScript[],
  brokenLinks: 'warn' as SiteConfig['brokenLinks'],
  // For example: comments: { repo: 'you/blog', repoId: 'R_…', category: 'Comments', categoryId: 'DIC_…' }, from giscus.app.
  comments: undefined as SiteConfig['comments'],
  // For example: newsletter: buttondown({ username: 'you' }), with buttondown imported from ./newsletter.
  newsletter: undefined as SiteConfig['newsletter'],
  defaultAuthor: undefined as SiteConfig['defaultAuthor'],
  images: { avif: false, remoteFailure: 'warn' as SiteConfig['images']['remoteFailure'] },
  // Authoring in git. For example: repository: { url: 'https://github.com/you/blog', branch: 'main' }.
  gitHistory: true,
  repository: undefined as SiteConfig['repository'],
} satisfies SiteConfig;

// MARGINS_SITE_CONFIG may replace fields for one build (the tests turn comments and the newsletter on so).
const overrides = readSiteOverrides(defaults);
export const site: typeof defaults = { ...defaults, ...overrides.fields };
const sourceOf = (field: keyof typeof defaults) => (field in overrides.fields ? overrides.source : 'lib/site.ts');

checkSiteScripts(site.scripts, site.clientRuntime);
checkComments(site.comments, sourceOf('comments'));
checkNewsletter(site.newsletter, sourceOf('newsletter'));
checkRepository(site.repository, sourceOf('repository'));

/**
 * Checks a site URL and drops its trailing slash, so that paths can be appended to it. It may have a path, for a
 * site served under a sub-path (`https://user.github.io/my-blog`, a GitHub Pages project site): see {@link basePath}.
 */
export function normalizeSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: found "${raw}", expected an absolute http(s) URL such as https://blog.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: found "${raw}", expected an http or https URL`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: found "${raw}", expected the address the site is served from, without a query, fragment or credentials, such as https://blog.example.com`);
  }
  // The path becomes Next's basePath and the first segments of every file's URL: plain names only, so that it
  // needs no encoding anywhere it is written (HTML, XML, `_redirects`, `_headers`).
  const path = url.pathname.replace(/\/+$/, '');
  if (path && !/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/.test(path)) {
    throw new Error(`SITE_URL: found "${raw}", expected a path of plain names (letters, digits, ".", "_", "~" and "-") such as https://user.github.io/my-blog`);
  }
  return url.origin + path;
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
 * (`post.url`, lib/paths.ts, `next/link` hrefs) leave it out; what the browser receives carries it: Next adds
 * it to links and its own assets, and {@link withBasePath} to every other URL written into a page or file.
 */
export const basePath = basePathOf(site.url);

/** The URL path of a site path (`/blog/a/` -> `/my-blog/blog/a/`); anything not root-relative is left alone. */
export function withBasePath(path: string, base: string = basePath): string {
  return base && path.startsWith('/') && !path.startsWith('//') ? base + path : path;
}

/** The site path of a URL path (`/my-blog/blog/a/` -> `/blog/a/`), or undefined when it is outside the site. */
export function withoutBasePath(path: string, base: string = basePath): string | undefined {
  if (!base) return path;
  if (path === base) return '/';
  return path.startsWith(`${base}/`) ? path.slice(base.length) : undefined;
}

/** A `srcset` with {@link withBasePath} applied to each candidate's URL. */
export function srcsetWithBasePath(srcset: string, base: string = basePath): string {
  return base ? srcset.split(/,\s*/).map((candidate) => candidate.replace(/^\S+/, (url) => withBasePath(url, base))).join(', ') : srcset;
}

/** The absolute URL of a site path such as `/blog/post/`: the one place that knows the domain (and base path). */
export function absoluteUrl(path: string, base: string = site.url): string {
  if (/^https?:\/\//.test(path)) return path;
  return base + (path.startsWith('/') ? path : `/${path}`);
}

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw new Error(`${name}: found "${raw}", expected a whole number of at least 1`);
  return Number(raw);
}
