import { describe, expect, it } from 'vitest';
import { mergeTerms, termSlug } from '@/lib/posts/taxonomy';

describe('termSlug', () => {
  it.each([
    ['Machine Learning', 'machine-learning'],
    ['  Static   Sites ', 'static-sites'],
    ['Next.js', 'next-js'],
    ['next.js', 'next-js'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['C', 'c'],
    ['R&D', 'r-and-d'],
    ['日本語', '日本語'],
    ['執筆', '執筆'],
    ['Ünïcödé', 'ünïcödé'],
    ['Русский язык', 'русский-язык'],
    ['ＡＢＣ', 'abc'],
    ['!!!', ''],
  ])('%s -> %s', (name, slug) => {
    expect(termSlug(name)).toBe(slug);
  });

  it('keeps C++, C# and C apart', () => {
    expect(new Set(['C++', 'C#', 'C'].map(termSlug)).size).toBe(3);
  });
});

describe('mergeTerms', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));

  it('merges spellings under one slug, named by the most common spelling', () => {
    const terms = mergeTerms([
      { name: 'Next.js', date: day(1) },
      { name: 'next.js', date: day(2) },
      { name: 'Next.js', date: day(3) },
      { name: 'CSS', date: day(4) },
    ]);
    expect(terms).toEqual([
      { slug: 'next-js', name: 'Next.js', count: 3 },
      { slug: 'css', name: 'CSS', count: 1 },
    ]);
  });

  it('breaks a tie between spellings in favour of the newest post', () => {
    const terms = mergeTerms([
      { name: 'static sites', date: day(1) },
      { name: 'Static Sites', date: day(9) },
    ]);
    expect(terms).toEqual([{ slug: 'static-sites', name: 'Static Sites', count: 2 }]);
  });

  it('sorts by count, then by name', () => {
    const names = mergeTerms([
      { name: 'b', date: day(1) },
      { name: 'a', date: day(1) },
      { name: 'z', date: day(1) },
      { name: 'z', date: day(2) },
    ]).map((term) => term.name);
    expect(names).toEqual(['z', 'a', 'b']);
  });
});
