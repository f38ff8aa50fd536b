import { getSite } from '../site';

// Every date the site shows or publishes is of the site's time zone (`getSite().timeZone`): a post dated
// `2025-03-14` is dated March 14 on its page, in the feeds, the sitemap and the structured data, wherever the
// reader or the build machine is. Dates are stored as instants (`Date`); only these functions turn them into text.

const cached = <T>(make: (key: string) => T) => {
  const made = new Map<string, T>();
  return (key: string) => made.get(key) ?? made.set(key, make(key)).get(key)!;
};

// Wall-clock fields of an instant in a zone, numeric, 24-hour.
const wallClock = cached((timeZone) =>
  new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
);

const readable = cached((key) => {
  const [locale, timeZone] = key.split('\0') as [string, string];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
});

/** How far a zone is ahead of UTC at an instant, in minutes (Asia/Tokyo: 540; America/New_York in winter: -300). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const fields = Object.fromEntries(wallClock(timeZone).formatToParts(date).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
  return Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
}

/**
 * The instant a wall-clock time names in a zone: `zonedInstant(2025, 3, 14, 0, 0, 0, 'Asia/Tokyo')` is
 * 2025-03-13T15:00Z. A time a daylight-saving change skips is read with the offset before the change.
 */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  // The offset at the guess may differ from the offset at the answer near a change; one more step settles it.
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

/** A date for readers in the site's language and time zone, e.g. "March 14, 2025" or "14. März 2025". */
export function formatDate(date: Date, locale: string = getSite().language, timeZone: string = getSite().timeZone): string {
  return readable(`${locale}\0${timeZone}`).format(date);
}

/** The calendar year of an instant in the site's time zone (the footer's year). */
export function calendarYear(date: Date, timeZone: string = getSite().timeZone): number {
  return new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000).getUTCFullYear();
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** An offset in minutes as `+09:00`, or `+0900` without the colon. */
function offsetText(minutes: number, colon = true): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${twoDigits(Math.floor(absolute / 60))}${colon ? ':' : ''}${twoDigits(absolute % 60)}`;
}

/**
 * A full ISO 8601 instant for `<time datetime>`, feeds, the sitemap and structured data, written in the site's
 * time zone so that its calendar day is the one readers see: `2025-03-14T00:00:00.000+09:00`. In UTC it is
 * `2025-03-14T00:00:00.000Z`.
 */
export function isoDateTime(date: Date, timeZone: string = getSite().timeZone): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  if (offset === 0) return date.toISOString();
  return `${new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1)}${offsetText(offset)}`;
}

/** Whether two instants fall on one calendar day of the site's time zone. */
export function sameDay(a: Date, b: Date, timeZone: string = getSite().timeZone): boolean {
  return isoDateTime(a, timeZone).slice(0, 10) === isoDateTime(b, timeZone).slice(0, 10);
}

/** An RFC 822 date for RSS, in the site's time zone: `Fri, 14 Mar 2025 00:00:00 +0900` (`GMT` in UTC). */
export function rfc822DateTime(date: Date, timeZone: string = getSite().timeZone): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  if (offset === 0) return date.toUTCString();
  return new Date(date.getTime() + offset * 60_000).toUTCString().replace(/GMT$/, offsetText(offset, false));
}
