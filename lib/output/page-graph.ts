import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_ENV } from '../build-contract';
import { getContent, linkOf, summaryOf, type Content, type Post } from '../posts';
import { calendarYear, formatDate } from '../posts/dates';
import { getSite } from '../site';
import { archivePageParams, archiveParams, getArchivePage, type ArchiveKind } from './archives';
import type { OgImageContent } from './og/image';
import { tagFeed } from './site-feeds';
import { orPlaceholder } from './static-params';

// The page graph: every route with params, what each of its outputs shows, and which of them a build must render.
// `npm run build` fingerprints each output by exactly the data its page is made from (the same functions the
// page calls), renders only those whose fingerprint changed since the last build (through generateStaticParams,
// which asks {@link staticParamsOf}), and takes the others from its page store (scripts/lib/page-store.ts).
// What every page shows (the site config, the menus, the build year, the code) is the site fingerprint, made by
// the build: when it changes, every page is rendered again.

export type PageParams = Record<string, string>;

interface GraphRoute {
  /** The route's folder under app/, as Next names it: `/blog/[slug]`. */
  route: string;
  /** A page, exported as `<path>/index.html`, or a file (a feed, an image) exported at its path. */
  output: 'page' | 'file';
  params(content: Content): PageParams[];
  /** What the route shows for these params; undefined when they name nothing. */
  data(content: Content, params: PageParams): unknown;
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

const archiveRoutes = (kind: Exclude<ArchiveKind, 'blog'>): GraphRoute[] => [
  {
    route: `/blog/${kind}/[slug]`,
    output: 'page',
    params: (content) => archiveParams(kind, content),
    data: (content, { slug }) => getArchivePage(kind, slug, 1, content),
  },
  {
    route: `/blog/${kind}/[slug]/page/[page]`,
    output: 'page',
    params: (content) => archivePageParams(kind, content),
    data: (content, { slug, page }) => getArchivePage(kind, slug, Number(page), content),
  },
];

/** Every route with params. Routes without params (the home page, feeds, the sitemap, 404) are rendered by every build. */
export const GRAPH_ROUTES = [
  {
    route: '/blog/[slug]',
    output: 'page',
    params: (content) => content.posts.map((post) => ({ slug: post.slug })),
    data: (content, { slug }) => {
      const post = content.postBySlug.get(slug!);
      return post && postPageData(content, post);
    },
  },
  {
    route: '/[page]',
    output: 'page',
    params: (content) => content.pages.map((page) => ({ page: page.slug })),
    data: (content, { page }) => content.pageBySlug.get(page!),
  },
  {
    route: '/blog/series/[slug]',
    output: 'page',
    params: (content) => content.series.map((series) => ({ slug: series.slug })),
    data: (content, { slug }) => seriesPageData(content, slug!),
  },
  {
    route: '/blog/page/[page]',
    output: 'page',
    params: (content) => archivePageParams('blog', content).map(({ page }) => ({ page })),
    data: (content, { page }) => getArchivePage('blog', undefined, Number(page), content),
  },
  ...archiveRoutes('tag'),
  ...archiveRoutes('category'),
  ...archiveRoutes('author'),
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
] as const satisfies ReadonlyArray<GraphRoute>;

export type GraphRouteId = (typeof GRAPH_ROUTES)[number]['route'];

/** One output of a route with params. */
export interface PageEntry {
  /** The route and its params: what names the output in the render list and the page store. */
  key: string;
  route: GraphRouteId;
  params: PageParams;
  /** The files it is exported as, relative to the site folder: `blog/a/index.html`. */
  files: string[];
  /** A hash of the data it shows. */
  fingerprint: string;
}

const keyOf = (route: string, params: PageParams) => `${route} ${JSON.stringify(params)}`;

/** The files a route's output is exported as: the params put in place of the route's `[names]`. */
function filesOf(route: GraphRoute, params: PageParams): string[] {
  const segments = route.route
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/^\[(\w+)\]$/, (_, name: string) => params[name]!));
  return [route.output === 'page' ? [...segments, 'index.html'].join('/') : segments.join('/')];
}

/** Every output of the routes with params, with the fingerprint of what it shows. */
export function pageGraph(content: Content): PageEntry[] {
  return GRAPH_ROUTES.flatMap((route: GraphRoute) =>
    route.params(content).map((params) => ({
      key: keyOf(route.route, params),
      route: route.route as GraphRouteId,
      params,
      files: filesOf(route, params),
      fingerprint: createHash('sha256').update(JSON.stringify(route.data(content, params)) ?? 'undefined').digest('hex'),
    })),
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
 * The generateStaticParams of a route in the graph: its params, only those the build renders, and a placeholder
 * (deleted after the export) when none is left, since Next refuses a static route without any.
 */
export function staticParamsOf(id: GraphRouteId): PageParams[] {
  const route: GraphRoute = GRAPH_ROUTES.find((candidate) => candidate.route === id)!;
  // The content is read first: it is what a worker waits for, and the render list is written before it.
  const all = route.params(getContent());
  const keys = keysToRender();
  const params = keys ? all.filter((params) => keys.has(keyOf(id, params))) : all;
  return orPlaceholder(params, [...id.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!));
}
