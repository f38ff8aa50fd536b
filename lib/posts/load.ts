import type { ImageWithoutAlt } from './markdown/pipeline';
import { getSite } from '../site';
import { loadAuthors } from './authors';
import { ContentCache } from './cache';
import { indexContent, type Content } from './content-index';
import { ContentError, displayPath, type ContentProblem, type ContentWarning } from '../site/errors';
import { fileHistory, settleAliases, withInferredAliases } from './file-history';
import { unknownFieldWarnings } from './frontmatter-aliases';
import { readGitHistory, unavailableMessage } from './git-history';
import type { PostBody, UnrenderedPost } from './model';
import { loadPages } from './pages';
import { isShown, readPosts } from './posts';
import { relatedSlugs } from './related';
import { allFindings, renderPost, type FileLink, type InFile } from './render';
import { MarkdownFile } from './source';
import { mergePostTerms, newestFirst, seriesOf } from './terms';

export { checkAuthorFile, checkPostFile, type CheckedPost } from './file-check';
export type { FileLink } from './render';

/** Where the content lives and which posts a build shows. */
export interface LoadOptions {
  /** The folder holding `posts/`, `authors/` and, optionally, `pages/`. */
  contentDir: string;
  /** The folder served at `/`, where local cover images and avatars must exist. */
  publicDir: string;
  /** Show drafts and future-dated posts (true under `next dev`). */
  includeDrafts: boolean;
  /** The build time: it decides whether a post is in the future. */
  now: Date;
  /** Where parsed and rendered files are cached between builds; no cache when undefined. */
  cacheDir?: string;
  /**
   * Read modified dates and earlier names from git (lib/posts/git-history.ts): `committed` counts commits only (a
   * build), `worktree` also dates an uncommitted edit "now" (`next dev`); off when undefined.
   */
  gitHistory?: 'committed' | 'worktree';
}

/** The content, and how many Markdown files were read to load it and how many of those parsed (not in the cache). */
export interface LoadedContent {
  content: Content;
  filesRead: number;
  filesParsed: number;
  /** What the author should know about files that loaded all the same: characters removed, unknown fields (once per name). */
  warnings: ContentWarning[];
  /** Every link a post or page body makes to a path of the site, with the file and place it is on (see lib/output/link-check.ts). */
  siteLinks: FileLink[];
  /** Images without alt text in post and page bodies, with the file and place (for `npm run check`). */
  imagesWithoutAlt: Array<InFile<ImageWithoutAlt>>;
  /** The drafts and scheduled posts this build does not show (not rendered). */
  unpublished: UnrenderedPost[];
  /** Said once when git history was asked for but cannot be read (no repository, a shallow clone). */
  gitNotice?: string;
}

/** What {@link inspectContent} finds: the content of every file that loads, and the problems of the others. */
export interface InspectedContent {
  loaded: LoadedContent;
  /** Everything a build would refuse; `loaded` leaves out the posts, pages and authors these are about. */
  problems: ContentProblem[];
  /** The paths of the posts and pages left out for their problems: a link to one is not broken, its target is. */
  unloadedPaths: string[];
}

/** Loads, validates, renders and indexes a content folder, or throws a {@link ContentError} listing every problem. */
export function loadContent(options: LoadOptions): LoadedContent {
  const { loaded, problems } = inspectContent(options);
  if (problems.length > 0) throw new ContentError(problems);
  return loaded;
}

/**
 * Loads a content folder as {@link loadContent} does, but returns the problems instead of throwing them, with
 * the content of every file that loads: `npm run check` reports both in one run.
 *
 * The steps, each returning new values: authors (read, checked, bios rendered); posts (read and checked against
 * the authors, unrendered); the shown ones rendered; pages; aliases, written and from git history, checked
 * against every page; terms merged; related posts ranked; the index. Every step reports into `problems`.
 */
export function inspectContent(options: LoadOptions): InspectedContent {
  const problems: ContentProblem[] = [];
  const site = getSite();
  const history = options.gitHistory ? readGitHistory(options.contentDir) : undefined;
  const historyOf = fileHistory(history, options.contentDir);
  const cache = new ContentCache(options.cacheDir, options.publicDir, site.url, undefined, site.language);
  const opened: MarkdownFile[] = [];
  const read = (file: string) => {
    const source = MarkdownFile.open(file, cache, problems);
    if (source) opened.push(source);
    return source;
  };

  const authors = loadAuthors(options.contentDir, options.publicDir, read, problems);
  const posts = readPosts(options, authors, read, historyOf, problems);
  const shown = posts.posts.filter(({ post }) => isShown(post, options));
  const unshown = posts.posts.flatMap(({ post }) => (isShown(post, options) ? [] : [post]));
  // Render only what this build shows: a draft's Markdown costs nothing in production.
  const rendered = shown.map(({ post, source }) => renderPost(post, source, options.publicDir, problems));
  const pages = loadPages(options, read, historyOf, problems);
  // After the pages, so that an alias is checked against every page of the site, posts and pages alike.
  const aliases = settleAliases(posts.aliasClaims, posts.inferredAliases, { posts: posts.slugOwners, pages: pages.owners }, options.publicDir);
  problems.push(...aliases.problems);
  const withAliases = <P extends UnrenderedPost>(post: P) => withInferredAliases(post, aliases.kept);
  const terms = mergePostTerms(newestFirst(rendered.map(({ post }) => withAliases(post))));
  const bodies = new Map<string, PostBody>(rendered.map(({ post, body }) => [post.slug, body]));
  const findings = allFindings([...rendered.map(({ findings }) => findings), pages.findings]);
  for (const source of opened) source.persist();

  const data = {
    buildTime: options.now,
    posts: terms.posts,
    authors: [...authors.authors].sort((a, b) => a.name.localeCompare(b.name)),
    tags: terms.tags,
    categories: terms.categories,
    series: seriesOf(terms.posts, terms.series),
    related: relatedSlugs(terms.posts, terms.tags),
    pages: pages.pages,
  };
  const loaded: LoadedContent = {
    content: indexContent(data, (post) => bodies.get(post.slug)!),
    filesRead: opened.length,
    filesParsed: cache.misses,
    warnings: [
      ...opened.flatMap((source) => source.warnings),
      ...unknownFieldWarnings([...authors.unknownFields, ...posts.unknownFields]),
      ...findings.unclosed,
      ...aliases.warnings,
    ],
    siteLinks: findings.siteLinks,
    imagesWithoutAlt: findings.imagesWithoutAlt,
    unpublished: unshown.map(withAliases),
    gitNotice: history && !history.available ? unavailableMessage(history.reason, displayPath(options.contentDir)) : undefined,
  };
  return { loaded, problems, unloadedPaths: [...posts.unloadedPaths, ...pages.unloadedPaths] };
}
