/** A tag or category as pages show it: one slug, one display name, and how many posts carry it. */
export interface Term {
  slug: string;
  name: string;
  count: number;
}

// Symbols that carry meaning in technology names: "C++" and "C#" must not both become "c".
const SPOKEN_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/&/g, ' and '],
  [/@/g, ' at '],
];

/**
 * The URL slug of a tag or category name, the same everywhere: "Machine Learning" -> "machine-learning",
 * "C++" -> "c-plus-plus", "C#" -> "c-sharp", "日本語" -> "日本語". Letters of every script are kept.
 */
export function termSlug(name: string): string {
  let text = name.normalize('NFKC').toLowerCase();
  for (const [symbol, word] of SPOKEN_SYMBOLS) text = text.replace(symbol, word);
  return text
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** One spelling of a term as used by one post; the post's date breaks ties between spellings. */
export interface TermUse {
  name: string;
  date: Date;
}

/**
 * Merges the spellings that share a slug into one term each, named by its most common spelling
 * (ties go to the spelling of the newest post), sorted by count and then by name.
 */
export function mergeTerms(uses: ReadonlyArray<TermUse>): Term[] {
  const bySlug = new Map<string, Map<string, { count: number; newest: number }>>();
  for (const use of uses) {
    const slug = termSlug(use.name);
    const spellings = bySlug.get(slug) ?? new Map<string, { count: number; newest: number }>();
    const seen = spellings.get(use.name) ?? { count: 0, newest: -Infinity };
    spellings.set(use.name, { count: seen.count + 1, newest: Math.max(seen.newest, use.date.getTime()) });
    bySlug.set(slug, spellings);
  }
  const terms: Term[] = [];
  for (const [slug, spellings] of bySlug) {
    const ranked = [...spellings].sort(
      ([nameA, a], [nameB, b]) => b.count - a.count || b.newest - a.newest || nameA.localeCompare(nameB),
    );
    const count = [...spellings.values()].reduce((sum, s) => sum + s.count, 0);
    terms.push({ slug, name: ranked[0]![0], count });
  }
  return terms.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
