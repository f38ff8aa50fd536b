import { checkComments, type CommentsConfig } from './comments';
import { checkNewsletter, type NewsletterConfig } from './newsletter';
import { readSiteOverrides } from './site-overrides';
import { checkSiteScripts, type SiteScript } from './site-scripts';

/** The shape of the one site configuration every page, feed and URL is built from. */
export interface SiteConfig {
  /** Shown in titles, the header and feeds. */
  name: string;
  /** The meta description of pages that have none of their own. */
  description: string;
  /** Where the built site is served, without a trailing slash; `SITE_URL` overrides it at build time. */
  url: string;
  /** BCP 47 language of the content, used for `<html lang>` and feeds. */
  language: string;
  /** OpenGraph locale, e.g. `en_US`. */
  locale: string;
  /** Posts per page on the archive, tag, category and author lists; `POSTS_PER_PAGE` overrides it. */
  postsPerPage: number;
  /** Links in the header navigation. */
  nav: ReadonlyArray<{ label: string; href: string }>;
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
}

const siteUrl = normalizeSiteUrl(process.env.SITE_URL ?? 'https://margins.example');

/** The site configuration: edit these values to make the blog yours. */
const defaults = {
  name: 'Margins',
  description: 'A content-first static blog: Markdown in, fast and correct HTML out.',
  url: siteUrl,
  language: 'en',
  locale: 'en_US',
  postsPerPage: positiveInteger('POSTS_PER_PAGE', process.env.POSTS_PER_PAGE) ?? 10,
  nav: [
    { label: 'Blog', href: '/blog/' },
    { label: 'Tags', href: '/blog/tags/' },
  ],
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
} satisfies SiteConfig;

// MARGINS_SITE_CONFIG may replace fields for one build (the tests turn comments and the newsletter on so).
const overrides = readSiteOverrides(defaults);
export const site: typeof defaults = { ...defaults, ...overrides.fields };
const sourceOf = (field: keyof typeof defaults) => (field in overrides.fields ? overrides.source : 'lib/site.ts');

checkSiteScripts(site.scripts, site.clientRuntime);
checkComments(site.comments, sourceOf('comments'));
checkNewsletter(site.newsletter, sourceOf('newsletter'));

/** Checks a site URL and drops its trailing slash, so that paths can be appended to it. */
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
  // Pages link to /blog/..., /scripts/... and /pagefind/... from the root of the host: a site under a
  // sub-path would have canonical URLs whose links do not work, so it is refused rather than half-supported.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL: found "${raw}", expected the address of a host without a path, such as https://blog.example.com (Margins serves from the root of its host)`);
  }
  return url.origin;
}

/** The absolute URL of a site path such as `/blog/post/`: the one place that knows the domain. */
export function absoluteUrl(path: string, base: string = site.url): string {
  if (/^https?:\/\//.test(path)) return path;
  return base + (path.startsWith('/') ? path : `/${path}`);
}

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw new Error(`${name}: found "${raw}", expected a whole number of at least 1`);
  return Number(raw);
}
