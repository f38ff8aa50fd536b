import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { publicFile } from '../images';
import { authorPath, postPath } from '../paths';
import { mergeTerms, termSlug, type Term, type TermUse } from '../taxonomy';
import { ContentError, describeValue, displayPath, type ContentProblem, type ContentWarning } from './errors';
import type { Author, Post, TermRef } from './model';
import { rankRelated, type TagStats } from './related';
import { authorFrontmatterSchema, isSlug, postFrontmatterSchema, SLUG_LENGTH_LIMIT, type PostFrontmatter } from './schema';
import { ContentCache } from './cache';
import { MarkdownFile, type ParseCounter } from './source';
import { readingMinutes, truncateAtWord } from './text';

/** Where the content lives and which posts a build shows. */
export interface LoadOptions {
  /** The folder holding `posts/` and `authors/`. */
  contentDir: string;
  /** The folder served at `/`, where local cover images and avatars must exist. */
  publicDir: string;
  /** Show drafts and future-dated posts (true under `next dev`). */
  includeDrafts: boolean;
  /** The moment that decides whether a post is in the future. */
  now: Date;
  /** Where parsed and rendered files are cached between processes and builds; no cache when undefined. */
  cacheDir?: string;
}

/** Everything pages need, loaded, validated and indexed once. Lists are sorted; pages never sort. */
export interface Content {
  /** The visible posts, newest first. */
  posts: Post[];
  /** All authors, by name. */
  authors: Author[];
  /** Tags and categories of visible posts with their counts, most used first. */
  tags: Term[];
  categories: Term[];
  postBySlug: ReadonlyMap<string, Post>;
  tagBySlug: ReadonlyMap<string, Term>;
  categoryBySlug: ReadonlyMap<string, Term>;
  authorBySlug: ReadonlyMap<string, Author>;
  postsByTag: ReadonlyMap<string, Post[]>;
  postsByCategory: ReadonlyMap<string, Post[]>;
  postsByAuthor: ReadonlyMap<string, Post[]>;
  /** The visible posts just before (older) and after (newer) a post in date order. */
  adjacentPosts(post: Post): { previous?: Post; next?: Post };
  /** Up to three related posts of a visible post. */
  relatedPosts(post: Post): Post[];
  /** How many Markdown files this process parsed to build this (files the cache had are not parsed). */
  filesParsed: number;
  /** What the author should know about files that loaded all the same, one per file at most. */
  warnings: ContentWarning[];
}

/** Post slugs that would collide with the archive pages under /blog/. */
const RESERVED_SLUGS = ['page', 'tag', 'tags', 'category', 'author'];

/** Whether a build shows a post: a published one dated no later than now, or any post under `next dev`. */
export function isShown(frontmatter: Pick<PostFrontmatter, 'published' | 'date'>, options: Pick<LoadOptions, 'includeDrafts' | 'now'>): boolean {
  return options.includeDrafts || (frontmatter.published && frontmatter.date.getTime() <= options.now.getTime());
}

/** Loads, validates and indexes a content folder, or throws a {@link ContentError} listing every problem. */
export function loadContent(options: LoadOptions): Content {
  const problems: ContentProblem[] = [];
  const counter: ParseCounter = { parsed: 0 };
  const cache = options.cacheDir ? new ContentCache(options.cacheDir, options.publicDir) : undefined;
  const opened: MarkdownFile[] = [];
  const read = (file: string) => {
    const source = MarkdownFile.open(file, cache, counter, problems);
    if (source) opened.push(source);
    return source;
  };

  const authorSources = listMarkdown(path.join(options.contentDir, 'authors'), problems).map(read);
  const authors = authorSources.flatMap((source) => (source ? buildAuthor(source, options, problems) : []));
  const knownAuthorSlugs = authorSources.flatMap((source) => (source ? [slugOfFile(source.file)] : []));
  const findAuthor = authorFinder(authors);

  const shown: Array<{ post: Post; source: MarkdownFile }> = [];
  const slugOwners = new Map<string, string>();
  for (const file of listMarkdown(path.join(options.contentDir, 'posts'), problems)) {
    const source = read(file);
    if (!source) continue;
    const problemsBefore = problems.length;
    const frontmatter = validate(postFrontmatterSchema, source, problems);
    // Cross-file checks run even when other fields are wrong, so one build reports every problem.
    const fields = frontmatter ?? looseFields(source.data);
    const display = displayPath(source.file);

    const slug = fields.slug ?? slugOfFile(source.file);
    if (!fields.slug && !isSlug(slug)) {
      problems.push({
        file: display,
        field: 'slug',
        found: `${describeValue(slug)} (from the file name)`,
        expected: `a file name of lowercase letters, digits and hyphens, ${SLUG_LENGTH_LIMIT}, or a \`slug:\` field`,
      });
    }
    if (RESERVED_SLUGS.includes(slug)) {
      problems.push({
        file: display,
        field: 'slug',
        found: describeValue(slug),
        expected: `a slug other than ${RESERVED_SLUGS.join(', ')} (those are archive URLs under /blog/)`,
      });
    }
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
    if (!frontmatter || problems.length > problemsBefore) continue;

    const post = basePost(source, frontmatter, slug, postAuthors, options.now);
    if (isShown(frontmatter, options)) shown.push({ post, source });
  }

  // Render only what this build shows: a draft's Markdown costs nothing in production.
  const posts = shown.map(({ post, source }) => renderPost(post, source, options.publicDir, problems));
  for (const source of opened) source.persist();
  if (problems.length > 0) throw new ContentError(problems);
  return { ...indexContent(posts, authors, counter.parsed), warnings: opened.flatMap((source) => source.warnings) };
}

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
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
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

function validate<Schema extends z.ZodType>(schema: Schema, source: MarkdownFile, problems: ContentProblem[]): z.output<Schema> | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const field = [...issue.path, ...(key === undefined ? [] : [key])].map(String).join('.') || '(frontmatter)';
      problems.push({
        file: displayPath(source.file),
        field,
        found: key === undefined ? describeValue(valueAt(source.data, issue.path)) : 'a field Margins does not know',
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

function buildAuthor(source: MarkdownFile, options: LoadOptions, problems: ContentProblem[]): Author[] {
  const display = displayPath(source.file);
  const slug = slugOfFile(source.file);
  const frontmatter = validate(authorFrontmatterSchema, source, problems);
  const problemsBefore = problems.length;
  if (!isSlug(slug)) {
    problems.push({ file: display, field: '(file name)', found: describeValue(slug), expected: `a file name of lowercase letters, digits and hyphens, ${SLUG_LENGTH_LIMIT}` });
  }
  if (!frontmatter) return [];
  checkLocalFile(frontmatter.avatar, 'avatar', display, options.publicDir, problems);
  if (problems.length > problemsBefore) return [];
  return [
    {
      slug,
      name: frontmatter.name,
      avatar: frontmatter.avatar,
      role: frontmatter.role,
      social: frontmatter.social,
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
  const rendered = source.render({ publicDir, idPrefix: `bio.${slug}.` });
  reportMissingImages(rendered.missingImages, displayPath(source.file), publicDir, problems);
  return rendered.html;
}

function reportMissingImages(images: ReadonlyArray<string>, file: string, publicDir: string, problems: ContentProblem[]) {
  for (const src of images) {
    problems.push({
      file,
      field: 'body',
      found: `an image ${describeValue(src)}, which is not a file under ${displayPath(publicDir)}/`,
      expected: 'images that exist under public/, referenced from the site root as "/images/..."',
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

function slugOfFile(file: string): string {
  return path.basename(file, '.md').normalize('NFC');
}

function basePost(source: MarkdownFile, frontmatter: PostFrontmatter, slug: string, authors: Author[], now: Date): Post {
  const wordCount = source.wordCount;
  return {
    slug,
    url: postPath(slug),
    file: displayPath(source.file),
    title: frontmatter.title,
    date: frontmatter.date,
    updated: frontmatter.updated,
    authors,
    excerpt: frontmatter.excerpt ?? '',
    // Names as written for now; indexContent replaces them with the merged terms.
    tags: frontmatter.tags.map((name) => ({ slug: termSlug(name), name })),
    categories: frontmatter.categories.map((name) => ({ slug: termSlug(name), name })),
    cover: frontmatter.coverImage ? { src: frontmatter.coverImage, alt: frontmatter.coverAlt ?? frontmatter.title } : undefined,
    draft: !frontmatter.published,
    scheduled: frontmatter.date.getTime() > now.getTime(),
    canonical: frontmatter.canonical,
    html: '',
    headings: [],
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

function renderPost(post: Post, source: MarkdownFile, publicDir: string, problems: ContentProblem[]): Post {
  const rendered = source.render({ title: post.title, publicDir });
  reportMissingImages(rendered.missingImages, post.file, publicDir, problems);
  return {
    ...post,
    html: rendered.html,
    headings: rendered.headings,
    excerpt: post.excerpt || truncateAtWord(rendered.firstParagraph),
  };
}

function indexContent(unsorted: Post[], unsortedAuthors: Author[], filesParsed: number): Omit<Content, 'warnings'> {
  const posts = [...unsorted].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));

  const tagUses: TermUse[] = [];
  const categoryUses: TermUse[] = [];
  for (const post of posts) {
    post.tags = uniqueBySlug(post.tags);
    post.categories = uniqueBySlug(post.categories);
    tagUses.push(...post.tags.map(({ name }) => ({ name, date: post.date })));
    categoryUses.push(...post.categories.map(({ name }) => ({ name, date: post.date })));
  }
  const tags = mergeTerms(tagUses);
  const categories = mergeTerms(categoryUses);
  const tagNames = new Map(tags.map((term) => [term.slug, term.name]));
  const categoryNames = new Map(categories.map((term) => [term.slug, term.name]));
  for (const post of posts) {
    post.tags = post.tags.map(({ slug }) => ({ slug, name: tagNames.get(slug) ?? slug }));
    post.categories = post.categories.map(({ slug }) => ({ slug, name: categoryNames.get(slug) ?? slug }));
  }

  const postsByTag = groupPosts(posts, (post) => post.tags.map((tag) => tag.slug));
  const postsByCategory = groupPosts(posts, (post) => post.categories.map((category) => category.slug));
  const postsByAuthor = groupPosts(posts, (post) => post.authors.map((author) => author.slug));
  const tagStats: TagStats = {
    totalPosts: posts.length,
    postsPerTag: new Map(tags.map((tag) => [tag.slug, tag.count])),
  };
  const position = new Map(posts.map((post, index) => [post.slug, index]));
  const authors = [...unsortedAuthors].sort((a, b) => a.name.localeCompare(b.name));

  return {
    posts,
    authors,
    tags,
    categories,
    postBySlug: new Map(posts.map((post) => [post.slug, post])),
    tagBySlug: new Map(tags.map((term) => [term.slug, term])),
    categoryBySlug: new Map(categories.map((term) => [term.slug, term])),
    authorBySlug: new Map(authors.map((author) => [author.slug, author])),
    postsByTag,
    postsByCategory,
    postsByAuthor,
    adjacentPosts(post) {
      const index = position.get(post.slug);
      return index === undefined ? {} : { previous: posts[index + 1], next: posts[index - 1] };
    },
    relatedPosts(post) {
      // Only posts sharing a tag or a category can rank; there is no need to score the whole blog.
      const candidates = new Set<Post>();
      for (const tag of post.tags) for (const other of postsByTag.get(tag.slug) ?? []) candidates.add(other);
      for (const category of post.categories) {
        for (const other of postsByCategory.get(category.slug) ?? []) candidates.add(other);
      }
      return rankRelated(post, candidates, tagStats);
    },
    filesParsed,
  };
}

function uniqueBySlug(terms: TermRef[]): TermRef[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.slug) && seen.add(term.slug));
}

function groupPosts(posts: ReadonlyArray<Post>, keys: (post: Post) => string[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    for (const key of keys(post)) {
      const group = groups.get(key);
      if (group) group.push(post);
      else groups.set(key, [post]);
    }
  }
  return groups;
}
