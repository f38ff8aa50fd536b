// WordPress REST API JSON (`/wp-json/wp/v2/posts`, one post or an array, with or without `?_embed`) into
// WordPress entries. Without `_embedded`, authors, terms and media are bare ids: names come from `class_list`
// where it has them, and the report says what stayed unknown.
import path from 'node:path';
import { z } from 'zod';
import { personSlug, webUrl } from './fields';
import { htmlToText } from './html-to-markdown';
import { checkInput } from './input';
import type { ImportedAuthor } from './model';
import {
  authorById,
  classListTerms,
  meaningfulCategories,
  wordpressAuthorSlug,
  type WordPressEntry,
} from './wordpress-post';

const rendered = z.object(
  { rendered: z.string({ error: 'HTML text' }), protected: z.boolean().optional() },
  { error: 'an object with "rendered" HTML' },
);
const optionalDate = z.string({ error: 'a date as text' }).nullish();

// Embedded objects can be WordPress error objects ({ code: "rest_forbidden" }) when the site hides them,
// so every field of theirs is optional.
const embeddedAuthor = z.object({
  id: z.number().optional(),
  name: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
  avatar_urls: z.record(z.string(), z.string()).optional(),
});

const restPost = z.object(
  {
    id: z.number({ error: 'a numeric post id' }),
    type: z.string().default('post'),
    status: z.string().default('publish'),
    slug: z.string().optional(),
    link: z.string().optional(),
    date: optionalDate,
    date_gmt: optionalDate,
    modified_gmt: optionalDate,
    title: rendered,
    content: rendered,
    excerpt: rendered.optional(),
    author: z.number({ error: 'a numeric author id' }).optional(),
    featured_media: z.number({ error: 'a numeric media id' }).optional(),
    categories: z.array(z.number(), { error: 'a list of numeric ids' }).default([]),
    tags: z.array(z.number(), { error: 'a list of numeric ids' }).default([]),
    class_list: z
      .union(
        [
          z.array(z.string()),
          z.record(z.string(), z.string()).transform((classes) => Object.values(classes)),
        ],
        { error: 'a list of class names' },
      )
      .default([]),
    jetpack_featured_media_url: z.string().optional(),
    _embedded: z
      .object({
        author: z.array(embeddedAuthor).default([]),
        'wp:featuredmedia': z
          .array(z.object({ source_url: z.string().optional(), alt_text: z.string().optional() }))
          .default([]),
        'wp:term': z
          .array(z.array(z.object({ name: z.string().optional(), taxonomy: z.string().optional() })))
          .default([]),
      })
      .optional(),
  },
  { error: 'a WordPress REST API post object' },
);

type RestPost = z.output<typeof restPost>;

/** The entries of REST API JSON: one post object or an array of them. */
export function readRest(json: unknown, file: string): WordPressEntry[] {
  const name = path.basename(file);
  // Checked as one shape or the other, so that a problem names its field rather than "not a post or a list".
  const posts = Array.isArray(json)
    ? checkInput(z.array(restPost), json, file)
    : [checkInput(restPost, json, file)];
  return posts.map((post) => entryOf(post, `${name}: post ${post.id}`));
}

function entryOf(post: RestPost, origin: string): WordPressEntry {
  const notes: string[] = [];
  const embedded = post._embedded;
  const { categories, tags } = terms(post, notes);
  return {
    origin,
    id: String(post.id),
    type: post.type,
    status: post.status,
    passwordProtected: post.content.protected === true,
    titleHtml: post.title.rendered,
    contentHtml: post.content.rendered,
    excerptHtml: post.excerpt?.rendered ?? '',
    dateGmt: post.date_gmt,
    dateLocal: post.date,
    modifiedGmt: post.modified_gmt,
    slug: post.slug,
    link: post.link,
    author: author(embedded?.author[0], post.author),
    categories,
    tags,
    cover: cover(post, notes),
    notes,
  };
}

function author(
  embedded: z.output<typeof embeddedAuthor> | undefined,
  id: number | undefined,
): ImportedAuthor {
  const name = embedded?.name?.trim();
  if (!name) return authorById(id ?? 'unknown');
  // The largest of the avatar sizes WordPress lists ("24", "48", "96").
  const avatars = Object.entries(embedded?.avatar_urls ?? {}).sort(([a], [b]) => Number(b) - Number(a));
  const avatar = avatars.map(([, url]) => url).find((url) => url.startsWith('https://'));
  return {
    slug: personSlug([name], wordpressAuthorSlug(embedded?.id ?? id ?? 'unknown')),
    name,
    avatar,
    website: webUrl(embedded?.url),
    bio: embedded?.description?.trim() || undefined,
  };
}

function terms(post: RestPost, notes: string[]): { categories: string[]; tags: string[] } {
  const embedded = post._embedded?.['wp:term'].flat();
  if (embedded && embedded.length > 0) {
    // WordPress stores term names HTML-escaped ("Tips &amp; Tricks").
    const named = (taxonomy: string) =>
      embedded
        .filter((t) => t.taxonomy === taxonomy)
        .map((t) => htmlToText(t.name ?? ''))
        .filter(Boolean);
    return { categories: meaningfulCategories(named('category')), tags: named('post_tag') };
  }
  const fromClasses = classListTerms(post.class_list);
  if (fromClasses.categories.length === 0 && post.categories.length > 0) {
    notes.push(
      `categories: only WordPress ids ${post.categories.join(', ')} are known; export with ?_embed to get their names`,
    );
  }
  if (fromClasses.tags.length === 0 && post.tags.length > 0) {
    notes.push(
      `tags: only WordPress ids ${post.tags.join(', ')} are known; export with ?_embed to get their names`,
    );
  }
  return fromClasses;
}

function cover(post: RestPost, notes: string[]): WordPressEntry['cover'] {
  const media = post._embedded?.['wp:featuredmedia'][0];
  const url = media?.source_url || post.jetpack_featured_media_url;
  if (url) return { url, alt: media?.alt_text?.trim() || undefined };
  if (post.featured_media)
    notes.push(
      `cover: only the featured image's WordPress id ${post.featured_media} is known; add coverImage by hand`,
    );
  return undefined;
}
