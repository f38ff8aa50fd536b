// A WordPress export file (WXR, Tools → Export) into WordPress entries: posts with their authors, terms and
// featured images, which WXR keeps as separate attachment items.
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { personSlug } from './fields';
import { htmlToText } from './html-to-markdown';
import { checkInput, inputError } from './input';
import type { ImportedAuthor, Skipped } from './model';
import { authorById, meaningfulCategories, wordpressAuthorSlug, type WordPressEntry } from './wordpress-post';

const text = z.string({ error: 'text' });
const optionalText = text.optional();

// A <category> has its name as text and its kind in `domain`: category, post_tag, or a plugin's taxonomy.
const term = z.union([
  text.transform((name) => ({ name, domain: 'category' })),
  z
    .object({ '#text': optionalText, '@_domain': optionalText })
    .transform((node) => ({ name: node['#text'] ?? '', domain: node['@_domain'] ?? '' })),
]);

const item = z.object({
  title: optionalText,
  link: optionalText,
  'dc:creator': optionalText,
  'content:encoded': optionalText,
  'excerpt:encoded': optionalText,
  'wp:post_id': optionalText,
  'wp:post_date': optionalText,
  'wp:post_date_gmt': optionalText,
  'wp:post_modified_gmt': optionalText,
  'wp:post_name': optionalText,
  'wp:status': optionalText,
  'wp:post_type': optionalText,
  'wp:post_password': optionalText,
  'wp:attachment_url': optionalText,
  category: z.array(term).default([]),
  'wp:postmeta': z.array(z.object({ 'wp:meta_key': text, 'wp:meta_value': text.default('') })).default([]),
});

const author = z.object({
  'wp:author_id': optionalText,
  'wp:author_login': text,
  'wp:author_display_name': optionalText,
});

const wxr = z.object(
  {
    rss: z.object({
      channel: z.object({
        'wp:author': z.array(author).default([]),
        item: z.array(item).default([]),
      }),
    }),
  },
  { error: 'a WordPress export (an <rss> document with a <channel>)' },
);

type Item = z.output<typeof item>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Every value stays text: a title "2021" is not a number, a post id is compared as text.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'category', 'wp:postmeta', 'wp:author'].includes(name),
});

/** The entries of a WXR file; items that are not posts are counted per type in `skipped`. */
export function readWxr(xml: string, file: string): { entries: WordPressEntry[]; skipped: Skipped[] } {
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch (error) {
    throw inputError(
      file,
      '(file)',
      `XML that does not parse (${error instanceof Error ? error.message : String(error)})`,
      'a WordPress export (WXR) file',
    );
  }
  const { channel } = checkInput(wxr, document, file).rss;
  const name = path.basename(file);
  const authors = new Map(channel['wp:author'].map((a) => [a['wp:author_login'], wxrAuthor(a)]));
  const attachments = new Map(
    channel.item.filter((i) => i['wp:post_type'] === 'attachment').map((i) => [i['wp:post_id'] ?? '', i]),
  );

  const otherTypes = new Map<string, number>();
  const entries: WordPressEntry[] = [];
  for (const current of channel.item) {
    const type = current['wp:post_type'] ?? 'post';
    if (type !== 'post') otherTypes.set(type, (otherTypes.get(type) ?? 0) + 1);
    else
      entries.push(entryOf(current, `${name}: "${htmlToText(current.title ?? '')}"`, authors, attachments));
  }
  // One line per type: an export holds many attachments and menu items, which are not posts.
  const skipped = [...otherTypes].map(([type, count]) => ({
    origin: `${name}: ${count} ${type} item${count === 1 ? '' : 's'}`,
    reason: `not a post (WordPress type "${type}")`,
  }));
  return { entries, skipped };
}

function entryOf(
  current: Item,
  origin: string,
  authors: Map<string, ImportedAuthor>,
  attachments: Map<string, Item>,
): WordPressEntry {
  const notes: string[] = [];
  const login = current['dc:creator'] ?? '';
  let author = authors.get(login);
  if (!author) {
    author = login
      ? {
          slug: personSlug([login], wordpressAuthorSlug('unknown')),
          name: login,
          unnamed: `only the WordPress login "${login}" is known`,
        }
      : authorById('unknown');
  }
  // WordPress stores term names HTML-escaped ("Tips &amp; Tricks").
  const termsOf = (domain: string) =>
    current.category
      .filter((t) => t.domain === domain)
      .map((t) => htmlToText(t.name))
      .filter(Boolean);
  return {
    origin,
    id: current['wp:post_id'],
    type: 'post',
    status: current['wp:status'] ?? 'publish',
    passwordProtected: Boolean(current['wp:post_password']),
    titleHtml: current.title ?? '',
    contentHtml: current['content:encoded'] ?? '',
    excerptHtml: current['excerpt:encoded'] ?? '',
    dateGmt: current['wp:post_date_gmt'],
    dateLocal: current['wp:post_date'],
    modifiedGmt: current['wp:post_modified_gmt'],
    slug: current['wp:post_name'],
    link: current.link,
    author,
    categories: meaningfulCategories(termsOf('category')),
    tags: termsOf('post_tag'),
    cover: featuredImage(current, attachments, notes),
    notes,
  };
}

/** The featured image: the attachment item named by the post's `_thumbnail_id`, with its alt text. */
function featuredImage(
  current: Item,
  attachments: Map<string, Item>,
  notes: string[],
): WordPressEntry['cover'] {
  const meta = (entry: Item, key: string) =>
    entry['wp:postmeta'].find((m) => m['wp:meta_key'] === key)?.['wp:meta_value'];
  const id = meta(current, '_thumbnail_id');
  if (!id) return undefined;
  const attachment = attachments.get(id);
  const url = attachment?.['wp:attachment_url'];
  if (!attachment || !url) {
    notes.push(`cover: the featured image (attachment ${id}) is not in the export; add coverImage by hand`);
    return undefined;
  }
  return { url, alt: meta(attachment, '_wp_attachment_image_alt') || undefined };
}

function wxrAuthor(entry: z.output<typeof author>): ImportedAuthor {
  const name = entry['wp:author_display_name']?.trim() || entry['wp:author_login'];
  const fallback = wordpressAuthorSlug(entry['wp:author_id'] ?? 'unknown');
  return { slug: personSlug([name, entry['wp:author_login']], fallback), name };
}
