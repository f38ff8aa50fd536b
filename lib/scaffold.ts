// `npm run new`: the files an author starts a post or an author page from.
import fs from 'node:fs';
import path from 'node:path';
import { isoDateTime } from './dates';
import { authorPath, postPath } from './paths';
import { fitsSlugLength, isSlug } from './posts/schema';
import { absoluteUrl } from './site';
import { termSlug } from './taxonomy';

/** A file `npm run new` wrote, and the URL it will have once published. */
export interface Scaffolded {
  file: string;
  url: string;
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

/** The URL slug of a title: "Hello, World!" -> "hello-world", words dropped from the end until it fits the limit. */
export function slugFromTitle(title: string): string {
  const words = termSlug(title).split('-');
  while (words.length > 1 && !fitsSlugLength(words.join('-'))) words.pop();
  const slug = words.join('-');
  if (!isSlug(slug)) throw new Error(`"${title}": expected a title with letters or digits, which make the file name and URL`);
  return slug;
}

/** Writes `content/posts/<slug>.md`, a draft, and never over an existing file. */
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
  const file = writeNew(path.join(contentDir, 'posts', `${slug}.md`), frontmatter, body);
  return { file, url: absoluteUrl(postPath(slug)) };
}

/** Writes `content/authors/<slug>.md` for a name, and never over an existing file. */
export function scaffoldAuthor(name: string, contentDir: string): Scaffolded {
  const slug = slugFromTitle(name);
  const body = `${name} writes here. This paragraph, in Markdown, is the bio under each of their posts.`;
  const file = writeNew(path.join(contentDir, 'authors', `${slug}.md`), [`name: ${JSON.stringify(name)}`], body);
  return { file, url: absoluteUrl(authorPath(slug)) };
}

/** The author of a new post: the one asked for (which must exist), the only one, or the site's default. */
function chooseAuthor(requested: string | undefined, defaultAuthor: string | undefined, authorsDir: string): string {
  const slugs = fs.existsSync(authorsDir) ? fs.readdirSync(authorsDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : [];
  const choices = slugs.join(', ') || 'none yet: create one with npm run new -- --author "Your Name"';
  const chosen = requested ?? (slugs.length === 1 ? slugs[0] : defaultAuthor);
  if (chosen === undefined) throw new Error(`--author: expected one of the authors in ${authorsDir}: ${choices} (or set defaultAuthor in lib/site.ts)`);
  if (!slugs.includes(chosen)) {
    const given = requested === undefined ? 'defaultAuthor' : '--author';
    throw new Error(`${given}: found "${chosen}", expected one of the authors in ${authorsDir}: ${choices}`);
  }
  return chosen;
}

/** Writes frontmatter and a body to a new file; refuses when the file exists. Returns the file. */
function writeNew(file: string, frontmatter: string[], body: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `---\n${frontmatter.join('\n')}\n---\n${body}\n`, { flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new Error(`${file} already exists: pick another title, or edit that file`);
    throw error;
  }
  return file;
}
