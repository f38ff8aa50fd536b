import { describe, expect, it } from 'vitest';
import { loadContent, type Post } from '@/lib/posts';
import { socialLinks } from '@/lib/site/social';
import { fixtureOptions, loadFixture } from '../helpers';

// tests/fixtures/sites/other-engines: posts written for Hugo, Astro and the Tailwind Next.js starter blog, as
// those engines write them, and the starter's author file.
const loaded = loadContent(fixtureOptions('other-engines'));
const { content } = loaded;
const bySlug = (slug: string): Post => {
  const post = content.postBySlug.get(slug);
  if (!post) throw new Error(`no post ${slug}`);
  return post;
};

describe('a content folder written for other engines', () => {
  it('loads, leaving out the posts marked draft: true', () => {
    expect(content.posts.map((post) => post.slug)).toEqual(['hugo-packing', 'hugo-planning', 'astro-markdown-style-guide', 'starter-introducing']);
    expect(loadFixture('other-engines', { includeDrafts: true }).postBySlug.get('starter-draft')?.draft).toBe(true);
  });

  it('reads Hugo’s lastmod, summary and aliases', () => {
    const post = bySlug('hugo-planning');
    expect(post.date.toISOString()).toBe('2023-03-14T14:30:00.000Z');
    expect(post.updated?.toISOString()).toBe('2023-04-01T15:00:00.000Z');
    expect(post.excerpt).toBe('What to decide before moving a blog to a new engine.');
    expect(post.aliases).toEqual(['/posts/planning-the-move/', '/2023/03/planning/']);
  });

  it('reads Astro’s pubDate, updatedDate, description and heroImage', () => {
    const post = bySlug('astro-markdown-style-guide');
    expect(post.date.toISOString()).toBe('2022-07-01T00:00:00.000Z');
    expect(post.updated?.toISOString()).toBe('2022-07-10T00:00:00.000Z');
    expect(post.excerpt).toBe('Here is a sample of some basic Markdown syntax that can be used when writing Markdown content in Astro.');
    expect(post.cover?.src).toBe('/images/covers/markdown-showcase.png');
  });

  it('reads the starter’s summary, the first of its images, canonicalUrl and authors', () => {
    const post = bySlug('starter-introducing');
    expect(post.updated?.toISOString()).toBe('2021-01-18T00:00:00.000Z');
    expect(post.cover?.src).toBe('/images/covers/getting-started.png');
    expect(post.canonical).toBe('https://tailwind-nextjs-starter-blog.vercel.app/blog/introducing-tailwind-nextjs-starter-blog');
    expect(post.authors.map((author) => author.slug)).toEqual(['default']);
  });

  it('reads the starter’s author file: occupation and company as the role, profiles as links', () => {
    const author = content.authorBySlug.get('default');
    expect(author?.role).toBe('Professor of Atmospheric Science at Stanford University');
    expect(author?.extra).toEqual({});
    expect(socialLinks(author!.social)).toEqual([
      { network: 'github', label: 'GitHub', href: 'https://github.com/' },
      { network: 'bluesky', label: 'Bluesky', href: 'https://bsky.app/' },
      { network: 'twitter', label: 'X (Twitter)', href: 'https://twitter.com/Twitter' },
      { network: 'linkedin', label: 'LinkedIn', href: 'https://www.linkedin.com/' },
      { network: 'email', label: 'Email', href: 'mailto:address@yoursite.com' },
    ]);
  });

  it('keeps unknown fields on the post for templates, and notes each name once', () => {
    expect(bySlug('hugo-planning').extra).toEqual({ weight: 10, toc: true });
    expect(bySlug('starter-introducing').extra).toEqual({ bibliography: 'references-data.bib' });
    expect(loaded.warnings).toEqual([
      {
        file: 'tests/fixtures/sites/other-engines/posts/hugo-packing.md',
        message: 'unknown field `weight` (also in 1 other file): kept as post.extra.weight for templates, unused by Margins itself',
      },
      {
        file: 'tests/fixtures/sites/other-engines/posts/hugo-planning.md',
        message: 'unknown field `toc`: kept as post.extra.toc for templates, unused by Margins itself',
      },
      {
        file: 'tests/fixtures/sites/other-engines/posts/starter-introducing.md',
        message: 'unknown field `bibliography`: kept as post.extra.bibliography for templates, unused by Margins itself',
      },
    ]);
  });
});

describe('series', () => {
  it('orders the shown parts of a series by date, whatever the file names', () => {
    expect(content.series).toEqual([{ slug: 'moving-house', name: 'Moving house', posts: ['hugo-planning', 'hugo-packing'] }]);
    expect(content.postsBySeries.get('moving-house')?.map((post) => post.slug)).toEqual(['hugo-planning', 'hugo-packing']);
    expect(bySlug('hugo-packing').series).toEqual({ slug: 'moving-house', name: 'Moving house' });
    expect(bySlug('astro-markdown-style-guide').series).toBeUndefined();
  });

  it('includes drafts where drafts are shown', () => {
    const dev = loadFixture('other-engines', { includeDrafts: true });
    expect(dev.series[0]?.posts).toEqual(['hugo-planning', 'hugo-packing', 'hugo-unfinished']);
  });
});
