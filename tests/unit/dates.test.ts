import { describe, expect, it } from 'vitest';
import { calendarYear, formatDate, isoDateTime, rfc822DateTime, zonedInstant } from '@/lib/posts/dates';
import { parseDate } from '@/lib/posts/schema';

describe('dates in the site time zone', () => {
  it('keeps a date-only date on its calendar day in every zone: on the page and in machine-readable dates', () => {
    const honolulu = parseDate('2025-03-14', 'Pacific/Honolulu')!;
    expect(formatDate(honolulu, 'en', 'Pacific/Honolulu')).toBe('March 14, 2025');
    expect(isoDateTime(honolulu, 'Pacific/Honolulu')).toBe('2025-03-14T00:00:00.000-10:00');
    expect(rfc822DateTime(honolulu, 'Pacific/Honolulu')).toBe('Fri, 14 Mar 2025 00:00:00 -1000');

    const tokyo = parseDate('2025-03-14', 'Asia/Tokyo')!;
    expect(formatDate(tokyo, 'en', 'Asia/Tokyo')).toBe('March 14, 2025');
    expect(formatDate(tokyo, 'de', 'Asia/Tokyo')).toBe('14. März 2025');
    expect(isoDateTime(tokyo, 'Asia/Tokyo')).toBe('2025-03-14T00:00:00.000+09:00');
    expect(rfc822DateTime(tokyo, 'Asia/Tokyo')).toBe('Fri, 14 Mar 2025 00:00:00 +0900');
  });

  it('writes UTC dates as before: Z and GMT', () => {
    const utc = parseDate('2025-03-14')!;
    expect(utc.toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(formatDate(utc, 'en', 'UTC')).toBe('March 14, 2025');
    expect(isoDateTime(utc, 'UTC')).toBe('2025-03-14T00:00:00.000Z');
    expect(rfc822DateTime(utc, 'UTC')).toBe('Fri, 14 Mar 2025 00:00:00 GMT');
  });

  it('shows an instant on the day it is in the site zone', () => {
    const instant = parseDate('2025-03-14T08:00+09:00', 'Asia/Tokyo')!;
    expect(instant.toISOString()).toBe('2025-03-13T23:00:00.000Z');
    expect(formatDate(instant, 'en', 'Asia/Tokyo')).toBe('March 14, 2025');
    expect(isoDateTime(instant, 'Asia/Tokyo')).toBe('2025-03-14T08:00:00.000+09:00');
    expect(formatDate(instant, 'en', 'UTC')).toBe('March 13, 2025');
    expect(formatDate(instant, 'en', 'Pacific/Honolulu')).toBe('March 13, 2025');
    expect(isoDateTime(instant, 'Pacific/Honolulu')).toBe('2025-03-13T13:00:00.000-10:00');
    // Its zone is part of it: the site zone does not move it.
    expect(parseDate('2025-03-14T08:00+09:00', 'Pacific/Honolulu')!.toISOString()).toBe('2025-03-13T23:00:00.000Z');
  });

  it('reads a date-time without a zone as a wall-clock time in the site zone', () => {
    expect(parseDate('2025-03-14T08:30', 'Asia/Tokyo')!.toISOString()).toBe('2025-03-13T23:30:00.000Z');
    expect(parseDate('2025-03-14T08:30:15', 'UTC')!.toISOString()).toBe('2025-03-14T08:30:15.000Z');
  });

  it('follows daylight saving time', () => {
    expect(isoDateTime(parseDate('2025-01-15', 'America/New_York')!, 'America/New_York')).toBe('2025-01-15T00:00:00.000-05:00');
    expect(isoDateTime(parseDate('2025-07-04', 'America/New_York')!, 'America/New_York')).toBe('2025-07-04T00:00:00.000-04:00');
    // The day clocks go forward (at 02:00) and the day they go back (at 02:00).
    expect(isoDateTime(parseDate('2025-03-09', 'America/New_York')!, 'America/New_York')).toBe('2025-03-09T00:00:00.000-05:00');
    expect(isoDateTime(parseDate('2025-11-02', 'America/New_York')!, 'America/New_York')).toBe('2025-11-02T00:00:00.000-04:00');
    expect(zonedInstant(2025, 3, 30, 12, 0, 0, 'Europe/Berlin').toISOString()).toBe('2025-03-30T10:00:00.000Z');
    expect(zonedInstant(2025, 3, 29, 12, 0, 0, 'Europe/Berlin').toISOString()).toBe('2025-03-29T11:00:00.000Z');
  });

  it('takes the footer year in the site zone', () => {
    const newYearInTokyo = new Date('2025-12-31T20:00:00Z');
    expect(calendarYear(newYearInTokyo, 'UTC')).toBe(2025);
    expect(calendarYear(newYearInTokyo, 'Asia/Tokyo')).toBe(2026);
  });
});
