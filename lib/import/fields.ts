// Field conversions every importer shares, so WordPress and dev.to posts come out in one format.
import { parseDate, SLUG_PATTERN } from '../posts/schema';
import { termSlug } from '../taxonomy';

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

/**
 * The source's slug when it is a valid Margins slug (WordPress percent-encodes non-ASCII ones: they are decoded
 * first), else one made from the title the way tags are slugged.
 */
export function postSlug(sourceSlug: string | undefined, title: string): string {
  let slug = (sourceSlug ?? '').trim();
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // Not percent-encoded after all: used as it is.
  }
  slug = slug.normalize('NFC').toLowerCase();
  return SLUG_PATTERN.test(slug) ? slug : slugFromName(title);
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
