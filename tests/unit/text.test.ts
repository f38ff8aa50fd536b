import { describe, expect, it } from 'vitest';
import { parseDate } from '@/lib/posts/schema';
import { countWords, readingMinutes, truncateAtWord } from '@/lib/posts/text';

describe('reading time', () => {
  it('counts whitespace-separated tokens', () => {
    expect(countWords('Heading\n\nSome emphasis  and code.\n')).toBe(5);
    expect(countWords('   \n ')).toBe(0);
  });

  it.each([
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [1013, 6],
    [1200, 6],
  ])('%i words read in %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('A short sentence.')).toBe('A short sentence.');
  });

  it('cuts at a word boundary near the limit and marks the cut', () => {
    const text = 'word '.repeat(60).trim();
    const cut = truncateAtWord(text, 160);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateAtWord('alpha beta, gamma delta', 12)).toBe('alpha beta…');
  });

  it('counts and cuts graphemes, never the middle of an emoji, a flag or an accented letter', () => {
    expect(truncateAtWord('🚀🚀🚀🚀🚀🚀🚀🚀', 5)).toBe('🚀🚀🚀🚀🚀…');
    expect(truncateAtWord('👩🏽‍💻👩🏽‍💻👩🏽‍💻', 2)).toBe('👩🏽‍💻👩🏽‍💻…');
    expect(truncateAtWord('🇯🇵🇯🇵🇯🇵', 3)).toBe('🇯🇵🇯🇵🇯🇵');
    expect(truncateAtWord('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301e\u0301…');
    expect(truncateAtWord('Launch day 🚀🚀 and more', 14)).toBe('Launch day 🚀🚀…');
    // ASCII up to the limit, then an accent that joins the space at the limit: that space is no place to cut.
    expect(truncateAtWord('aaaaaaa bb \u0301cc', 10)).toBe('aaaaaaa…');
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-03-14', '2025-03-14T00:00:00.000Z'],
    ['2025-03-14T10:30:00Z', '2025-03-14T10:30:00.000Z'],
    ['2025-03-14T10:30:00+02:00', '2025-03-14T08:30:00.000Z'],
    ['2025-03-14T10:30', '2025-03-14T10:30:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['Jul 08 2022', '2022-07-08T00:00:00.000Z'],
    ['March 14, 2025', '2025-03-14T00:00:00.000Z'],
  ])('accepts %s', (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });

  it.each(['2025-02-30', '2025-13-01', '2023-02-29', '14/03/2025', '03/14/2025', 'Feb 30 2025', 'Smarch 14 2025', '2025-3-14', '2025-03-14T25:00:00Z', ''])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});
