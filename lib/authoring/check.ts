// `npm run check`: everything the build would refuse in the content, and what it would publish but a reader or a
// search engine would trip on, one finding per line with the file, line and column, without building the site.
import fs from 'node:fs';
import path from 'node:path';
import { formatDate } from '../posts/dates';
import { findBrokenFragments, findBrokenLinks, normalizeSitePath } from '../output/link-check';
import { inspectContent, type Content, type ContentProblem, type LoadOptions, type Post, type Term } from '../posts';
import { displayPath } from '../site/errors';
import { termSlug } from '../posts/taxonomy';

/** How much a finding matters: only errors stop a build (and make `npm run check` fail). */
export type Severity = 'error' | 'warning' | 'info';

/** One thing `npm run check` reports, where an editor can jump to it. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

/** Search results show about this many characters of a title. */
export const MAX_TITLE_LENGTH = 70;
/** Search results and link cards show descriptions of about this length. */
export const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;

/** `path:line:column  severity  message`, the form editors and terminals make clickable. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}`;
}

/**
 * Loads the content as a production build does (no drafts, the build's cache) and lists, sorted by file and
 * place, everything wrong with it in one go: the errors the build would refuse, and the warnings about every
 * file that loads all the same (a post whose frontmatter the build refuses is left out of the content, so it gets
 * only its errors).
 */
export function checkContent(options: LoadOptions): Finding[] {
  const frontmatter = new FrontmatterPositions();
  const { loaded, problems, unloadedPaths } = inspectContent({ ...options, includeDrafts: false });
  const { content, siteLinks, imagesWithoutAlt, unpublished, warnings } = loaded;
  // A link to a post left out for its errors is not broken: the post is, and it is reported.
  const unloaded = new Set(unloadedPaths.map(normalizeSitePath));
  const brokenLinks = findBrokenLinks(content, siteLinks, options.publicDir).filter(({ href }) => !unloaded.has(normalizeSitePath(href)));
  const at = (file: string, field: string) => ({ file, ...(frontmatter.find(file, field) ?? { line: 1, column: 1 }) });
  const findings: Finding[] = [
    ...problems.map((problem) => problemFinding(problem, frontmatter)),
    ...warnings.map(({ file, line, message }) => ({ file, line: line ?? 1, column: 1, severity: 'warning' as const, message })),
    ...brokenLinks.map(({ file, line, column, href }) => ({
      file,
      line,
      column,
      severity: 'warning' as const,
      message: `link to "${href}" leads to no page of the site or file under public/`,
    })),
    ...findBrokenFragments(content, siteLinks).map(({ file, line, column, href }) => ({
      file,
      line,
      column,
      severity: 'warning' as const,
      message: `link to "${href}": that page has no heading with the id "${href.slice(href.indexOf('#') + 1)}"`,
    })),
    ...imagesWithoutAlt.map(({ file, line, column, src }) => ({
      file,
      line,
      column,
      severity: 'warning' as const,
      message: `image "${src}" has no alt text: describe what it shows, as in ![a red bicycle](${src})`,
    })),
  ];
  const warn = (file: string, field: string, message: string) => findings.push({ ...at(file, field), severity: 'warning', message });

  for (const post of content.posts) {
    if (characters(post.title) > MAX_TITLE_LENGTH) {
      warn(post.file, 'title', `title is ${characters(post.title)} characters long: search results cut it after about ${MAX_TITLE_LENGTH}`);
    }
    if (post.tags.length === 0) warn(post.file, 'tags', 'post has no tags: readers, feeds per tag and related posts find posts by their tags');
    checkDescription(post.file, 'excerpt', post.excerpt, frontmatter, warn);
  }
  for (const page of content.pages) checkDescription(page.file, 'description', page.description, frontmatter, warn);
  for (const [post, first] of duplicateTitles([...content.posts, ...unpublished])) {
    warn(post.file, 'title', `title "${post.title}" is also the title of ${first.file}`);
  }
  for (const field of ['tags', 'categories'] as const) {
    for (const { post, term, kept } of spellingVariants(content, field)) {
      warn(post.file, field, `${field === 'tags' ? 'tag' : 'category'} "${term.name}" differs only in spelling from "${kept.name}": use one spelling`);
    }
  }
  for (const post of [...content.posts, ...unpublished]) {
    for (const { alias, from } of post.historyAliases) {
      findings.push({ file: post.file, line: 1, column: 1, severity: 'info', message: `redirects from ${alias}: it was ${from} in git history (an alias inferred from the rename)` });
    }
  }
  if (loaded.gitNotice) findings.push({ file: displayPath(options.contentDir), line: 1, column: 1, severity: 'info', message: loaded.gitNotice });
  for (const post of unpublished.filter((post) => post.scheduled && !post.draft)) {
    findings.push({ ...at(post.file, 'date'), severity: 'info', message: `goes live on ${formatDate(post.date)} (its date is in the future)` });
  }
  return sortFindings(findings);
}

/**
 * A problem the build refuses, at its place in the body (a missing image), else at its frontmatter field when
 * the file has it there, else at 1:1.
 */
function problemFinding(problem: ContentProblem, frontmatter: FrontmatterPositions): Finding {
  const { line, column } = problem;
  const place = line !== undefined ? { line, column: column ?? 1 } : (frontmatter.find(problem.file, problem.field) ?? { line: 1, column: 1 });
  return { file: problem.file, ...place, severity: 'error', message: `${problem.field}: found ${problem.found}, expected ${problem.expected}` };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a reader counts them: "é" and an emoji are one each. */
function characters(text: string): number {
  return [...graphemes.segment(text)].length;
}

/**
 * Warns about a description (a post's excerpt, a page's description) that search results would cut or that says
 * too little. One taken from the first paragraph is cut to fit already, so only its shortness counts.
 */
function checkDescription(file: string, field: string, text: string, frontmatter: FrontmatterPositions, warn: (file: string, field: string, message: string) => void) {
  const length = characters(text);
  const written = frontmatter.find(file, field) !== undefined;
  const source = written ? field : `${field} (the first paragraph, as there is no ${field} field)`;
  if (length < DESCRIPTION_LENGTH.min) {
    warn(file, field, `${source} is ${length} characters long: write ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} that say what a reader will find`);
  } else if (written && length > DESCRIPTION_LENGTH.max) {
    warn(file, field, `${field} is ${length} characters long: search results and link cards cut it after about ${DESCRIPTION_LENGTH.max}`);
  }
}

/** Each post whose title an earlier post (in file order) has already, with that earlier post. */
function duplicateTitles<P extends Pick<Post, 'file' | 'title'>>(posts: ReadonlyArray<P>): Array<[P, P]> {
  const first = new Map<string, P>();
  const duplicates: Array<[P, P]> = [];
  for (const post of [...posts].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = post.title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const earlier = first.get(key);
    if (earlier) duplicates.push([post, earlier]);
    else first.set(key, post);
  }
  return duplicates;
}

/**
 * Terms that differ from another only in punctuation, spaces or case ("Nextjs" and "Next.js" have different
 * slugs, so they are two tags), each with every post using it and the most used spelling, which is kept.
 */
function spellingVariants(content: Content, field: 'tags' | 'categories'): Array<{ post: Post; term: Term; kept: Term }> {
  // The slug already spells out symbols that matter ("C++" -> "c-plus-plus"); without its hyphens, only
  // punctuation, spaces and case are ignored.
  const groups = new Map<string, Term[]>();
  for (const term of content[field]) {
    const key = termSlug(term.name).replace(/-/g, '');
    groups.set(key, [...(groups.get(key) ?? []), term]);
  }
  const posts = field === 'tags' ? content.postsByTag : content.postsByCategory;
  // Terms are sorted most used first: the first of each group is the spelling to keep.
  return [...groups.values()].flatMap(([kept, ...variants]) =>
    variants.flatMap((term) => (posts.get(term.slug) ?? []).map((post) => ({ post, term, kept: kept! }))),
  );
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Where fields are in the frontmatter of content files, each file read once. */
class FrontmatterPositions {
  private readonly lines = new Map<string, string[]>();

  /**
   * The line and column of a field (`title`, or `social.github` for a nested one; list indexes such as
   * `tags.1` point at the list's field) in a file's frontmatter, or undefined when it is not there.
   */
  find(file: string, field: string): { line: number; column: number } | undefined {
    const lines = this.frontmatterLines(file);
    let found: { line: number; column: number } | undefined;
    for (const key of field.split('.')) {
      if (/^\d+$/.test(key)) break;
      const pattern = new RegExp(`^( *)${escapeRegExp(key)}\\s*:`);
      // A top-level field has no indent; a nested one, more than the field it is in.
      const fits = (indent: number) => (found ? indent >= found.column : indent === 0);
      const index = lines.findIndex((text, index) => index >= (found?.line ?? 0) && fits(pattern.exec(text)?.[1]?.length ?? -1));
      if (index === -1) return undefined;
      found = { line: index + 1, column: lines[index]!.length - lines[index]!.trimStart().length + 1 };
    }
    return found;
  }

  /** The file's lines up to the end of its frontmatter (none when it has none or cannot be read). */
  private frontmatterLines(file: string): string[] {
    let lines = this.lines.get(file);
    if (!lines) {
      let text = '';
      try {
        text = fs.readFileSync(path.resolve(file), 'utf8');
      } catch {
        // A folder, or a file gone since: its findings are placed at 1:1.
      }
      const all = text.split(/\r?\n/);
      const end = all[0]?.startsWith('---') ? all.indexOf('---', 1) : -1;
      lines = end === -1 ? [] : all.slice(0, end);
      this.lines.set(file, lines);
    }
    return lines;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
