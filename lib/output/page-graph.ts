import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_ENV } from '../build-contract';
import { getContent, isPublished, linkOf, summaryOf, type Content, type Post } from '../posts';
import { calendarYear, formatDate } from '../posts/dates';
import { absoluteUrl, getSite } from '../site';
import { archivePageParams, archiveParams, getArchivePage, type ArchiveKind } from './archives';
import { ICON_SPRITE_FOLDER, iconSprite } from './icons';
import { FEEDS } from './metadata';
import type { OgImageContent } from './og/image';
import { tagFeed } from './site-feeds';
import { chunkEntries, sitemapPartFile, type SitemapEntry } from './sitemap';
import { orPlaceholder } from './static-params';

// The page graph: every file the site publishes from its content and code, by the route that makes it, and for
// the routes with params, a fingerprint of exactly the data each output shows. It is the one list of the site's
// URLs: the sitemap ({@link sitemapEntries}), the link check of posts (lib/output/link-check.ts) and every
// generateStaticParams ({@link staticParamsOf}) read it, and every build holds it to the files it exported
// (scripts/lib/graph-check.ts).
// `npm run build` fingerprints each output of a route with params by the same functions its page is made from,
// renders only those whose fingerprint changed since the last build (through generateStaticParams), and takes the
// others from its page store (scripts/lib/page-store.ts). What every page shows (the site config, the menus, the
// build year, the code) is the site fingerprint, made by the build: when it changes, every page is rendered again.
// Routes without data to fingerprint (the home page, the feeds, the sitemap, 404) are rendered by every build.

export type PageParams = Record<string, string>;

interface SiteRoute {
  /** The route's folder under app/, as Next names it (`/blog/[slug]`), or the path of a file the build writes itself. */
  route: string;
  /** A page, exported as `<path>/index.html`, or a file (a feed, an image) exported at its path. */
  output: 'page' | 'file';
  /** Its outputs; a route without params has one. */
  params?(content: Content): PageParams[];
  /** Other files than its path, when Next writes it under several names (the 404 page). */
  files?: string[];
  /**
   * What the route shows for these params (undefined when they name nothing): an output is rendered again when
   * it changes. A route without it is rendered by every build.
   */
  data?(content: Content, params: PageParams): unknown;
  /** Whether the output is in the sitemap, and its last change when it has a meaningful one. */
  sitemap?(content: Content, params: PageParams): { lastModified?: Date } | undefined;
}

/**
 * What every page shows beside its own data, with the site config and the code: the pages in the menus and the
 * year in the footer. The build folds it into the site fingerprint.
 */
export function chromeData(content: Content) {
  return {
    menus: content.pages.filter((page) => page.nav).map((page) => ({ title: page.title, url: page.url, nav: page.nav })),
    year: calendarYear(content.buildTime),
  };
}

/**
 * What a post page shows: the post and its body, links to its neighbours and to the parts of its series, and
 * its related posts as a list shows them.
 */
export function postPageData(content: Content, post: Post) {
  const series = post.series && content.seriesBySlug.get(post.series.slug);
  const { previous, next } = content.adjacentPosts(post);
  return {
    post,
    html: content.body(post).html,
    previous: previous && linkOf(previous),
    next: next && linkOf(next),
    related: content.relatedPosts(post).map(summaryOf),
    series: series && { series, parts: (content.postsBySeries.get(series.slug) ?? []).map(linkOf) },
  };
}

/** What a series page shows: the series and its parts, as a list shows them. */
export function seriesPageData(content: Content, slug: string) {
  const series = content.seriesBySlug.get(slug);
  return series && { series, parts: (content.postsBySeries.get(series.slug) ?? []).map(summaryOf) };
}

/** The share card drawn for a post without a cover social networks can show (app/og/posts/[file]). */
export function postOgCard(post: Post): OgImageContent {
  return { title: post.title, byline: `${post.authors.map((author) => author.name).join(', ')} · ${formatDate(post.date)}`, siteName: getSite().name };
}

/** The posts whose share card is drawn, by the file name of their card. */
export function ogCardFiles(content: Content): Array<{ file: string; post: Post }> {
  return content.posts.filter((post) => post.shareImage.generated).map((post) => ({ file: `${post.slug}.png`, post }));
}

/** The newest change of a published post: the last change of the pages that list the newest posts. */
function newestChange(content: Content): Date | undefined {
  return content.posts.filter(isPublished).reduce<Date | undefined>((latest, post) => (!latest || post.modified > latest ? post.modified : latest), undefined);
}

const listsNewest = (content: Content) => ({ lastModified: newestChange(content) });
const listed = () => ({});

const archiveRoutes = (kind: Exclude<ArchiveKind, 'blog'>): SiteRoute[] => [
  {
    route: `/blog/${kind}/[slug]`,
    output: 'page',
    params: (content) => archiveParams(kind, content),
    data: (content, { slug }) => getArchivePage(kind, slug, 1, content),
    sitemap: listed,
  },
  {
    route: `/blog/${kind}/[slug]/page/[page]`,
    output: 'page',
    params: (content) => archivePageParams(kind, content),
    data: (content, { slug, page }) => getArchivePage(kind, slug, Number(page), content),
    sitemap: listed,
  },
];

/** Every route of the site, in the order of the sitemap. */
export const SITE_ROUTES = [
  { route: '/', output: 'page', sitemap: listsNewest },
  { route: '/blog', output: 'page', sitemap: listsNewest },
  {
    route: '/blog/page/[page]',
    output: 'page',
    params: (content) => archivePageParams('blog', content).map(({ page }) => ({ page })),
    data: (content, { page }) => getArchivePage('blog', undefined, Number(page), content),
    sitemap: listed,
  },
  {
    route: '/blog/[slug]',
    output: 'page',
    params: (content) => content.posts.map((post) => ({ slug: post.slug })),
    data: (content, { slug }) => {
      const post = content.postBySlug.get(slug!);
      return post && postPageData(content, post);
    },
    // A post first published elsewhere is indexed there; a draft of a preview build nowhere.
    sitemap: (content, { slug }) => {
      const post = content.postBySlug.get(slug!);
      return post && isPublished(post) && !post.canonical ? { lastModified: post.modified } : undefined;
    },
  },
  { route: '/blog/tags', output: 'page', sitemap: listed },
  ...archiveRoutes('tag'),
  ...archiveRoutes('category'),
  ...archiveRoutes('author'),
  {
    route: '/blog/series/[slug]',
    output: 'page',
    params: (content) => content.series.map((series) => ({ slug: series.slug })),
    data: (content, { slug }) => seriesPageData(content, slug!),
    sitemap: listed,
  },
  {
    route: '/[page]',
    output: 'page',
    params: (content) => content.pages.map((page) => ({ page: page.slug })),
    data: (content, { page }) => content.pageBySlug.get(page!),
    sitemap: (content, { page }) => ({ lastModified: content.pageBySlug.get(page!)?.modified }),
  },
  {
    route: '/blog/tag/[slug]/feed.xml',
    output: 'file',
    params: (content) => archiveParams('tag', content),
    // The feed itself: cheap to write, and nothing else says exactly what it carries.
    data: (content, { slug }) => tagFeed(slug!, content)?.rss2(),
  },
  {
    route: '/og/posts/[file]',
    output: 'file',
    params: (content) => ogCardFiles(content).map(({ file }) => ({ file })),
    data: (content, { file }) => {
      const card = ogCardFiles(content).find((entry) => entry.file === file);
      return card && postOgCard(card.post);
    },
  },
  { route: '/search', output: 'page' },
  // Next writes the not-found page under three names; hosts serve 404.html.
  { route: '/_not-found', output: 'page', files: ['404.html', '404/index.html'] },
  ...Object.values(FEEDS).map((feed) => ({ route: feed.path, output: 'file' as const })),
  { route: '/sitemap.xml', output: 'file' },
  {
    route: '/sitemaps/[file]',
    output: 'file',
    params: (content) => {
      const parts = chunkEntries(sitemapEntries(content));
      return parts.length > 1 ? parts.map((_, index) => ({ file: sitemapPartFile(index + 1) })) : [];
    },
  },
  { route: '/robots.txt', output: 'file' },
  { route: '/icon.svg', output: 'file' },
  { route: '/og/site.png', output: 'file' },
  // The icon sprite, named after its content.
  { route: `/${ICON_SPRITE_FOLDER}/[file]`, output: 'file', params: () => [{ file: iconSprite().file }] },
  // Written by the build, not by Next (scripts/lib/redirects.ts, cache-headers.ts): a page at each old address
  // of a post, and the host's rules.
  {
    route: '/[alias]',
    output: 'page',
    params: (content) => content.posts.flatMap((post) => post.aliases.map((alias) => ({ alias: alias.split('/').filter(Boolean).join('/') }))),
  },
  { route: '/_redirects', output: 'file', params: (content) => (content.posts.some((post) => post.aliases.length > 0) ? [{}] : []) },
  { route: '/_headers', output: 'file' },
] as const satisfies ReadonlyArray<SiteRoute>;

export type RouteId = (typeof SITE_ROUTES)[number]['route'];

/** One file, or one page and its other names, the site publishes. */
export interface SiteOutput {
  /** The route and its params: what names the output in the render list and the page store. */
  key: string;
  route: RouteId;
  params: PageParams;
  /** The URL path it is served at, under the base path, percent-encoded: `/blog/a/`, `/feed.xml`. */
  path: string;
  /** The files it is exported as, relative to the site folder: `blog/a/index.html`. */
  files: string[];
}

/** One output the build renders only when what it shows changed. */
export interface PageEntry extends SiteOutput {
  /** A hash of the data it shows. */
  fingerprint: string;
}

const keyOf = (route: string, params: PageParams) => `${route} ${JSON.stringify(params)}`;

/** The outputs of a route: one per params, or one when it has none. */
const paramsOf = (route: SiteRoute, content: Content): PageParams[] => route.params?.(content) ?? [{}];

/**
 * Where a route's output is, the params put in place of the route's `[names]`: its URL path (params
 * percent-encoded, as lib/site/paths.ts writes every link) or its file in the site folder (params as they are).
 */
function locate(route: SiteRoute, params: PageParams, as: 'url' | 'file'): string {
  const segments = route.route
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const name = /^\[(\w+)\]$/.exec(segment)?.[1];
      if (!name) return [segment];
      // An alias param holds several segments.
      return params[name]!.split('/').map((part) => (as === 'url' ? encodeURIComponent(part) : part));
    });
  const joined = segments.join('/');
  if (route.output === 'file') return as === 'url' ? `/${joined}` : joined;
  if (as === 'file') return joined ? `${joined}/index.html` : 'index.html';
  return joined ? `/${joined}/` : '/';
}

function outputOf(route: SiteRoute, params: PageParams): SiteOutput {
  return { key: keyOf(route.route, params), route: route.route as RouteId, params, path: locate(route, params, 'url'), files: [locate(route, params, 'file'), ...(route.files ?? [])] };
}

/** Every file the site publishes from its content and code (not public/'s files, the image variants or the search index). */
export function siteOutputs(content: Content): SiteOutput[] {
  return SITE_ROUTES.flatMap((route: SiteRoute) => paramsOf(route, content).map((params) => outputOf(route, params)));
}

/** Every indexable page, with its canonical absolute URL and its last change where it has one. */
export function sitemapEntries(content: Content = getContent()): SitemapEntry[] {
  // Only the routes it may list are asked for their params: the sitemap's own parts are counted from this list.
  return SITE_ROUTES.flatMap((route: SiteRoute) =>
    route.sitemap
      ? paramsOf(route, content).flatMap((params) => {
          const entry = route.sitemap!(content, params);
          return entry ? [{ url: absoluteUrl(locate(route, params, 'url')), ...entry }] : [];
        })
      : [],
  );
}

/** Every output a build renders only when what it shows changed, with the fingerprint of what it shows. */
export function pageGraph(content: Content): PageEntry[] {
  return SITE_ROUTES.flatMap((route: SiteRoute) =>
    route.data
      ? paramsOf(route, content).map((params) => ({
          ...outputOf(route, params),
          fingerprint: createHash('sha256').update(JSON.stringify(route.data!(content, params)) ?? 'undefined').digest('hex'),
        }))
      : [],
  );
}

/**
 * The file that says which outputs to render, written by the build before Next's workers read the content; a
 * build without it (the first, `--clean`, a changed site fingerprint) renders every one.
 */
function renderListFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[BUILD_ENV.renderList];
}

/** Writes the keys of the outputs to render, or removes the list so that everything is rendered. */
export function writeRenderList(file: string, keys: ReadonlyArray<string> | 'all'): void {
  fs.rmSync(file, { force: true });
  if (keys === 'all') return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys));
}

let renderList: { file: string; keys: Set<string> | undefined } | undefined;

function keysToRender(): Set<string> | undefined {
  const file = renderListFile();
  if (!file) return undefined;
  if (renderList?.file !== file) renderList = { file, keys: fs.existsSync(file) ? new Set(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : undefined };
  return renderList.keys;
}

/**
 * The generateStaticParams of a route with params: its params, only those the build renders when the route's
 * outputs are rendered as they change, and a placeholder (deleted after the export) when none is left, since
 * Next refuses a static route without any.
 */
export function staticParamsOf(id: RouteId): PageParams[] {
  const route: SiteRoute = SITE_ROUTES.find((candidate) => candidate.route === id)!;
  // The content is read first: it is what a worker waits for, and the render list is written before it.
  const all = paramsOf(route, getContent());
  const keys = route.data && keysToRender();
  const params = keys ? all.filter((params) => keys.has(keyOf(id, params))) : all;
  return orPlaceholder(params, [...id.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!));
}
