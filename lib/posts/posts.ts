import path from 'node:path';
import { isRemote, localImageSize, type ImageSize } from './images';
import { drawnShareImage } from './og-paths';
import { postPath } from '../site/paths';
import { termSlug } from './taxonomy';
import { claimAlias, type AliasClaim } from './aliases';
import { authorFinder, type LoadedAuthors } from './authors';
import { aliasValues, checkLocalFile, checkPostFile } from './file-check';
import { describeValue, displayPath, type ContentProblem } from '../site/errors';
import { earlierSlugs, gitModified, type HistoryFacts, type InferredAlias } from './file-history';
import type { UnknownFieldUse } from './frontmatter-aliases';
import { listMarkdown, slugOfFile } from './list';
import type { Author, ShareImage, TermRef, UnrenderedPost } from './model';
import type { PostFrontmatter } from './schema';
import type { MarkdownFile } from './source';

/** What the posts step needs of the load options. */
interface PostOptions {
  contentDir: string;
  publicDir: string;
  now: Date;
  gitHistory?: 'committed' | 'worktree';
}

/** The posts step's result: every post that loads, unrendered, and what the alias check needs of every post file. */
export interface ReadPosts {
  posts: Array<{ post: UnrenderedPost; source: MarkdownFile }>;
  /** Each slug with the first file that has it, valid or not. */
  slugOwners: Map<string, string>;
  /** Every alias written in a post file that reads as a path, valid file or not: one build reports every clash. */
  aliasClaims: AliasClaim[];
  /** Addresses git history gives loaded posts (their earlier names), not written among their aliases. */
  inferredAliases: InferredAlias[];
  /** The site paths of posts left out for their problems. */
  unloadedPaths: string[];
  unknownFields: UnknownFieldUse[];
}

/** Reads and checks `posts/`, in file name order, against the authors; renders nothing. */
export function readPosts(
  options: PostOptions,
  authors: LoadedAuthors,
  read: (file: string) => MarkdownFile | undefined,
  historyOf: (file: string) => HistoryFacts,
  problems: ContentProblem[],
): ReadPosts {
  const findAuthor = authorFinder(authors.authors);
  const result: ReadPosts = { posts: [], slugOwners: new Map(), aliasClaims: [], inferredAliases: [], unloadedPaths: [], unknownFields: [] };
  for (const file of listMarkdown(path.join(options.contentDir, 'posts'), problems)) {
    const source = read(file);
    if (!source) continue;
    const problemsBefore = problems.length;
    const display = displayPath(source.file);
    const { normalized, frontmatter, fields, slug } = checkPostFile(display, slugOfFile(source.file), source.data, problems);
    for (const name of Object.keys(normalized.extra)) result.unknownFields.push({ kind: 'post', name, file: display });
    // Each alias that reads as a path is claimed even when another field or alias is wrong, so that one build
    // reports every clash; validation reports those that do not read.
    aliasValues(normalized.data).forEach((value, index) => {
      const claimed = typeof value === 'string' ? claimAlias(value, { file: display, field: normalized.writtenName(`aliases.${index}`) }) : undefined;
      if (claimed && 'claim' in claimed) result.aliasClaims.push(claimed.claim);
    });
    const owner = result.slugOwners.get(slug);
    if (owner) {
      problems.push({
        file: display,
        field: 'slug',
        found: `${describeValue(slug)}, already the slug of ${owner}`,
        expected: 'a slug no other post uses',
      });
    } else result.slugOwners.set(slug, display);

    const authorField = fields.authors ? 'authors' : 'author';
    const postAuthors: Author[] = [];
    for (const ref of fields.authors ?? (fields.author ? [fields.author] : [])) {
      const author = findAuthor(ref);
      if (author) postAuthors.push(author);
      else if (!authors.fileSlugs.includes(ref.toLowerCase())) {
        problems.push({
          file: display,
          field: authorField,
          found: describeValue(ref),
          expected: `one of the authors in ${displayPath(path.join(options.contentDir, 'authors'))}/: ${
            authors.authors.map((a) => `${a.slug} (${a.name})`).join(', ') || 'none exist yet'
          }`,
        });
      }
    }
    checkLocalFile(fields.coverImage, 'coverImage', display, options.publicDir, problems);
    if (!frontmatter || problems.length > problemsBefore) {
      result.unloadedPaths.push(postPath(slug));
      continue;
    }

    const facts = historyOf(source.file);
    const post = postOf(source, frontmatter, normalized.extra, slug, postAuthors, options, { repositoryFile: facts.repositoryFile, modified: gitModified(facts, source, options) });
    for (const earlier of earlierSlugs(facts, slug)) {
      if (post.aliases.includes(earlier.alias)) continue;
      result.inferredAliases.push({ claim: { file: display, field: `(git history: ${earlier.from})`, alias: earlier.alias }, from: earlier.from });
    }
    result.posts.push({ post, source });
  }
  return result;
}

/** Whether a build shows a post: a published one dated no later than now, or any post under `next dev`. */
export function isShown(post: Pick<UnrenderedPost, 'draft' | 'date'>, options: { includeDrafts: boolean; now: Date }): boolean {
  return options.includeDrafts || (!post.draft && post.date.getTime() <= options.now.getTime());
}

function postOf(
  source: MarkdownFile,
  frontmatter: PostFrontmatter,
  extra: Record<string, unknown>,
  slug: string,
  authors: Author[],
  options: PostOptions,
  committed: { repositoryFile: string; modified?: Date },
): UnrenderedPost {
  const { now, publicDir } = options;
  // The cover's size is measured here, once, from the file's header: under `next dev` too, and for SVG and
  // animated GIF, which get no variants. The image step adds the variants, and the size only of a remote cover.
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
    excerpt: frontmatter.excerpt,
    // Names as written: the terms step gives each the spelling most posts use.
    tags: uniqueBySlug(frontmatter.tags.map((name) => ({ slug: termSlug(name), name }))),
    categories: uniqueBySlug(frontmatter.categories.map((name) => ({ slug: termSlug(name), name }))),
    cover,
    shareImage: shareImage(slug, frontmatter.title, cover),
    draft: !frontmatter.published,
    scheduled: frontmatter.date.getTime() > now.getTime(),
    canonical: frontmatter.canonical,
    series: frontmatter.series ? { slug: termSlug(frontmatter.series), name: frontmatter.series } : undefined,
    // The written ones; the aliases step adds those git history gives.
    aliases: [...frontmatter.aliases],
    historyAliases: [],
    extra,
    math: frontmatter.math,
  };
}

/**
 * The image a post is shared with until the build crops its cover (lib/output/image-variants/build.ts, which decides
 * from the image's bytes): a local PNG, JPEG, GIF or WebP cover with its size, or a remote cover without one
 * unless its URL says SVG (social networks cannot show SVG; an image URL often has no extension at all);
 * otherwise the 1200x630 card the build draws for it.
 */
function shareImage(slug: string, title: string, cover: UnrenderedPost['cover']): ShareImage {
  const address = cover?.src.replace(/[?#].*$/, '') ?? '';
  if (cover?.size && /\.(png|jpe?g|gif|webp)$/i.test(address)) return { src: cover.src, ...sizeOf(cover.size), alt: cover.alt, generated: false };
  if (cover && isRemote(cover.src) && !/\.svgz?$/i.test(address)) return { src: cover.src, alt: cover.alt, generated: false };
  return drawnShareImage(slug, title);
}

const sizeOf = ({ width, height }: ImageSize) => ({ width, height });

function uniqueBySlug(terms: TermRef[]): TermRef[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.slug) && seen.add(term.slug));
}
