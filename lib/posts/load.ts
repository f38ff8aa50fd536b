import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { isRemote } from '../image-variants/remote';
import { localImageSize, publicFile, type ImageSize } from '../images';
import type { ImageWithoutAlt, MissingImage, RenderedMarkdown, SiteLink, UnclosedHtml } from '../markdown';
import { drawnShareImage } from '../og/paths';
import { ARCHIVE_SEGMENTS, authorPath, contentPagePath, postPath, ROOT_SEGMENTS } from '../paths';
import { t } from '../i18n';
import { absoluteUrl, getSite } from '../site';
import { mergeTerms, termSlug, type TermUse } from '../taxonomy';
import { claimAlias, readAliasPath, refusedAliases, type AliasClaim } from './aliases';
import { ContentCache } from './cache';
import { indexContent, groupPosts, type Content } from './content-index';
import { ContentError, describeValue, displayPath, type ContentProblem, type ContentWarning } from './errors';
import { readFrontmatter } from './frontmatter';
import { readGitHistory, sameBody, unavailableMessage, type FileHistory, type GitHistory } from './git-history';
import {
  normalizeAuthorFrontmatter,
  normalizePostFrontmatter,
  unknownFieldWarnings,
  type NormalizedFrontmatter,
  type UnknownFieldUse,
} from './frontmatter-aliases';
import type { Author, ContentData, Page, Post, PostBody, Series, ShareImage, TermRef } from './model';
import { rankRelated, type TagStats } from './related';
import { authorFrontmatterSchema, isSlug, pageFrontmatterSchema, postFrontmatterSchema, SLUG_LENGTH_LIMIT, type AuthorFrontmatter, type PostFrontmatter } from './schema';
import { MarkdownFile } from './source';
import { readingMinutes, truncateAtWord } from './text';

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
  /** Every link a post or page body makes to a path of the site, with the file and place it is on (see lib/link-check.ts). */
  siteLinks: FileLink[];
  /** Images without alt text in post and page bodies, with the file and place (for `npm run check`). */
  imagesWithoutAlt: Array<InFile<ImageWithoutAlt>>;
  /** The drafts and scheduled posts this build does not show (not rendered). */
  unpublished: Post[];
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

/** Something found in a body, placed in its file: the file as error messages show it, and the line in the file. */
export type InFile<Spot extends { line: number }> = Spot & { file: string };

/** A link a content file makes to a site path. */
export type FileLink = InFile<SiteLink>;

/** Places what a body's render found (lines of the body) in the file the body is in. */
const inFile =
  (file: string, source: MarkdownFile) =>
  <Spot extends { line: number }>(spot: Spot): InFile<Spot> => ({ ...spot, file, line: source.bodyLine + spot.line - 1 });

/** Whether a build shows a post: a published one dated no later than now, or any post under `next dev`. */
export function isShown(frontmatter: Pick<PostFrontmatter, 'published' | 'date'>, options: Pick<LoadOptions, 'includeDrafts' | 'now'>): boolean {
  return options.includeDrafts || (frontmatter.published && frontmatter.date.getTime() <= options.now.getTime());
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
 */
export function inspectContent(options: LoadOptions): InspectedContent {
  const problems: ContentProblem[] = [];
  const site = getSite();
  const history = options.gitHistory ? readGitHistory(options.contentDir) : undefined;
  const historyOf = fileHistory(history, options.contentDir);
  const unloadedPaths: string[] = [];
  const cache = new ContentCache(options.cacheDir, options.publicDir, site.url, undefined, site.language);
  const opened: MarkdownFile[] = [];
  const read = (file: string) => {
    const source = MarkdownFile.open(file, cache, problems);
    if (source) opened.push(source);
    return source;
  };

  const unknownFields: UnknownFieldUse[] = [];
  const authorSources = listMarkdown(path.join(options.contentDir, 'authors'), problems).map(read);
  const authors = authorSources.flatMap((source) => (source ? buildAuthor(source, options, problems, unknownFields) : []));
  const knownAuthorSlugs = authorSources.flatMap((source) => (source ? [slugOfFile(source.file)] : []));
  const findAuthor = authorFinder(authors);

  const shown: Array<{ post: Post; source: MarkdownFile }> = [];
  const unpublished: Post[] = [];
  const slugOwners = new Map<string, string>();
  const aliasClaims: AliasClaim[] = [];
  const historyClaims = new Map<AliasClaim, { post: Post; from: string }>();
  for (const file of listMarkdown(path.join(options.contentDir, 'posts'), problems)) {
    const source = read(file);
    if (!source) continue;
    const problemsBefore = problems.length;
    const display = displayPath(source.file);
    const { normalized, frontmatter, fields, slug } = checkPostFile(display, slugOfFile(source.file), source.data, problems);
    for (const name of Object.keys(normalized.extra)) unknownFields.push({ kind: 'post', name, file: display });
    // Each alias that reads as a path is claimed even when another field or alias is wrong, so that one build
    // reports every clash; validation reports those that do not read.
    aliasValues(normalized.data).forEach((value, index) => {
      const read = typeof value === 'string' ? claimAlias(value, { file: display, field: normalized.writtenName(`aliases.${index}`) }) : undefined;
      if (read && 'claim' in read) aliasClaims.push(read.claim);
    });
    const owner = slugOwners.get(slug);
    if (owner) {
      problems.push({
        file: display,
        field: 'slug',
        found: `${describeValue(slug)}, already the slug of ${owner}`,
        expected: 'a slug no other post uses',
      });
    } else slugOwners.set(slug, display);

    const authorField = fields.authors ? 'authors' : 'author';
    const postAuthors: Author[] = [];
    for (const ref of fields.authors ?? (fields.author ? [fields.author] : [])) {
      const author = findAuthor(ref);
      if (author) postAuthors.push(author);
      else if (!knownAuthorSlugs.includes(ref.toLowerCase())) {
        problems.push({
          file: display,
          field: authorField,
          found: describeValue(ref),
          expected: `one of the authors in ${displayPath(path.join(options.contentDir, 'authors'))}/: ${
            authors.map((a) => `${a.slug} (${a.name})`).join(', ') || 'none exist yet'
          }`,
        });
      }
    }
    checkLocalFile(fields.coverImage, 'coverImage', display, options.publicDir, problems);
    if (!frontmatter || problems.length > problemsBefore) {
      unloadedPaths.push(postPath(slug));
      continue;
    }

    const fileHistory = historyOf(source.file);
    const committed = { repositoryFile: fileHistory.repositoryFile, modified: gitModified(fileHistory, source, options) };
    const post = basePost(source, frontmatter, normalized.extra, slug, postAuthors, options, committed);
    for (const earlier of earlierSlugs(fileHistory, slug)) {
      const claim = { file: display, field: `(git history: ${earlier.from})`, alias: earlier.alias };
      if (!post.aliases.includes(claim.alias)) historyClaims.set(claim, { post, from: earlier.from });
    }
    if (isShown(frontmatter, options)) shown.push({ post, source });
    else unpublished.push(post);
  }

  // Render only what this build shows: a draft's Markdown costs nothing in production.
  const bodies = new Map<string, PostBody>();
  const siteLinks: FileLink[] = [];
  const imagesWithoutAlt: Array<InFile<ImageWithoutAlt>> = [];
  const unclosed: ContentWarning[] = [];
  const collect = (rendered: RenderedMarkdown, place: ReturnType<typeof inFile>) => {
    siteLinks.push(...rendered.siteLinks.map(place));
    imagesWithoutAlt.push(...rendered.imagesWithoutAlt.map(place));
    unclosed.push(...rendered.unclosedHtml.map(place).map(unclosedWarning));
  };
  const posts = shown.map(({ post, source }) => {
    const rendered = renderPost(post, source, options.publicDir, problems);
    bodies.set(rendered.post.slug, rendered.body);
    collect(rendered.rendered, inFile(post.file, source));
    return rendered.post;
  });
  const pageOwners = new Map<string, string>();
  const pages = loadPages(options, read, problems, pageOwners, historyOf, unloadedPaths, (rendered, source) => collect(rendered, inFile(displayPath(source.file), source)));
  // After the pages, so that an alias is checked against every page of the site, posts and pages alike. Aliases
  // from git history go through the checks written ones do, after them (a written alias wins); one that another
  // page owns is dropped with a warning, since the author never asked for it. (A rendered post shares its
  // aliases list with the post it was rendered from.)
  const historyWarnings: ContentWarning[] = [];
  const refused = new Set<AliasClaim>();
  for (const { claim, problem } of refusedAliases([...aliasClaims, ...historyClaims.keys()], { posts: slugOwners, pages: pageOwners }, options.publicDir)) {
    const inferred = historyClaims.get(claim);
    if (!inferred) problems.push(problem);
    else {
      refused.add(claim);
      historyWarnings.push({ file: claim.file, message: `was ${inferred.from} in git history, but its old address ${problem.found}: no redirect is written from it` });
    }
  }
  for (const [claim, { post, from }] of historyClaims) {
    if (refused.has(claim)) continue;
    post.aliases.push(claim.alias);
    post.historyAliases.push({ alias: claim.alias, from });
  }
  for (const source of opened) source.persist();
  const data = { ...relate(posts, authors, options.now), pages };
  const loaded = {
    content: indexContent(data, (post) => bodies.get(post.slug)!),
    filesRead: opened.length,
    filesParsed: cache.misses,
    warnings: [...opened.flatMap((source) => source.warnings), ...unknownFieldWarnings(unknownFields), ...unclosed, ...historyWarnings],
    siteLinks,
    imagesWithoutAlt,
    unpublished,
    gitNotice: history && !history.available ? unavailableMessage(history.reason, displayPath(options.contentDir)) : undefined,
  };
  return { loaded, problems, unloadedPaths };
}

/** A post file checked on its own: its frontmatter (undefined if invalid), the fields other checks need, its slug. */
export interface CheckedPost {
  normalized: NormalizedFrontmatter;
  frontmatter: PostFrontmatter | undefined;
  fields: CrossCheckedFields;
  slug: string;
}

/**
 * The checks of one post file that need no other file: its frontmatter, its slug (the `slug` field's, else
 * `fileSlug`, from the file name) and its tag and category names. `npm run new` runs them on the post it is
 * about to write, so that it writes nothing the build would refuse.
 */
export function checkPostFile(display: string, fileSlug: string, data: unknown, problems: ContentProblem[]): CheckedPost {
  const normalized = normalizePostFrontmatter(data);
  const frontmatter = validate(postFrontmatterSchema, normalized, display, problems);
  // Cross-file checks run even when other fields are wrong, so one build reports every problem.
  const fields = frontmatter ?? looseFields(normalized.data);
  const slug = fields.slug ?? fileSlug;
  if (!fields.slug && !isSlug(slug)) {
    problems.push({
      file: display,
      field: 'slug',
      found: `${describeValue(slug)} (from the file name)`,
      expected: `a file name of lowercase letters, digits and hyphens, ${SLUG_LENGTH_LIMIT}, or a \`slug:\` field`,
    });
  }
  if (ARCHIVE_SEGMENTS.includes(slug)) {
    problems.push({
      file: display,
      field: 'slug',
      found: describeValue(slug),
      expected: `a slug other than ${ARCHIVE_SEGMENTS.join(', ')} (those are archive URLs under /blog/)`,
    });
  }
  for (const field of ['tags', 'categories'] as const) {
    for (const name of fields[field] ?? []) {
      if (!termSlug(name)) {
        problems.push({
          file: display,
          field,
          found: describeValue(name),
          expected: 'a name with at least one letter or digit',
        });
      }
    }
  }
  return { normalized, frontmatter, fields, slug };
}

/**
 * The checks of one author file that need no other file: its frontmatter (undefined if invalid) and its file
 * name, the author's slug. `npm run new -- --author` runs them before writing.
 */
export function checkAuthorFile(display: string, slug: string, data: unknown, problems: ContentProblem[]): { normalized: NormalizedFrontmatter; frontmatter: AuthorFrontmatter | undefined } {
  const normalized = normalizeAuthorFrontmatter(data);
  const frontmatter = validate(authorFrontmatterSchema, normalized, display, problems);
  if (!isSlug(slug)) {
    problems.push({ file: display, field: '(file name)', found: describeValue(slug), expected: `a file name of lowercase letters, digits and hyphens, ${SLUG_LENGTH_LIMIT}` });
  }
  return { normalized, frontmatter };
}

/**
 * The pages of `pages/` (a folder a blog may not have), by order and title; `collect` gets each render, and the
 * paths of pages left out for their problems go to `unloaded`.
 */
function loadPages(
  options: LoadOptions,
  read: (file: string) => MarkdownFile | undefined,
  problems: ContentProblem[],
  /** Filled with every page's slug and file, valid or not, for the alias check. */
  owners: Map<string, string>,
  historyOf: (file: string) => HistoryFacts,
  unloaded: string[],
  collect: (rendered: RenderedMarkdown, source: MarkdownFile) => void,
): Page[] {
  const folder = path.join(options.contentDir, 'pages');
  if (!fs.existsSync(folder)) return [];
  const reserved = [...ROOT_SEGMENTS, ...fs.readdirSync(options.publicDir)];
  const pages: Page[] = [];
  for (const file of listMarkdown(folder, problems)) {
    const source = read(file);
    if (!source) continue;
    const display = displayPath(source.file);
    const problemsBefore = problems.length;
    // Pages are Margins' own: no other engine's names to map, and an unknown field is an error.
    const frontmatter = validate(pageFrontmatterSchema, { data: source.data, extra: {}, problems: [], writtenName: (field) => field }, display, problems);
    const slug = slugOfFile(source.file);
    owners.set(slug, display);
    if (reserved.includes(slug)) {
      problems.push({ file: display, field: '(file name)', found: describeValue(slug), expected: `a name other than ${reserved.join(', ')} (the site already uses those paths)` });
    } else if (!isSlug(slug)) {
      problems.push({ file: display, field: '(file name)', found: describeValue(slug), expected: `a file name of lowercase letters, digits and hyphens, ${SLUG_LENGTH_LIMIT}` });
    }
    const url = contentPagePath(slug);
    if (!frontmatter || problems.length > problemsBefore) {
      unloaded.push(url);
      continue;
    }
    const rendered = source.render({ title: frontmatter.title, publicDir: options.publicDir, pageUrl: absoluteUrl(url) });
    reportMissingImages(rendered.missingImages.map(inFile(display, source)), options.publicDir, problems);
    collect(rendered, source);
    const pageHistory = historyOf(source.file);
    pages.push({
      slug,
      url,
      file: display,
      repositoryFile: pageHistory.repositoryFile,
      title: frontmatter.title,
      description: frontmatter.description ?? truncateAtWord(rendered.firstParagraph),
      nav: frontmatter.nav,
      order: frontmatter.order,
      updated: frontmatter.updated,
      modified: frontmatter.updated ?? gitModified(pageHistory, source, options),
      headings: rendered.headings,
      html: rendered.html,
    });
  }
  return pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** A Markdown file name with only dots before `.md`. */
const NAMELESS_MARKDOWN = /^\.+md$/;

function listMarkdown(folder: string, problems: ContentProblem[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    problems.push({
      file: displayPath(folder),
      field: '(folder)',
      found: 'no such folder',
      expected: 'a folder of Markdown files (set CONTENT_DIR to the folder holding posts/ and authors/)',
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(folder, entry.name);
    // `.md` and `..md` are what a title without letters once made of a file name: hidden, they would be
    // skipped in silence like the system's and editors' files (.DS_Store, .post.md.swp), so they are named.
    if (NAMELESS_MARKDOWN.test(entry.name)) {
      problems.push({
        file: displayPath(file),
        field: '(file name)',
        found: `${describeValue(entry.name)}, a hidden file with no name before .md`,
        expected: 'a file name of lowercase letters, digits and hyphens before .md, such as my-first-post.md',
      });
      continue;
    }
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name.endsWith('.md')) files.push(file);
    else if (entry.isSymbolicLink()) {
      problems.push({ file: displayPath(file), field: '(file name)', found: 'a symbolic link', expected: 'a regular file (copy the file here instead of linking to it)' });
    } else {
      problems.push({
        file: displayPath(file),
        field: '(file name)',
        found: entry.isDirectory() ? 'a folder' : 'a file that does not end in .md',
        expected: 'only Markdown files ending in .md (images belong under public/)',
      });
    }
  }
  return files;
}

/** Validates normalized frontmatter; each problem names the field as the author wrote it. */
function validate<Schema extends z.ZodType>(
  schema: Schema,
  frontmatter: NormalizedFrontmatter,
  file: string,
  problems: ContentProblem[],
): z.output<Schema> | undefined {
  problems.push(...frontmatter.problems.map((problem) => ({ file, ...problem })));
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return frontmatter.problems.length === 0 ? result.data : undefined;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const field = [...issue.path, ...(key === undefined ? [] : [key])].map(String).join('.');
      problems.push({
        file,
        field: field ? frontmatter.writtenName(field) : '(frontmatter)',
        found: key === undefined ? describeValue(valueAt(frontmatter.data, issue.path)) : 'a field Margins does not know',
        expected: issue.message,
      });
    }
  }
  return undefined;
}

/** The raw frontmatter value at a path, as the author wrote it (not as a schema transformed it). */
function valueAt(data: unknown, fieldPath: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of fieldPath) {
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

function buildAuthor(source: MarkdownFile, options: LoadOptions, problems: ContentProblem[], unknownFields: UnknownFieldUse[]): Author[] {
  const display = displayPath(source.file);
  const slug = slugOfFile(source.file);
  const problemsBefore = problems.length;
  const { normalized, frontmatter } = checkAuthorFile(display, slug, source.data, problems);
  for (const name of Object.keys(normalized.extra)) unknownFields.push({ kind: 'author', name, file: display });
  if (!frontmatter) return [];
  checkLocalFile(frontmatter.avatar, 'avatar', display, options.publicDir, problems);
  if (problems.length > problemsBefore) return [];
  return [
    {
      slug,
      name: frontmatter.name,
      avatar: frontmatter.avatar ? { src: frontmatter.avatar, size: localImageSize(frontmatter.avatar, options.publicDir) } : undefined,
      role: frontmatter.role && frontmatter.company ? t.roleAt(frontmatter.role, frontmatter.company) : frontmatter.role || frontmatter.company || undefined,
      social: frontmatter.social,
      extra: normalized.extra,
      bioHtml: renderBio(source, slug, options.publicDir, problems),
      url: authorPath(slug),
      file: display,
    },
  ];
}

/** Finds an author by slug or by name, case-insensitively. */
function authorFinder(authors: ReadonlyArray<Author>): (ref: string) => Author | undefined {
  const byKey = new Map<string, Author>();
  for (const author of authors) {
    byKey.set(author.slug.toLowerCase(), author);
    byKey.set(author.name.normalize('NFC').toLowerCase(), author);
  }
  return (ref) => byKey.get(ref.normalize('NFC').trim().toLowerCase());
}

function renderBio(source: MarkdownFile, slug: string, publicDir: string, problems: ContentProblem[]): string {
  // Bios appear under posts, several on one page: ids of their own, apart from the post's and each other's.
  const rendered = source.render({ publicDir, pageUrl: absoluteUrl(authorPath(slug)), idPrefix: `bio.${slug}.` });
  reportMissingImages(rendered.missingImages.map(inFile(displayPath(source.file), source)), publicDir, problems);
  return rendered.html;
}

/** The warning about raw HTML left open (lib/markdown-plugins/remark-unclosed-html.ts): the build goes on. */
function unclosedWarning({ element, line, file }: InFile<UnclosedHtml>): ContentWarning {
  const [opened, closing] = element === '<!--' ? ['the HTML comment "<!--"', '"-->"'] : [`<${element}>`, `</${element}>`];
  return { file, line, message: `${opened} here is never closed (no ${closing} follows): browsers take the rest of the body into it and do not show it; close it, or write it as \`code\`` };
}

/** Local images a body shows that cannot be: no such file, or a file that is no image (a text file named .jpg). */
function reportMissingImages(images: ReadonlyArray<InFile<MissingImage>>, publicDir: string, problems: ContentProblem[]) {
  for (const { src, file, line, column } of images) {
    const target = publicFile(src, publicDir);
    const found = target && fs.statSync(target, { throwIfNoEntry: false })?.isFile() ? 'a file that is not an image the build can read' : `not a file under ${displayPath(publicDir)}/`;
    problems.push({
      file,
      line,
      field: 'body',
      found: `an image ${describeValue(src)}, which is ${found}`,
      expected: 'PNG, JPEG, GIF, WebP, AVIF or SVG images that exist under public/, referenced from the site root as "/images/..."',
      column,
    });
  }
}

function checkLocalFile(ref: string | undefined, field: string, file: string, publicDir: string, problems: ContentProblem[]) {
  if (!ref || !ref.startsWith('/')) return;
  const target = publicFile(ref, publicDir);
  if (!target || !fs.statSync(target, { throwIfNoEntry: false })?.isFile()) {
    problems.push({
      file,
      field,
      found: `${describeValue(ref)}, which is not a file under ${displayPath(publicDir)}/`,
      expected: `a file that exists, e.g. ${displayPath(publicDir)}/images/cover.jpg referenced as "/images/cover.jpg"`,
    });
  }
}

type CrossCheckedFields = Partial<Pick<PostFrontmatter, 'slug' | 'author' | 'authors' | 'coverImage' | 'tags' | 'categories'>>;

/** The fields other checks need, taken as they are from frontmatter that failed validation elsewhere. */
function looseFields(data: unknown): CrossCheckedFields {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const texts = (value: unknown) => (Array.isArray(value) ? value.flatMap((item) => text(item) ?? []) : undefined);
  return {
    slug: text(record.slug),
    author: text(record.author),
    authors: texts(record.authors),
    coverImage: text(record.coverImage),
    tags: texts(record.tags),
    categories: texts(record.categories),
  };
}

/** The `aliases` list of frontmatter as written, whatever its items are. */
function aliasValues(data: unknown): unknown[] {
  const aliases = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).aliases : undefined;
  return Array.isArray(aliases) ? aliases : [];
}

function slugOfFile(file: string): string {
  return path.basename(file, '.md').normalize('NFC');
}

function basePost(
  source: MarkdownFile,
  frontmatter: PostFrontmatter,
  extra: Record<string, unknown>,
  slug: string,
  authors: Author[],
  options: LoadOptions,
  committed: { repositoryFile: string; modified?: Date },
): Post {
  const { now, publicDir } = options;
  const cover = frontmatter.coverImage
    ? { src: frontmatter.coverImage, alt: frontmatter.coverAlt ?? frontmatter.title, size: localImageSize(frontmatter.coverImage, publicDir) }
    : undefined;
  return {
    slug,
    url: postPath(slug),
    file: displayPath(source.file),
    repositoryFile: committed.repositoryFile,
    title: frontmatter.title,
    date: frontmatter.date,
    updated: frontmatter.updated,
    authors,
    // A post written before its date (a scheduled one) was not modified before it was published.
    modified: frontmatter.updated ?? (committed.modified && committed.modified > frontmatter.date ? committed.modified : frontmatter.date),
    excerpt: frontmatter.excerpt ?? '',
    // Names as written for now; relate() replaces them with the merged terms.
    tags: uniqueBySlug(frontmatter.tags.map((name) => ({ slug: termSlug(name), name }))),
    categories: uniqueBySlug(frontmatter.categories.map((name) => ({ slug: termSlug(name), name }))),
    cover,
    shareImage: shareImage(slug, frontmatter.title, cover),
    draft: !frontmatter.published,
    scheduled: frontmatter.date.getTime() > now.getTime(),
    canonical: frontmatter.canonical,
    // The name as written for now; relate() replaces it with the merged one.
    series: frontmatter.series ? { slug: termSlug(frontmatter.series), name: frontmatter.series } : undefined,
    aliases: [...frontmatter.aliases],
    historyAliases: [],
    extra,
    math: frontmatter.math,
    // What the rendered body shows, set by renderPost().
    headings: [],
    wordCount: 0,
    readingMinutes: 0,
  };
}

/**
 * The image a post is shared with until the build crops its cover (lib/image-variants/build.ts, which decides
 * from the image's bytes): a local PNG, JPEG, GIF or WebP cover with its size, or a remote cover without one
 * unless its URL says SVG (social networks cannot show SVG; an image URL often has no extension at all);
 * otherwise the 1200x630 card the build draws for it.
 */
function shareImage(slug: string, title: string, cover: Post['cover']): ShareImage {
  const address = cover?.src.replace(/[?#].*$/, '') ?? '';
  if (cover?.size && /\.(png|jpe?g|gif|webp)$/i.test(address)) return { src: cover.src, ...sizeOf(cover.size), alt: cover.alt, generated: false };
  if (cover && isRemote(cover.src) && !/\.svgz?$/i.test(address)) return { src: cover.src, alt: cover.alt, generated: false };
  return drawnShareImage(slug, title);
}

const sizeOf = ({ width, height }: ImageSize) => ({ width, height });

function renderPost(post: Post, source: MarkdownFile, publicDir: string, problems: ContentProblem[]): { post: Post; body: PostBody; rendered: RenderedMarkdown } {
  const rendered = source.render({ title: post.title, publicDir, pageUrl: absoluteUrl(post.url), math: post.math });
  reportMissingImages(rendered.missingImages.map(inFile(post.file, source)), publicDir, problems);
  return {
    post: {
      ...post,
      headings: rendered.headings,
      excerpt: post.excerpt || truncateAtWord(rendered.firstParagraph),
      wordCount: rendered.wordCount,
      readingMinutes: readingMinutes(rendered.wordCount),
    },
    body: { html: rendered.html, feedHtml: rendered.feedHtml },
    rendered,
  };
}

/** Sorts the posts, merges the spellings of each tag and category, and ranks related posts: the content data. */
function relate(unsorted: Post[], unsortedAuthors: Author[], buildTime: Date): Omit<ContentData, 'pages'> {
  const posts = [...unsorted].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  const uses = (terms: (post: Post) => TermRef[]): TermUse[] => posts.flatMap((post) => terms(post).map(({ name }) => ({ name, date: post.date })));
  const tags = mergeTerms(uses((post) => post.tags));
  const categories = mergeTerms(uses((post) => post.categories));
  const seriesTerms = mergeTerms(uses((post) => (post.series ? [post.series] : [])));
  const tagNames = new Map(tags.map((term) => [term.slug, term.name]));
  const categoryNames = new Map(categories.map((term) => [term.slug, term.name]));
  const seriesNames = new Map(seriesTerms.map((term) => [term.slug, term.name]));
  for (const post of posts) {
    post.tags = post.tags.map(({ slug }) => ({ slug, name: tagNames.get(slug) ?? slug }));
    post.categories = post.categories.map(({ slug }) => ({ slug, name: categoryNames.get(slug) ?? slug }));
    if (post.series) post.series = { slug: post.series.slug, name: seriesNames.get(post.series.slug) ?? post.series.slug };
  }

  const postsByTag = groupPosts(posts, (post) => post.tags.map((tag) => tag.slug));
  const postsByCategory = groupPosts(posts, (post) => post.categories.map((category) => category.slug));
  const tagStats: TagStats = { totalPosts: posts.length, postsPerTag: new Map(tags.map((tag) => [tag.slug, tag.count])) };
  const related: Record<string, string[]> = {};
  for (const post of posts) {
    // Only posts sharing a tag or a category can rank; there is no need to score the whole blog.
    const candidates = new Set<Post>();
    for (const tag of post.tags) for (const other of postsByTag.get(tag.slug) ?? []) candidates.add(other);
    for (const category of post.categories) for (const other of postsByCategory.get(category.slug) ?? []) candidates.add(other);
    related[post.slug] = rankRelated(post, candidates, tagStats).map((other) => other.slug);
  }
  const authors = [...unsortedAuthors].sort((a, b) => a.name.localeCompare(b.name));
  return { buildTime, posts, authors, tags, categories, series: seriesOf(posts, seriesTerms), related };
}

/** Each series with its parts, oldest first (ties by slug), sorted by name. */
function seriesOf(newestFirst: ReadonlyArray<Post>, terms: ReadonlyArray<TermRef>): Series[] {
  const oldestFirst = [...newestFirst].sort((a, b) => a.date.getTime() - b.date.getTime() || a.slug.localeCompare(b.slug));
  const parts = groupPosts(oldestFirst, (post) => (post.series ? [post.series.slug] : []));
  return terms
    .map(({ slug, name }) => ({ slug, name, posts: (parts.get(slug) ?? []).map((post) => post.slug) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function uniqueBySlug(terms: TermRef[]): TermRef[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.slug) && seen.add(term.slug));
}

/** What git history says of one content file, with its path in the repository. */
interface HistoryFacts {
  history?: FileHistory;
  repositoryFile: string;
  /** The history was read, so a file it lacks is one never committed. */
  read: boolean;
}

/** Looks up files in the history of the content folder. */
function fileHistory(history: GitHistory | undefined, contentDir: string): (file: string) => HistoryFacts {
  return (file) => {
    const relative = path.relative(contentDir, file).split(path.sep).join('/');
    if (!history?.available) return { repositoryFile: displayPath(file), read: false };
    return { history: history.files.get(relative), repositoryFile: history.prefix + relative, read: true };
  };
}

/**
 * When git says a file's body last changed: its last commit that changed the body; under `next dev` (`worktree`),
 * "now" for an uncommitted change to the body (or a file never committed).
 */
function gitModified({ history, read }: HistoryFacts, source: MarkdownFile, options: LoadOptions): Date | undefined {
  if (!read) return undefined;
  const uncommitted = !history || !sameBody(source.body, history.committedBody);
  return options.gitHistory === 'worktree' && uncommitted ? options.now : history?.bodyChanged;
}

/**
 * The addresses a post had under its earlier names in git history, as the loader would have made them then (its
 * `slug:` field, else its file name), other than its address now; only names it had in `posts/`.
 */
function earlierSlugs({ history }: HistoryFacts, slug: string): Array<{ alias: string; from: string }> {
  const earlier = new Map<string, string>();
  for (const name of history?.earlierNames ?? []) {
    if (path.posix.dirname(name.file) !== 'posts' || !name.file.endsWith('.md')) continue;
    const old = slugField(name.frontmatter) ?? slugOfFile(name.file);
    const read = isSlug(old) && old !== slug ? readAliasPath(postPath(old)) : undefined;
    const alias = read && 'path' in read ? read.path : undefined;
    if (alias && !earlier.has(alias)) earlier.set(alias, name.file);
  }
  return [...earlier].map(([alias, from]) => ({ alias, from }));
}

/** The `slug:` of an earlier frontmatter, when it parses and is text. */
function slugField(frontmatter: string | undefined): string | undefined {
  if (frontmatter === undefined) return undefined;
  try {
    // Through the one reader, as a file of its own: an old version is input like any other.
    const slug = (readFrontmatter(`---\n${frontmatter}\n---\n`).data as Record<string, unknown> | undefined)?.slug;
    return typeof slug === 'string' ? slug.trim().normalize('NFC') : undefined;
  } catch {
    return undefined;
  }
}
