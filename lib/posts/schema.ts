import { z } from 'zod';
import { zonedInstant } from './dates';
import { getSite } from '../site';
import { socialProfilesSchema } from '../site/social-profiles';
import { termSlug } from './taxonomy';
import { fitsSlugLength, MAX_SLUG_BYTES, SLUG_LENGTH_LIMIT } from '../site/paths';
import { ALIAS_EXPECTED, readAliasPath } from './aliases';

// The slug length limit lives with the site's paths (aliases use it too); re-exported for the loader and tools.
export { fitsSlugLength, MAX_SLUG_BYTES, SLUG_LENGTH_LIMIT } from '../site/paths';

// Each schema message is the "expected" half of a content error: "title: found "", expected <message>".

const nonEmptyText = (expected: string) => z.string({ error: expected }).trim().min(1, { error: expected });

/**
 * A date as `YYYY-MM-DD` (the start of that day in the site's time zone) or a full ISO 8601 date-time;
 * coerced to a `Date` here, once.
 */
const dateField = z
  .string({ error: 'a date as YYYY-MM-DD or an ISO 8601 date-time, in quotes' })
  .transform((value, ctx) => {
    const date = parseDate(value, getSite().timeZone);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'a real date as YYYY-MM-DD or an ISO 8601 date-time' });
      return z.NEVER;
    }
    return date;
  });

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

// Astro's blog template writes dates as "Jul 08 2022": an English month name is unambiguous, unlike 03/07/2022.
const MONTH_NAME_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Parses a frontmatter date strictly: "2025-02-30" is an error, not March 2nd. A date without a time is the
 * start of that day, and a date-time without a zone that wall-clock time, in `timeZone` (the site's, for
 * content; UTC by default): so the day shown is the day written. "Jul 08 2022" (Astro's template) is read as
 * 2022-07-08.
 */
export function parseDate(value: string, timeZone = 'UTC'): Date | undefined {
  const named = MONTH_NAME_DATE.exec(value.trim());
  const text = named
    ? `${named[3]}-${String(MONTHS.indexOf(named[1]!.toLowerCase()) + 1).padStart(2, '0')}-${named[2]!.padStart(2, '0')}`
    : value.trim();
  const match = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return undefined;
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)) {
    return undefined;
  }
  if (match[4] !== undefined && match[7]) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return zonedInstant(year, month, day, Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0), timeZone);
}

/**
 * A slug cut to fit {@link MAX_SLUG_BYTES}: at the last hyphen that fits when it has one, else within its one
 * long word. A slug that fits is returned as it is.
 */
export function cutSlug(slug: string): string {
  if (fitsSlugLength(slug)) return slug;
  let kept = '';
  let bytes = 0;
  for (const character of slug) {
    bytes += encodeURIComponent(character).length;
    if (bytes > MAX_SLUG_BYTES) break;
    kept += character;
  }
  // Cut between words when the limit falls inside one that follows another.
  const lastHyphen = slug[kept.length] === '-' ? -1 : kept.lastIndexOf('-');
  return (lastHyphen > 0 ? kept.slice(0, lastHyphen) : kept).replace(/-+$/, '');
}

/** Why a tag, category or series name makes no URL the build accepts, or undefined when it makes one. */
export function termNameProblem(name: string): string | undefined {
  const slug = termSlug(name);
  if (!slug) return 'a name with at least one letter or digit';
  if (!fitsSlugLength(slug)) return `a shorter name, whose URL slug is ${SLUG_LENGTH_LIMIT}`;
  return undefined;
}

/** A tag or category: YAML may give a bare number (`2025`), which is the same label as "2025". */
const label = z
  .union([z.string(), z.number()], { error: 'a list of names, such as ["Next.js", "Static Sites"]' })
  .transform((value) => String(value).trim())
  .refine((value) => value.length > 0, { error: 'names that are not empty' })
  .refine((value) => fitsSlugLength(termSlug(value)), { error: `a shorter name, whose URL slug is ${SLUG_LENGTH_LIMIT}` });

/** One name, or a list of names. */
const labels = z
  .union([label.transform((value) => [value]), z.array(label)], {
    error: 'a list of names, such as ["Next.js", "Static Sites"]',
  })
  .default([]);

/** A series name; Hugo's series taxonomy gives it as a list of one. */
const seriesName = z
  .union([z.string(), z.tuple([z.string()])], { error: 'a series name, such as "Building a blog"' })
  .transform((value) => (Array.isArray(value) ? value[0] : value).trim())
  .refine((value) => termSlug(value).length > 0, { error: 'a series name with at least one letter or digit' })
  .refine((value) => fitsSlugLength(termSlug(value)), { error: `a shorter series name, whose URL slug is ${SLUG_LENGTH_LIMIT}` });

/** An old address of a post, where the site writes a page that redirects to it. */
const aliasPath = z.string({ error: ALIAS_EXPECTED }).transform((value, ctx) => {
  const read = readAliasPath(value);
  if ('expected' in read) {
    ctx.addIssue({ code: 'custom', message: read.expected });
    return z.NEVER;
  }
  return read.path;
});

/** A path to a file under public/ ("/images/a.png") or an absolute https URL. */
const imageRef = z
  .string({ error: 'a path under public/ such as "/images/cover.jpg", or an https URL' })
  .trim()
  .regex(/^(\/[^/]|https:\/\/)/, { error: 'a path under public/ starting with "/", or an https URL' });

/** A URL slug: lowercase letters of any script, digits and single hyphens. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u;
const slugExpected = 'lowercase letters, digits and single hyphens, such as "my-first-post"';

/** Whether a slug is made of {@link SLUG_PATTERN} and fits {@link MAX_SLUG_BYTES}. */
export function isSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && fitsSlugLength(slug);
}

/**
 * The frontmatter of `content/posts/*.md`, under our names: lib/posts/frontmatter-aliases.ts maps other engines'
 * names to these and keeps unknown fields apart before validation.
 */
export const postFrontmatterSchema = z
  .strictObject(
    {
      title: nonEmptyText('a non-empty title'),
      date: dateField,
      updated: dateField.optional(),
      author: nonEmptyText("an author's slug or name").optional(),
      authors: z
        .array(nonEmptyText("an author's slug or name"), { error: "a list of authors' slugs or names" })
        .min(1, { error: 'at least one author' })
        .optional(),
      excerpt: nonEmptyText('a non-empty sentence, or no excerpt field').optional(),
      tags: labels,
      categories: labels,
      coverImage: imageRef.optional(),
      coverAlt: nonEmptyText('a non-empty description of the cover image').optional(),
      published: z.boolean({ error: 'true or false' }).default(true),
      slug: z
        .string({ error: slugExpected })
        .trim()
        .transform((slug) => slug.normalize('NFC'))
        .pipe(z.string().regex(SLUG_PATTERN, { error: slugExpected }).refine(fitsSlugLength, { error: `a slug of ${SLUG_LENGTH_LIMIT}` }))
        .optional(),
      canonical: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' }).optional(),
      series: seriesName.optional(),
      aliases: z.array(aliasPath, { error: 'a list of old addresses, such as ["/2021/03/old-post/"]' }).default([]),
      math: z.boolean({ error: 'true or false' }).default(false),
    },
    { error: 'a YAML mapping of fields' },
  )
  .superRefine((data, ctx) => {
    if (data.author === undefined && data.authors === undefined) {
      ctx.addIssue({ code: 'custom', path: ['author'], message: "an author's slug or name (or `authors:` with a list)" });
    }
    if (data.author !== undefined && data.authors !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'either `author` or `authors`, not both' });
    }
  });

/** Frontmatter of a post after validation: dates are `Date`s, tags and categories lists. */
export type PostFrontmatter = z.output<typeof postFrontmatterSchema>;

/** The frontmatter of `content/authors/<slug>.md`, under our names (see {@link postFrontmatterSchema}); the body is the bio. */
export const authorFrontmatterSchema = z.strictObject(
  {
    name: nonEmptyText('a non-empty name'),
    avatar: imageRef.optional(),
    role: nonEmptyText('a short role, such as "Editor"').optional(),
    company: nonEmptyText('a company name, shown after the role').optional(),
    social: socialProfilesSchema.default({}),
  },
  { error: 'a YAML mapping of fields' },
);

/** Frontmatter of an author after validation. */
export type AuthorFrontmatter = z.output<typeof authorFrontmatterSchema>;

/** The frontmatter of `content/pages/<slug>.md`, a page outside the blog such as /about/; the body is the page. */
export const pageFrontmatterSchema = z.strictObject(
  {
    title: nonEmptyText('a non-empty title'),
    description: nonEmptyText('a non-empty sentence, or no description field').optional(),
    nav: z.enum(['header', 'footer'], { error: '"header" or "footer" (or no nav field, for a page no menu links to)' }).optional(),
    order: z.number({ error: 'a number; menus list pages from the lowest' }).int({ error: 'a whole number' }).default(0),
    updated: dateField.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'only title, description, nav, order and updated' : 'a YAML mapping of fields') },
);

/** Frontmatter of a page after validation. */
export type PageFrontmatter = z.output<typeof pageFrontmatterSchema>;
