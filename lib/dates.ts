import { site } from './site';

const readable = new Intl.DateTimeFormat(site.language, { dateStyle: 'long', timeZone: 'UTC' });

/** A date for readers, e.g. "March 14, 2025". Dates are shown in UTC, the zone they are stored in. */
export function formatDate(date: Date): string {
  return readable.format(date);
}

/** A full ISO 8601 instant with its zone, for `<time datetime>`, feeds and structured data. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}
