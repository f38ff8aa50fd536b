import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '@/lib/site/nearest-name';
import {
  normalizeAuthorFrontmatter,
  normalizePostFrontmatter,
  unknownFieldWarnings,
} from '@/lib/posts/frontmatter-aliases';

describe('other engines’ post fields', () => {
  it.each([
    ['draft', true, 'published', false],
    ['draft', false, 'published', true],
    ['description', 'A sentence.', 'excerpt', 'A sentence.'],
    ['summary', 'A sentence.', 'excerpt', 'A sentence.'],
    ['lastmod', '2024-02-01', 'updated', '2024-02-01'],
    ['updatedDate', '2024-02-01', 'updated', '2024-02-01'],
    ['edited_at', '2024-02-01T10:00:00Z', 'updated', '2024-02-01T10:00:00Z'],
    ['pubDate', '2024-01-01', 'date', '2024-01-01'],
    ['published_at', '2024-01-01T09:00:00Z', 'date', '2024-01-01T09:00:00Z'],
    ['heroImage', '/images/a.png', 'coverImage', '/images/a.png'],
    ['cover_image', 'https://example.org/a.png', 'coverImage', 'https://example.org/a.png'],
    ['image', '/images/a.png', 'coverImage', '/images/a.png'],
    ['images', ['/images/a.png', '/images/b.png'], 'coverImage', '/images/a.png'],
    ['canonical_url', 'https://example.org/a/', 'canonical', 'https://example.org/a/'],
    ['canonicalUrl', 'https://example.org/a/', 'canonical', 'https://example.org/a/'],
    ['permalink', '/2019/01/a/', 'aliases', ['/2019/01/a/']],
  ])('%s: %j is our %s: %j', (theirs, value, ours, expected) => {
    const normalized = normalizePostFrontmatter({ title: 'A', [theirs]: value });
    expect(normalized.data).toEqual({ title: 'A', [ours]: expected });
    expect(normalized.problems).toEqual([]);
    expect(normalized.writtenName(ours)).toBe(theirs === 'permalink' ? 'aliases' : theirs);
  });

  it('ignores Jekyll’s layout', () => {
    const normalized = normalizePostFrontmatter({ title: 'A', layout: 'post' });
    expect(normalized.data).toEqual({ title: 'A' });
    expect(normalized.extra).toEqual({});
  });

  it('adds a permalink after the aliases, and names it in errors about it', () => {
    const normalized = normalizePostFrontmatter({ permalink: '/c/', aliases: ['/a/', '/b/'] });
    expect(normalized.data).toEqual({ aliases: ['/a/', '/b/', '/c/'] });
    expect(normalized.writtenName('aliases.1')).toBe('aliases.1');
    expect(normalized.writtenName('aliases.2')).toBe('permalink');
  });

  it('passes a value of the wrong type on for validation, under the name the author wrote', () => {
    const normalized = normalizePostFrontmatter({ draft: 'yes', images: '/images/a.png' });
    expect(normalized.data).toEqual({ published: 'yes', coverImage: '/images/a.png' });
    expect(normalized.writtenName('published')).toBe('draft');
    expect(normalized.writtenName('coverImage')).toBe('images');
    expect(normalized.writtenName('title')).toBe('title');
  });

  it('takes two names of one field with the same value', () => {
    const normalized = normalizePostFrontmatter({ date: '2024-01-01', pubDate: '2024-01-01', draft: false, published: true });
    expect(normalized.data).toEqual({ date: '2024-01-01', published: true });
    expect(normalized.problems).toEqual([]);
  });

  it('refuses two names of one field with different values, naming both', () => {
    // pubDate comes first in the file: the error still names the alias and compares it with our own field.
    expect(normalizePostFrontmatter({ pubDate: '2024-01-02', date: '2024-01-01' }).problems).toEqual([
      {
        field: 'pubDate',
        found: '"2024-01-02", while `date` says "2024-01-01"',
        expected: 'one value: `pubDate` and `date` are two names of one field, so keep one',
      },
    ]);
    expect(normalizePostFrontmatter({ description: 'One.', summary: 'Two.' }).problems).toEqual([
      {
        field: 'summary',
        found: '"Two.", while `description` says "One."',
        expected: 'one value: `summary` and `description` are two names of one field, so keep one',
      },
    ]);
  });

  it('passes anything but a mapping on unchanged, for validation to report', () => {
    expect(normalizePostFrontmatter(['a']).data).toEqual(['a']);
    expect(normalizePostFrontmatter('text').data).toBe('text');
  });
});

describe('unknown fields', () => {
  it('refuses a near miss of a known field or alias, suggesting it', () => {
    expect(normalizePostFrontmatter({ tittle: 'A', Date: '2024-01-01', categorys: [], pubdate: '2024-01-01', tag: 'x' }).problems).toEqual([
      { field: 'tittle', found: 'a field Margins does not know', expected: 'a known field: did you mean `title`?' },
      { field: 'Date', found: 'a field Margins does not know', expected: 'a known field: did you mean `date`?' },
      { field: 'categorys', found: 'a field Margins does not know', expected: 'a known field: did you mean `categories`?' },
      { field: 'pubdate', found: 'a field Margins does not know', expected: 'a known field: did you mean `pubDate`?' },
      { field: 'tag', found: 'a field Margins does not know', expected: 'a known field: did you mean `tags`?' },
    ]);
  });

  it('keeps any other field apart, for templates', () => {
    const normalized = normalizePostFrontmatter({ title: 'A', weight: 10, toc: true, mood: { sky: 'blue' } });
    expect(normalized.data).toEqual({ title: 'A' });
    expect(normalized.extra).toEqual({ weight: 10, toc: true, mood: { sky: 'blue' } });
    expect(normalized.problems).toEqual([]);
  });

  it('gives one notice per field name across the build, naming the first file', () => {
    expect(
      unknownFieldWarnings([
        { kind: 'post', name: 'weight', file: 'posts/a.md' },
        { kind: 'post', name: 'toc', file: 'posts/a.md' },
        { kind: 'post', name: 'weight', file: 'posts/b.md' },
        { kind: 'post', name: 'weight', file: 'posts/c.md' },
        { kind: 'author', name: 'weight', file: 'authors/ada.md' },
      ]),
    ).toEqual([
      { file: 'posts/a.md', message: 'unknown field `weight` (also in 2 other files): kept as post.extra.weight for templates, unused by Margins itself' },
      { file: 'posts/a.md', message: 'unknown field `toc`: kept as post.extra.toc for templates, unused by Margins itself' },
      { file: 'authors/ada.md', message: 'unknown field `weight`: kept as author.extra.weight for templates, unused by Margins itself' },
    ]);
  });
});

describe('other engines’ author fields', () => {
  it('folds occupation into role and profiles into social, keeping the names for errors', () => {
    const normalized = normalizeAuthorFrontmatter({
      name: 'Tails',
      occupation: 'Professor',
      company: 'Stanford',
      email: 'a@example.org',
      twitter: 'tails',
      github: 'tails',
      linkedin: 'tails',
      bluesky: 'tails.bsky.social',
      mastodon: 'https://mastodon.example/@tails',
      social: { website: 'https://tails.example' },
      layout: 'AuthorLayout',
    });
    expect(normalized.data).toEqual({
      name: 'Tails',
      role: 'Professor',
      company: 'Stanford',
      social: {
        website: 'https://tails.example',
        email: 'a@example.org',
        twitter: 'tails',
        github: 'tails',
        linkedin: 'tails',
        bluesky: 'tails.bsky.social',
        mastodon: 'https://mastodon.example/@tails',
      },
    });
    expect(normalized.writtenName('social.email')).toBe('email');
    expect(normalized.writtenName('social.website')).toBe('social.website');
    expect(normalized.writtenName('role')).toBe('occupation');
  });

  it('leaves the file’s own social mapping as it was read', () => {
    const social = { github: 'ada' };
    normalizeAuthorFrontmatter({ name: 'Ada', social, twitter: 'ada' });
    expect(social).toEqual({ github: 'ada' });
  });

  it('refuses a profile given at the top level and in social with different values', () => {
    expect(normalizeAuthorFrontmatter({ name: 'Ada', social: { github: 'ada' }, github: 'lovelace' }).problems).toEqual([
      {
        field: 'github',
        found: '"lovelace", while `social.github` says "ada"',
        expected: 'one value: `github` and `social.github` are two names of one field, so keep one',
      },
    ]);
  });
});

describe('edit distance', () => {
  it.each([
    ['title', 'title', 0],
    ['tittle', 'title', 1],
    ['titel', 'title', 1],
    ['ttile', 'title', 1],
    ['exerpt', 'excerpt', 1],
    ['cateogries', 'categories', 1],
    ['weight', 'date', 6],
    ['', 'tags', 4],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('suggests the nearest known name within two edits, one for names of four letters or fewer', () => {
    expect(nearestName('auther', ['author', 'authors'])).toBe('author');
    expect(nearestName('slg', ['slug'])).toBe('slug');
    expect(nearestName('toc', ['tags', 'date'])).toBeUndefined();
    expect(nearestName('sluggo', ['slug'])).toBeUndefined();
    expect(nearestName('weight', ['title', 'date', 'tags'])).toBeUndefined();
  });
});
