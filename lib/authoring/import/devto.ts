// dev.to articles, from API JSON (`/api/articles/{id}`, `/api/articles/me/all`) or a folder of dev.to Markdown
// files with their front matter, into the neutral model.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, describeValue, formatProblem } from '../../site/errors';
import { FrontmatterError, readFrontmatter } from '../../posts/frontmatter';
import { truncateAtWord } from '../../posts/text';
import { laterDate, personSlug, postSlug, utcIso, webUrl } from './fields';
import { checkInput, inputError, readText } from './input';
import { replaceLiquidTags } from './liquid';
import { firstParagraphText } from './markdown-source';
import type { ImportBatch, ImportedAuthor, ImportedPost, Skipped } from './model';

/** How dev.to posts are imported. */
export interface DevtoOptions {
  /** Keep the dev.to URL as `canonical` of posts first published on dev.to (by default the blog becomes canonical). */
  canonicalDevto: boolean;
}

// dev.to gives tags as a list or as one comma-separated string, depending on the endpoint.
const tagList = z.union([z.array(z.string()), z.string().transform((tags) => tags.split(','))], {
  error: 'a list of tags or "tag1, tag2"',
});
const optionalText = z.string({ error: 'text' }).nullish();

const frontMatter = z.object({
  title: optionalText,
  published: z.boolean({ error: 'true or false' }).optional(),
  description: optionalText,
  tags: tagList.nullish(),
  cover_image: optionalText,
  canonical_url: optionalText,
  series: optionalText,
  date: optionalText,
  published_at: optionalText,
  slug: optionalText,
});
const KNOWN_FRONT_MATTER = new Set(Object.keys(frontMatter.shape));

const article = z.object(
  {
    id: z.number().optional(),
    title: z.string({ error: 'the title as text' }),
    description: optionalText,
    body_markdown: z.string({
      error: 'the Markdown body (as /api/articles/{id} and /api/articles/me/all give it)',
    }),
    published: z.boolean().optional(),
    published_at: optionalText,
    edited_at: optionalText,
    tag_list: tagList.nullish(),
    tags: tagList.nullish(),
    cover_image: optionalText,
    canonical_url: optionalText,
    url: optionalText,
    series: optionalText,
    user: z
      .object({
        name: optionalText,
        username: optionalText,
        website_url: optionalText,
        profile_image: optionalText,
        twitter_username: optionalText,
        github_username: optionalText,
      })
      .optional(),
  },
  { error: 'a dev.to API article object' },
);

/** The fields of one dev.to post, whichever form it came in. */
interface DevtoEntry {
  origin: string;
  file: string;
  /** dev.to's article id, which names a post whose title makes no slug. */
  id?: number;
  title: string;
  body: string;
  published: boolean;
  date?: string | null;
  edited?: string | null;
  tags: string[];
  description?: string | null;
  cover?: string | null;
  canonical?: string | null;
  url?: string | null;
  series?: string | null;
  /** The slug the source asks for, if any; the title's otherwise. */
  sourceSlug?: string;
  author: ImportedAuthor;
  notes: string[];
}

/** Reads dev.to posts from an API JSON file or from a folder of dev.to Markdown files. */
export function importDevto(source: string, options: DevtoOptions): ImportBatch {
  const entries = fs.statSync(source, { throwIfNoEntry: false })?.isDirectory()
    ? readFolder(source)
    : readApi(source);
  const posts: ImportedPost[] = [];
  const skipped: Skipped[] = [];
  for (const entry of entries) {
    const result = 'reason' in entry ? entry : devtoPost(entry, options);
    if ('reason' in result) skipped.push(result);
    else posts.push(result);
  }
  return { posts, skipped };
}

function readApi(file: string): Array<DevtoEntry | Skipped> {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw inputError(
      file,
      '(file)',
      `text that is not valid JSON (${error.message})`,
      'dev.to API JSON, or a folder of dev.to Markdown files',
    );
  }
  // Checked as one shape or the other, so that a problem names its field rather than "not an article or a list".
  const found = Array.isArray(json)
    ? checkInput(z.array(article), json, file)
    : [checkInput(article, json, file)];
  return found.map((entry) => {
    const origin = `${path.basename(file)}: "${entry.title}"`;
    // Articles written in dev.to's Markdown editor carry their own front matter in body_markdown.
    const read = readFrontMatter(entry.body_markdown, file, 'body_markdown');
    if ('reason' in read) return { origin, reason: read.reason };
    const { data, body, notes } = read;
    const user = entry.user;
    const name = user?.name?.trim() || user?.username?.trim();
    return {
      origin,
      file,
      id: entry.id,
      title: entry.title,
      body,
      published: entry.published ?? Boolean(entry.published_at),
      date: entry.published_at ?? data.published_at ?? data.date,
      edited: entry.edited_at,
      tags: entry.tag_list ?? entry.tags ?? data.tags ?? [],
      description: entry.description ?? data.description,
      cover: entry.cover_image ?? data.cover_image,
      canonical: entry.canonical_url ?? data.canonical_url,
      url: entry.url,
      series: entry.series ?? data.series,
      // dev.to slugs end with a random suffix ("hello-world-4k2j"): the blog's slug is made from the title.
      author: name ? devtoAuthor(name, user) : unnamedAuthor('the article has no user'),
      notes,
    };
  });
}

function readFolder(folder: string): Array<DevtoEntry | Skipped> {
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (files.length === 0)
    throw inputError(folder, '(folder)', 'no .md files', 'a folder of dev.to Markdown files');
  return files.map((name) => {
    const file = path.join(folder, name);
    const read = readFrontMatter(readText(file), file, 'front matter');
    if ('reason' in read) return { origin: name, reason: read.reason };
    const { data, body, notes } = read;
    const title = data.title?.trim();
    if (!title)
      return { origin: name, reason: 'title: found nothing, expected the post title in the front matter' };
    return {
      origin: name,
      file,
      title,
      body,
      published: data.published ?? false,
      date: data.published_at ?? data.date,
      tags: data.tags ?? [],
      description: data.description,
      cover: data.cover_image,
      canonical: data.canonical_url,
      series: data.series,
      sourceSlug: data.slug ?? path.basename(name, '.md'),
      author: unnamedAuthor('dev.to Markdown files do not name their author'),
      notes,
    };
  });
}

/**
 * A dev.to text's front matter, read by the build's own reader (YAML only: `---js` is refused, never run) and
 * checked; or, when it cannot be read, the reason the item is skipped, naming `where` the front matter was.
 */
function readFrontMatter(
  text: string,
  file: string,
  where: string,
): { data: z.output<typeof frontMatter>; body: string; notes: string[] } | { reason: string } {
  let parsed;
  try {
    parsed = readFrontmatter(text);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { reason: `${where}: found ${error.found}, expected ${error.expected}; nothing in it was run` };
  }
  const fields = parsed.data;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return { reason: `${where}: found ${describeValue(fields)}, expected a YAML mapping of fields` };
  }
  const unknown = Object.keys(fields).filter((key) => !KNOWN_FRONT_MATTER.has(key));
  const notes = unknown.map(
    (key) => `front matter field "${key}" has no Margins equivalent and was not imported`,
  );
  try {
    return { data: checkInput(frontMatter, fields, file), body: parsed.body, notes };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return {
      reason: error.problems.map((problem) => formatProblem(problem).replace(/^.*? → /, '')).join('; '),
    };
  }
}

function devtoPost(entry: DevtoEntry, options: DevtoOptions): ImportedPost | Skipped {
  const date = utcIso(entry.date);
  if (!date) {
    const reason = entry.date
      ? `date "${entry.date}" is not a date`
      : 'no publication date (dev.to gives unpublished posts none): add date: to import it';
    return { origin: entry.origin, reason };
  }
  const liquid = replaceLiquidTags(entry.body.trim());
  const firstParagraph = firstParagraphText(liquid.markdown);
  const fallback = `post-${entry.id ?? date.slice(0, 10)}`;
  const { slug, notes: slugNotes } = postSlug(entry.sourceSlug, entry.title, fallback);
  return {
    origin: entry.origin,
    slug,
    title: entry.title.trim(),
    date,
    updated: laterDate(utcIso(entry.edited), date),
    author: entry.author,
    tags: entry.tags.map((tag) => tag.trim()).filter(Boolean),
    categories: [],
    excerpt: entry.description?.trim() || (firstParagraph ? truncateAtWord(firstParagraph) : undefined),
    cover: entry.cover ? { url: entry.cover } : undefined,
    published: entry.published,
    canonical: canonical(entry, options),
    series: entry.series?.trim() || undefined,
    aliases: [],
    body: liquid.markdown,
    notes: [...entry.notes, ...slugNotes, ...liquid.notes],
  };
}

/**
 * A post first published elsewhere keeps that address as canonical. One first published on dev.to (no
 * canonical_url, or one on dev.to) gets none, so the blog becomes canonical, unless the dev.to URL is asked for.
 */
function canonical(entry: DevtoEntry, options: DevtoOptions): string | undefined {
  const given = webUrl(entry.canonical);
  const devtoUrl = webUrl(entry.url) ?? (given && new URL(given).hostname === 'dev.to' ? given : undefined);
  const firstOnDevto = !given || given === devtoUrl;
  if (!firstOnDevto) return given;
  return options.canonicalDevto ? devtoUrl : undefined;
}

function devtoAuthor(name: string, user: z.output<typeof article>['user']): ImportedAuthor {
  const avatar = user?.profile_image?.startsWith('https://') ? user.profile_image : undefined;
  return {
    slug: personSlug([name, user?.username ?? undefined], UNNAMED_AUTHOR_SLUG),
    name,
    avatar,
    website: webUrl(user?.website_url),
    twitter: user?.twitter_username || undefined,
    github: user?.github_username || undefined,
  };
}

const UNNAMED_AUTHOR_SLUG = 'devto-author';

function unnamedAuthor(why: string): ImportedAuthor {
  return { slug: UNNAMED_AUTHOR_SLUG, name: 'dev.to author', unnamed: why };
}
