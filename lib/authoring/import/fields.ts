// Field conversions every importer shares, so WordPress and dev.to posts come out in one format.
import { ARCHIVE_SEGMENTS } from '../../site/paths';
import { cutSlug, isSlug, MAX_SLUG_BYTES, parseDate, SLUG_PATTERN } from '../../posts/schema';
import { termSlug } from '../../posts/taxonomy';

/**
 * A source's date as UTC ISO 8601 without milliseconds (`2021-03-14T09:30:00Z`). A date-time without a zone
 * (WordPress's `2021-03-14 09:30:00` GMT fields) is read as UTC; undefined for a missing or impossible date,
 * such as WordPress's `0000-00-00 00:00:00` on drafts.
 */
export function utcIso(value: string | null | undefined): string | undefined {
  const date = value ? parseDate(value.trim().replace(' ', 'T')) : undefined;
  return date?.toISOString().replace('.000Z', 'Z');
}

/** `updated` when it is later than `date`, else undefined: an edit before publishing is no update. */
export function laterDate(updated: string | undefined, date: string): string | undefined {
  return updated !== undefined && Date.parse(updated) > Date.parse(date) ? updated : undefined;
}

/** A slug an importer chose, with what the report should say about how it was chosen. */
export interface ChosenSlug {
  slug: string;
  notes: string[];
}

/**
 * The slug a post is written under: the source's when it is a slug the build accepts (WordPress percent-encodes
 * non-ASCII ones: they are decoded first), else one made from the title the way tags are slugged, else
 * `fallback` (`post-<id>`, or `post-<date>`) for a title without letters or digits. Cut to the slug limit.
 */
export function postSlug(sourceSlug: string | undefined, title: string, fallback: string): ChosenSlug {
  let slug = (sourceSlug ?? '').trim();
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // Not percent-encoded after all: used as it is.
  }
  slug = slug.normalize('NFC').toLowerCase();
  const usable = (candidate: string) => isSlug(candidate) && !ARCHIVE_SEGMENTS.includes(candidate);
  if (SLUG_PATTERN.test(slug) && usable(cutSlug(slug))) return cutNote(slug, 'its slug');
  const fromTitle = slugFromName(title);
  if (fromTitle && usable(cutSlug(fromTitle))) return cutNote(fromTitle, 'the slug made from its title');
  const why = fromTitle
    ? `the slug "${fromTitle}" is an archive address under /blog/`
    : `the title ${JSON.stringify(title)} has no letters or digits`;
  return { slug: fallback, notes: [`slug: ${why}, so the post is named ${fallback}`] };
}

/** A person's slug from the first of their names that makes one, cut to the slug limit; else `fallback`. */
export function personSlug(names: ReadonlyArray<string | undefined>, fallback: string): string {
  for (const name of names) {
    const slug = cutSlug(slugFromName(name ?? ''));
    if (isSlug(slug)) return slug;
  }
  return fallback;
}

/** The slug cut to the limit the build enforces, with a note when it had to be. */
function cutNote(slug: string, what: string): ChosenSlug {
  const cut = cutSlug(slug);
  if (cut === slug) return { slug, notes: [] };
  return {
    slug: cut,
    notes: [`slug: ${what} is longer than the limit of ${MAX_SLUG_BYTES} bytes, so it was cut to "${cut}"`],
  };
}

/**
 * A slug made from a title or a person's name the way tags are slugged, with accents dropped from Latin letters
 * as WordPress and dev.to drop them ("Tomás Lindqvist" -> "tomas-lindqvist"); other scripts keep their marks.
 */
export function slugFromName(name: string): string {
  return termSlug(
    name
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC'),
  );
}

/** An http(s) URL as it is, or undefined for anything else (empty, relative, another scheme). */
export function webUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
