// One WordPress post, from a WXR export or REST API JSON, into the neutral model. The two readers
// (wordpress-wxr.ts, wordpress-rest.ts) only gather fields; every decision is taken here, once.
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { readAliasPath } from '../../posts/aliases';
import { truncateAtWord } from '../../posts/text';
import { postPath } from '../../site/paths';
import { laterDate, postSlug, utcIso } from './fields';
import { htmlToMarkdown, htmlToText } from './html-to-markdown';
import { firstParagraphText } from './markdown-source';
import type { ImportedAuthor, ImportedPost, Skipped } from './model';

/** A WordPress post's fields as either export format gives them, not yet converted. */
export interface WordPressEntry {
  origin: string;
  /** WordPress's post id, which names a post whose title makes no slug. */
  id?: string;
  /** `post`, `page`, `attachment`... */
  type: string;
  /** `publish`, `future`, `draft`, `pending`, `private`, `trash`... */
  status: string;
  passwordProtected: boolean;
  titleHtml: string;
  contentHtml: string;
  /** The post's own excerpt as HTML; '' when it has none. */
  excerptHtml: string;
  dateGmt?: string | null;
  /** The site's local time, used only when WordPress gives no UTC date (unpublished drafts). */
  dateLocal?: string | null;
  modifiedGmt?: string | null;
  slug?: string;
  /** The post's address on the old site. */
  link?: string;
  author: ImportedAuthor;
  categories: string[];
  tags: string[];
  cover?: { url: string; alt?: string };
  /** What the reader could not resolve, for the report. */
  notes: string[];
}

const SKIPPED_STATUSES: Record<string, string> = {
  trash: 'in the WordPress trash',
  'auto-draft': 'an auto-draft WordPress saved on its own',
  inherit: 'a revision',
};

/** Converts one entry into a post, or says why it is not imported. */
export function wordpressPost(entry: WordPressEntry): ImportedPost | Skipped {
  if (entry.type !== 'post')
    return { origin: entry.origin, reason: `not a post (WordPress type "${entry.type}")` };
  const skippedStatus = SKIPPED_STATUSES[entry.status];
  if (skippedStatus) return { origin: entry.origin, reason: skippedStatus };

  const notes = [...entry.notes];
  const title = htmlToText(entry.titleHtml);
  if (!title) return { origin: entry.origin, reason: 'no title' };
  let date = utcIso(entry.dateGmt);
  if (!date) {
    date = utcIso(entry.dateLocal);
    if (!date) return { origin: entry.origin, reason: 'no date' };
    notes.push(
      `date: WordPress gave no UTC date, so its local time ${date.replace('Z', '')} was taken as UTC`,
    );
  }
  const { slug, notes: slugNotes } = postSlug(entry.slug, title, `post-${entry.id ?? date.slice(0, 10)}`);
  notes.push(...slugNotes);
  const { markdown, dropped } = htmlToMarkdown(entry.contentHtml, { baseUrl: entry.link });
  notes.push(...dropped.map((what) => `dropped ${what}`));
  const published = ['publish', 'future'].includes(entry.status) && !entry.passwordProtected;
  if (entry.passwordProtected) notes.push('password-protected on WordPress: imported as a draft');

  return {
    origin: entry.origin,
    slug,
    title,
    date,
    updated: laterDate(utcIso(entry.modifiedGmt), date),
    author: entry.author,
    tags: entry.tags,
    categories: entry.categories,
    excerpt: ownExcerpt(entry.excerptHtml) ?? firstParagraphExcerpt(markdown),
    cover: entry.cover,
    published,
    aliases: oldPath(entry.link, slug, notes),
    body: markdown,
    notes,
  };
}

/**
 * The post's own excerpt when it is prose: its HTML stripped, and the "[…]" or "Continue reading" tail WordPress
 * adds to generated excerpts cut off. Undefined when it is empty or a table of contents (a list, or text that
 * opens with "Contents").
 */
export function ownExcerpt(html: string): string | undefined {
  const tree = fromHtml(html, { fragment: true });
  let isList = false;
  visit(tree, 'element', (node, index, parent) => {
    if (['ul', 'ol', 'nav'].includes(node.tagName)) isList = true;
    const isMoreLink = node.tagName === 'a' && /^\s*(continue reading|read more)/i.test(toString(node));
    if (!isMoreLink || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const text = toString(tree)
    .replace(/\s+/g, ' ')
    .replace(/\s*(\[(…|\.\.\.)\]|…)\s*$/, '')
    .trim();
  if (isList || !text || /^(table of )?contents\b/i.test(text)) return undefined;
  return text;
}

function firstParagraphExcerpt(markdown: string): string | undefined {
  const text = firstParagraphText(markdown);
  return text ? truncateAtWord(text) : undefined;
}

/**
 * The path of the post's old address, to redirect from, read as the site reads aliases; none for `?p=12` links or
 * the site root. An address that is no single path (a `*` in it would redirect every page to the post) is
 * dropped, with a note saying why.
 */
function oldPath(link: string | undefined, slug: string, notes: string[]): string[] {
  if (!link) return [];
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return [];
  }
  if (url.search || url.pathname === '/') return [];
  const read = readAliasPath(url.pathname);
  // Compared as the site writes it: `/blog/hello` and `/blog/hello/index.html` are the post's own address too.
  if ('path' in read) return read.path === postPath(slug) ? [] : [read.path];
  notes.push(`old address ${link} not kept as an alias to redirect from: it is not ${read.expected}`);
  return [];
}

/**
 * Tag and category names from WordPress's `class_list` (`category-static-sites`, `tag-next-js`), used when the
 * terms themselves are missing: the slug's hyphens become spaces ("static sites"), which slugs back to the same
 * URL. WordPress's default "uncategorized" is left out.
 */
export function classListTerms(classes: ReadonlyArray<string>): { categories: string[]; tags: string[] } {
  const named = (prefix: string) =>
    classes
      .filter((name) => name.startsWith(prefix) && name !== 'category-uncategorized')
      .map((name) => safeDecode(name.slice(prefix.length)).replace(/-/g, ' '))
      .filter(Boolean);
  return { categories: named('category-'), tags: named('tag-') };
}

/** Category names without WordPress's default "Uncategorized", which says nothing about a post. */
export function meaningfulCategories(names: ReadonlyArray<string>): string[] {
  return names.filter((name) => name.trim().toLowerCase() !== 'uncategorized');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The slug of a WordPress author whose names make none. */
export const wordpressAuthorSlug = (id: number | string) => `wp-author-${id}`;

/** The author file for a WordPress user known only by id, with a name the report asks the user to replace. */
export function authorById(id: number | string): ImportedAuthor {
  return {
    slug: wordpressAuthorSlug(id),
    name: `WordPress author ${id}`,
    unnamed: `only WordPress author id ${id} is known`,
  };
}
