/** Words per minute used for reading time, as the blog Margins replaces counted it. */
export const WORDS_PER_MINUTE = 200;

/** The whitespace-separated tokens of a text: its words, for reading time. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Reading time in whole minutes: `ceil(words / 200)`, at least 1. A 1,013-word post reads in 6 minutes. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts text at a word boundary near `max` characters and marks the cut with an ellipsis. Characters are
 * graphemes, what a reader sees as one: an emoji, a flag or a letter with its accents is never split.
 */
export function truncateAtWord(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const characters: string[] = [];
  // Printable ASCII is one grapheme a character, when the one after it is ASCII too (no accent joins it): most
  // excerpts need no segmenter, which cost a tenth of a second a load at 1,000 posts.
  if (/^[\x20-\x7e]*$/.test(clean.slice(0, max + 2))) characters.push(...clean.slice(0, max + 1));
  else {
    for (const { segment } of graphemes.segment(clean)) {
      if (characters.push(segment) > max) break;
    }
  }
  if (characters.length <= max) return clean;
  const lastSpace = characters.lastIndexOf(' ', max);
  const cut = characters.slice(0, lastSpace > max * 0.6 ? lastSpace : max).join('');
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

// Everything outside XML 1.0's Char production: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF, and
// lone surrogates (under the `u` flag a lone surrogate is matched on its own, while a pair is one code point).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 forbids, which no parser accepts even as a character reference. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
