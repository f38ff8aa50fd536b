// `npm run new`: the files an author starts a post or an author page from.
import fs from 'node:fs';
import path from 'node:path';
import { isoDateTime } from '../posts/dates';
import { authorPath, postPath } from '../site/paths';
import { describeValue, displayPath, formatProblem, type ContentProblem } from '../site/errors';
import { readFrontmatter } from '../posts/frontmatter';
import { checkAuthorFile, checkPostFile } from '../posts/file-check';
import { cutSlug, MAX_SLUG_BYTES } from '../posts/schema';
import { absoluteUrl } from '../site';
import { termSlug } from '../posts/taxonomy';

/** A file `npm run new` wrote, the URL it will have once published, and what the author should know. */
export interface Scaffolded {
  file: string;
  url: string;
  /** Such as a file name cut to the slug limit. */
  notes: string[];
}

/** What a new post needs. */
export interface NewPost {
  title: string;
  /** An author's slug; by default the only author, or the site's `defaultAuthor`. */
  author?: string;
  /** The author when none is asked for and the site has several: the site config's `defaultAuthor`. */
  defaultAuthor?: string;
  tags?: string[];
  /** The folder holding `posts/` and `authors/`. */
  contentDir: string;
  /** Its date: the post is dated on this day (UTC), which is never after this moment. */
  now: Date;
}

/** The URL slug of a title: "Hello, World!" -> "hello-world", cut at a word to the slug limit the build enforces. */
export function slugFromTitle(title: string): string {
  const slug = cutSlug(termSlug(title));
  if (!slug) throw new Error(`${describeValue(title)}: expected a title with letters or digits, which make the file name and URL`);
  return slug;
}

/** What to tell the author when the slug is shorter than the title's. */
function cutNotes(title: string, slug: string): string[] {
  return termSlug(title) === slug ? [] : [`the title is too long for a file name and URL: they were cut to the limit of ${MAX_SLUG_BYTES} bytes once URL-encoded, "${slug}"`];
}

/** Writes `content/posts/<slug>.md`, a draft, and never over an existing file nor one the build would refuse. */
export function scaffoldPost({ title, author, defaultAuthor, tags = [], contentDir, now }: NewPost): Scaffolded {
  const slug = slugFromTitle(title);
  const frontmatter = [
    `title: ${JSON.stringify(title)}`,
    // Today in the site's time zone, the zone a date-only date is read in.
    `date: "${isoDateTime(now).slice(0, 10)}"`,
    `author: ${JSON.stringify(chooseAuthor(author, defaultAuthor, path.join(contentDir, 'authors')))}`,
    ...(tags.length > 0 ? [`tags: ${JSON.stringify(tags)}`] : []),
    'published: false',
  ];
  const body = 'Write the post here in Markdown; delete `published: false` above to publish it, and run `npm run check` first.';
  const file = path.join(contentDir, 'posts', `${slug}.md`);
  const text = document(frontmatter, body);
  refuseWhatTheBuildRefuses(file, (problems) => checkPostFile(displayPath(file), slug, readFrontmatter(text).data, problems));
  writeNew(file, text);
  return { file, url: absoluteUrl(postPath(slug)), notes: cutNotes(title, slug) };
}

/** Writes `content/authors/<slug>.md` for a name, and never over an existing file nor one the build would refuse. */
export function scaffoldAuthor(name: string, contentDir: string): Scaffolded {
  const slug = slugFromTitle(name);
  const body = `${name} writes here. This paragraph, in Markdown, is the bio under each of their posts.`;
  const file = path.join(contentDir, 'authors', `${slug}.md`);
  const text = document([`name: ${JSON.stringify(name)}`], body);
  refuseWhatTheBuildRefuses(file, (problems) => checkAuthorFile(displayPath(file), slug, readFrontmatter(text).data, problems));
  writeNew(file, text);
  return { file, url: absoluteUrl(authorPath(slug)), notes: cutNotes(name, slug) };
}

/** Runs the loader's own checks of a file about to be written; throws, naming every problem, if there are any. */
function refuseWhatTheBuildRefuses(file: string, check: (problems: ContentProblem[]) => void): void {
  const problems: ContentProblem[] = [];
  check(problems);
  if (problems.length > 0) {
    const lines = problems.map((problem) => `  ${formatProblem(problem)}`);
    throw new Error([`wrote nothing: the build would refuse ${displayPath(file)}`, ...lines].join('\n'));
  }
}

const document = (frontmatter: string[], body: string) => `---\n${frontmatter.join('\n')}\n---\n${body}\n`;

/** The author of a new post: the one asked for (which must exist), the only one, or the site's default. */
function chooseAuthor(requested: string | undefined, defaultAuthor: string | undefined, authorsDir: string): string {
  const slugs = fs.existsSync(authorsDir) ? fs.readdirSync(authorsDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : [];
  const choices = slugs.join(', ') || 'none yet: create one with npm run new -- --author "Your Name"';
  const chosen = requested ?? (slugs.length === 1 ? slugs[0] : defaultAuthor);
  if (chosen === undefined) throw new Error(`--author: expected one of the authors in ${authorsDir}: ${choices} (or set defaultAuthor in site.config.ts)`);
  if (!slugs.includes(chosen)) {
    const given = requested === undefined ? 'defaultAuthor' : '--author';
    throw new Error(`${given}: found "${chosen}", expected one of the authors in ${authorsDir}: ${choices}`);
  }
  return chosen;
}

/** Writes a new file; refuses when the file exists. */
function writeNew(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new Error(`${file} already exists: pick another title, or edit that file`);
    throw error;
  }
}
