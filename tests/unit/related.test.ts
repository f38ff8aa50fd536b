import { describe, expect, it } from 'vitest';
import type { Post } from '@/lib/posts';
import { rankRelated, type TagStats } from '@/lib/posts/related';

function post(slug: string, date: string, tags: string[], categories: string[] = []): Post {
  return {
    slug,
    url: `/blog/${slug}/`,
    file: `${slug}.md`,
    repositoryFile: `${slug}.md`,
    title: slug,
    date: new Date(date),
    modified: new Date(date),
    authors: [],
    excerpt: '',
    tags: tags.map((t) => ({ slug: t, name: t })),
    categories: categories.map((c) => ({ slug: c, name: c })),
    shareImage: { src: `/og/posts/${slug}.png`, width: 1200, height: 630, alt: slug, generated: true },
    draft: false,
    scheduled: false,
    aliases: [],
    historyAliases: [],
    extra: {},
    headings: [],
    wordCount: 0,
    readingMinutes: 1,
  };
}

function statsOf(posts: Post[]): TagStats {
  const postsPerTag = new Map<string, number>();
  for (const p of posts) for (const t of p.tags) postsPerTag.set(t.slug, (postsPerTag.get(t.slug) ?? 0) + 1);
  return { totalPosts: posts.length, postsPerTag };
}

describe('rankRelated', () => {
  const subject = post('subject', '2025-01-01', ['common', 'rare'], ['guides']);
  const sharesRare = post('shares-rare', '2024-01-01', ['rare']);
  const sharesCommon = post('shares-common', '2025-06-01', ['common']);
  const sharesBoth = post('shares-both', '2023-01-01', ['common', 'rare']);
  const categoryOnly = post('category-only', '2025-05-01', [], ['guides']);
  const unrelated = post('unrelated', '2025-07-01', ['other'], ['other']);
  const filler = ['a', 'b', 'c', 'd'].map((s) => post(s, '2022-01-01', ['common']));
  const all = [subject, sharesRare, sharesCommon, sharesBoth, categoryOnly, unrelated, ...filler];

  it('ranks more shared weight first, and a rare tag above a common one', () => {
    const ranked = rankRelated(subject, all, statsOf(all), 10).map((p) => p.slug);
    expect(ranked.slice(0, 2)).toEqual(['shares-both', 'shares-rare']);
    expect(ranked.indexOf('shares-rare')).toBeLessThan(ranked.indexOf('shares-common'));
  });

  it('ranks a shared category below any shared tag, and leaves out unrelated posts and the post itself', () => {
    const ranked = rankRelated(subject, all, statsOf(all), 10).map((p) => p.slug);
    expect(ranked.at(-1)).toBe('category-only');
    expect(ranked).not.toContain('unrelated');
    expect(ranked).not.toContain('subject');
  });

  it('breaks ties newest first, then by slug, whatever the input order', () => {
    const twins = [post('b-twin', '2024-01-01', ['x']), post('a-twin', '2024-01-01', ['x']), post('newer', '2024-02-01', ['x'])];
    const me = post('me', '2024-03-01', ['x']);
    const everyone = [me, ...twins];
    const expected = ['newer', 'a-twin', 'b-twin'];
    expect(rankRelated(me, everyone, statsOf(everyone)).map((p) => p.slug)).toEqual(expected);
    expect(rankRelated(me, [...everyone].reverse(), statsOf(everyone)).map((p) => p.slug)).toEqual(expected);
  });

  it('returns at most three by default', () => {
    expect(rankRelated(subject, all, statsOf(all))).toHaveLength(3);
  });
});
