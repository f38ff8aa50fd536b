import path from 'node:path';
import { t } from '../site/i18n';
import { localImageSize } from './images';
import { authorPath } from '../site/paths';
import { absoluteUrl } from '../site';
import { checkAuthorFile, checkLocalFile } from './file-check';
import { displayPath, type ContentProblem } from '../site/errors';
import type { UnknownFieldUse } from './frontmatter-aliases';
import { listMarkdown, slugOfFile } from './list';
import type { Author } from './model';
import { renderBody } from './render';
import type { MarkdownFile } from './source';

/** The authors step's result: the valid authors, and what posts need to refer to them. */
export interface LoadedAuthors {
  authors: Author[];
  /** Slugs of every author file that could be read, valid or not: a post naming one of those is not at fault. */
  fileSlugs: string[];
  unknownFields: UnknownFieldUse[];
}

/** Reads, checks and renders `authors/`, in file name order. */
export function loadAuthors(contentDir: string, publicDir: string, read: (file: string) => MarkdownFile | undefined, problems: ContentProblem[]): LoadedAuthors {
  const sources = listMarkdown(path.join(contentDir, 'authors'), problems).flatMap((file) => read(file) ?? []);
  const built = sources.map((source) => buildAuthor(source, publicDir, problems));
  return {
    authors: built.flatMap((one) => one.author ?? []),
    fileSlugs: sources.map((source) => slugOfFile(source.file)),
    unknownFields: built.flatMap((one) => one.unknownFields),
  };
}

/** Finds an author by slug or by name, case-insensitively. */
export function authorFinder(authors: ReadonlyArray<Author>): (ref: string) => Author | undefined {
  const byKey = new Map<string, Author>();
  for (const author of authors) {
    byKey.set(author.slug.toLowerCase(), author);
    byKey.set(author.name.normalize('NFC').toLowerCase(), author);
  }
  return (ref) => byKey.get(ref.normalize('NFC').trim().toLowerCase());
}

function buildAuthor(source: MarkdownFile, publicDir: string, problems: ContentProblem[]): { author?: Author; unknownFields: UnknownFieldUse[] } {
  const display = displayPath(source.file);
  const slug = slugOfFile(source.file);
  const problemsBefore = problems.length;
  const { normalized, frontmatter } = checkAuthorFile(display, slug, source.data, problems);
  const unknownFields = Object.keys(normalized.extra).map((name): UnknownFieldUse => ({ kind: 'author', name, file: display }));
  if (!frontmatter) return { unknownFields };
  checkLocalFile(frontmatter.avatar, 'avatar', display, publicDir, problems);
  if (problems.length > problemsBefore) return { unknownFields };
  // Bios appear under posts, several on one page: ids of their own, apart from the post's and each other's.
  const bio = renderBody(source, { publicDir, pageUrl: absoluteUrl(authorPath(slug)), idPrefix: `bio.${slug}.` }, problems);
  const author: Author = {
    slug,
    name: frontmatter.name,
    // Measured here once, from the file's header: under `next dev` too, and for SVG, which gets no variants.
    avatar: frontmatter.avatar ? { src: frontmatter.avatar, size: localImageSize(frontmatter.avatar, publicDir) } : undefined,
    role: frontmatter.role && frontmatter.company ? t.roleAt(frontmatter.role, frontmatter.company) : frontmatter.role || frontmatter.company || undefined,
    social: frontmatter.social,
    extra: normalized.extra,
    bioHtml: bio.rendered.html,
    url: authorPath(slug),
    file: display,
  };
  return { author, unknownFields };
}
