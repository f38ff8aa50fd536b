// dev.to articles, from API JSON (`/api/articles/{id}`, `/api/articles/me/all`) or a folder of dev.to Markdown
// files with their front matter, into the neutral model.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { FRONTMATTER_ENGINES } from '../posts/source';
import { truncateAtWord } from '../posts/text';
import { laterDate, postSlug, slugFromName, utcIso, webUrl } from './fields';
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
  slug: string;
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
    const result = devtoPost(entry, options);
    if ('reason' in result) skipped.push(result);
    else posts.push(result);
  }
  return { posts, skipped };
}

function readApi(file: string): DevtoEntry[] {
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
    const { data, body, notes } = readFrontMatter(entry.body_markdown, file);
    const user = entry.user;
    const name = user?.name?.trim() || user?.username?.trim();
    return {
      origin,
      file,
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
      slug: slugFromName(entry.title),
      author: name ? devtoAuthor(name, user) : unnamedAuthor('the article has no user'),
      notes,
    };
  });
}

function readFolder(folder: string): DevtoEntry[] {
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (files.length === 0)
    throw inputError(folder, '(folder)', 'no .md files', 'a folder of dev.to Markdown files');
  return files.map((name) => {
    const file = path.join(folder, name);
    const { data, body, notes } = readFrontMatter(readText(file), file);
    const title = data.title?.trim();
    if (!title) throw inputError(file, 'title', 'nothing', 'the post title in the front matter');
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
      slug: postSlug(data.slug ?? path.basename(name, '.md'), title),
      author: unnamedAuthor('dev.to Markdown files do not name their author'),
      notes,
    };
  });
}

function readFrontMatter(
  text: string,
  file: string,
): { data: z.output<typeof frontMatter>; body: string; notes: string[] } {
  const parsed = parseFrontMatter(text, file);
  const unknown = Object.keys(parsed.data).filter((key) => !KNOWN_FRONT_MATTER.has(key));
  const notes = unknown.map(
    (key) => `front matter field "${key}" has no Margins equivalent and was not imported`,
  );
  return { data: checkInput(frontMatter, parsed.data, file), body: parsed.content, notes };
}

function parseFrontMatter(text: string, file: string): matter.GrayMatterFile<string> {
  try {
    return matter(text, { language: 'yaml', engines: FRONTMATTER_ENGINES });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw inputError(file, 'front matter', reason, 'YAML between --- lines');
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
  return {
    origin: entry.origin,
    slug: entry.slug,
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
    notes: [...entry.notes, ...liquid.notes],
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
    slug: slugFromName(name) || slugFromName(user?.username ?? ''),
    name,
    avatar,
    website: webUrl(user?.website_url),
    twitter: user?.twitter_username || undefined,
    github: user?.github_username || undefined,
  };
}

function unnamedAuthor(why: string): ImportedAuthor {
  return { slug: 'devto-author', name: 'dev.to author', unnamed: why };
}
