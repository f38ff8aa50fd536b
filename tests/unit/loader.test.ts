import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, type Post } from '@/lib/posts';
import { loadContent } from '@/lib/posts';
import { ROOT_SEGMENTS } from '@/lib/site/paths';
import { readSnapshot, writeSnapshot } from '@/lib/posts/snapshot';
import { fixture, fixtureOptions, loadFixture, ROOT } from '../helpers';

const content = loadFixture('valid');
const bySlug = (slug: string): Post => {
  const post = content.postBySlug.get(slug);
  if (!post) throw new Error(`no post ${slug}`);
  return post;
};

describe('loading a valid site', () => {
  it('returns the published posts, newest first, without drafts or future posts', () => {
    expect(content.posts.map((post) => post.slug)).toEqual([
      'long-read',
      'custom-slug',
      'japanese',
      'csharp-notes',
      'cpp-notes',
      'hello-world',
    ]);
  });

  it('shows drafts and future posts when asked to (next dev)', () => {
    const dev = loadFixture('valid', { includeDrafts: true });
    expect(dev.posts.map((post) => post.slug)).toEqual(expect.arrayContaining(['draft', 'future']));
    expect(dev.postBySlug.get('draft')?.draft).toBe(true);
    expect(dev.postBySlug.get('future')?.scheduled).toBe(true);
    expect(dev.tags.map((tag) => tag.name)).toContain('Secret Tag');
  });

  it('keeps tags that only drafts use out of a production build', () => {
    expect(content.tags.map((tag) => tag.name)).not.toContain('Secret Tag');
  });

  it('parses each Markdown file once', () => {
    const files = ['posts', 'authors', 'pages'].flatMap((folder) => fs.readdirSync(fixture('sites', 'valid', folder)));
    const loaded = loadContent(fixtureOptions('valid'));
    expect(loaded.filesRead).toBe(files.length);
    expect(loaded.filesParsed).toBe(files.length);
  });

  it('coerces dates to Date, keeping time zones', () => {
    expect(bySlug('hello-world').date.toISOString()).toBe('2025-01-10T00:00:00.000Z');
    expect(bySlug('csharp-notes').date.toISOString()).toBe('2025-02-15T07:30:00.000Z');
    expect(bySlug('custom-slug').updated?.toISOString()).toBe('2025-04-20T00:00:00.000Z');
  });

  it('takes the slug from the file name unless frontmatter sets one', () => {
    expect(bySlug('hello-world').url).toBe('/blog/hello-world/');
    expect(bySlug('custom-slug').file).toMatch(/posts\/renamed-file\.md$/);
    expect(content.postBySlug.has('renamed-file')).toBe(false);
  });

  it('resolves authors by slug or by name, case-insensitively', () => {
    expect(bySlug('hello-world').authors.map((a) => a.slug)).toEqual(['ada-lovelace']);
    expect(bySlug('japanese').authors.map((a) => a.slug)).toEqual(['ada-lovelace', 'grace-hopper']);
    expect(content.postsByAuthor.get('grace-hopper')?.map((post) => post.slug)).toEqual([
      'long-read',
      'custom-slug',
      'japanese',
      'csharp-notes',
    ]);
  });

  it('renders author bios and keeps their social links', () => {
    const ada = content.authorBySlug.get('ada-lovelace');
    expect(ada?.bioHtml).toBe('<p>Ada writes about <strong>engines</strong> and notes.</p>');
    expect(ada?.social).toEqual({ github: 'ada', website: 'https://ada.example.org' });
    expect(ada?.url).toBe('/blog/author/ada-lovelace/');
    expect(content.authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('uses the frontmatter excerpt, or the first paragraph cut near 160 characters', () => {
    expect(bySlug('hello-world').excerpt).toBe('A first post </script><script>alert(1)</script> <!-- with "quotes" & ampersands');
    const fallback = bySlug('cpp-notes').excerpt;
    expect(fallback.startsWith('This first paragraph is deliberately long')).toBe(true);
    expect(fallback.endsWith('…')).toBe(true);
    expect(fallback.length).toBeLessThanOrEqual(161);
    expect(fallback).not.toMatch(/\s…$/);
    expect(bySlug('csharp-notes').excerpt).toBe('Short and sharp.');
  });

  it('computes reading time as ceil(words / 200) of the visible words: the 1,013-token post reads in 6 min', () => {
    // 1,036 whitespace-separated tokens of Markdown, 26 of them heading markers (## and ###), which are not words.
    expect(bySlug('long-read').wordCount).toBe(1010);
    expect(bySlug('long-read').readingMinutes).toBe(6);
    expect(bySlug('csharp-notes').readingMinutes).toBe(1);
  });

  it('drops a leading h1 equal to the title and lists h2/h3 headings', () => {
    const post = bySlug('hello-world');
    expect(content.body(post).html).not.toContain('<h1');
    expect(post.headings).toEqual([{ depth: 2, text: 'Why', id: 'why' }]);
  });

  it('keeps non-ASCII text and emoji intact', () => {
    const post = bySlug('japanese');
    expect(post.title).toBe('日本語のノート 🎌');
    expect(content.body(post).html).toContain('こんにちは、世界。Ünïcödé survives.');
    expect(post.headings[0]).toEqual({ depth: 2, text: '🚀 始めに', id: '-始めに' });
  });

  it('defaults the cover alt text to the title, and measures local covers', () => {
    expect(bySlug('cpp-notes').cover).toEqual({ src: '/images/covers/code-highlighting.png', alt: 'Notes on C++', size: { width: 1200, height: 630 } });
    expect(bySlug('long-read').cover).toEqual({ src: '/images/covers/getting-started.png', alt: 'An abstract cover', size: { width: 1200, height: 630 } });
    expect(bySlug('hello-world').cover).toBeUndefined();
  });

  it('decides the share image once: the cover when it can be shared, else a generated card', () => {
    expect(bySlug('cpp-notes').shareImage).toEqual({ src: '/images/covers/code-highlighting.png', width: 1200, height: 630, alt: 'Notes on C++', generated: false });
    expect(bySlug('hello-world').shareImage).toEqual({ src: '/og/posts/hello-world.png', width: 1200, height: 630, alt: 'Hello world', generated: true });
  });

  it('knows when each post last changed', () => {
    expect(bySlug('custom-slug').modified.toISOString()).toBe('2025-04-20T00:00:00.000Z');
    expect(bySlug('hello-world').modified.toISOString()).toBe('2025-01-10T00:00:00.000Z');
  });

  it('keeps the canonical URL of a post first published elsewhere', () => {
    expect(bySlug('custom-slug').canonical).toBe('https://example.org/first-published-here/');
  });
});

describe('tags and categories', () => {
  it('merges spellings of one tag and counts posts, most used first', () => {
    expect(content.tags.slice(0, 3)).toEqual([
      { slug: 'next-js', name: 'next.js', count: 3 },
      { slug: 'performance', name: 'Performance', count: 2 },
      { slug: 'static-sites', name: 'Static Sites', count: 2 },
    ]);
    expect(bySlug('hello-world').tags[0]).toEqual({ slug: 'next-js', name: 'next.js' });
  });

  it('keeps C++, C# and Japanese tags distinct', () => {
    const slugs = content.tags.map((tag) => tag.slug);
    expect(slugs).toEqual(expect.arrayContaining(['c-plus-plus', 'c-sharp', '日本語']));
    expect(content.postsByTag.get('c-plus-plus')?.map((p) => p.slug)).toEqual(['cpp-notes']);
    expect(content.postsByTag.get('c-sharp')?.map((p) => p.slug)).toEqual(['csharp-notes']);
    expect(content.postsByTag.get('日本語')?.map((p) => p.slug)).toEqual(['japanese']);
  });

  it('lists posts by tag and category newest first', () => {
    expect(content.postsByTag.get('next-js')?.map((p) => p.slug)).toEqual(['long-read', 'japanese', 'hello-world']);
    expect(content.categories).toEqual([
      { slug: 'engineering', name: 'Engineering', count: 4 },
      { slug: 'guides', name: 'Guides', count: 1 },
      { slug: 'writing', name: 'Writing', count: 1 },
    ]);
  });
});

describe('previous, next and related posts', () => {
  it('links to the older post as previous and the newer as next', () => {
    expect(content.adjacentPosts(bySlug('japanese'))).toEqual({
      previous: bySlug('csharp-notes'),
      next: bySlug('custom-slug'),
    });
    expect(content.adjacentPosts(bySlug('long-read')).next).toBeUndefined();
    expect(content.adjacentPosts(bySlug('hello-world')).previous).toBeUndefined();
  });

  it('ranks related posts by rare shared tags, then category, newest first on ties', () => {
    // cpp-notes shares the 2-post tag "Performance" with csharp-notes, then only the category with the rest.
    expect(content.relatedPosts(bySlug('cpp-notes')).map((p) => p.slug)).toEqual([
      'csharp-notes',
      'long-read',
      'hello-world',
    ]);
    // hello-world: "Static Sites" (2 posts) outweighs "next.js" (3 posts); then newest first.
    expect(content.relatedPosts(bySlug('hello-world')).map((p) => p.slug)).toEqual([
      'custom-slug',
      'long-read',
      'japanese',
    ]);
  });
});

describe('broken content', () => {
  it('never runs code from a ---js frontmatter block', () => {
    const marker = path.join(os.tmpdir(), 'margins-frontmatter-ran');
    fs.rmSync(marker, { force: true });
    expect(() => loadFixture(path.join('broken', 'js-frontmatter'))).toThrow(ContentError);
    expect(fs.existsSync(marker)).toBe(false);
  });

  const brokenRoot = fixture('sites', 'broken');
  const cases = fs.readdirSync(brokenRoot).sort();

  it.each(cases)('%s fails with one line per problem naming the file and the field', (name) => {
    const expected: Array<{ file: string; field: string; includes: string[] }> = JSON.parse(
      fs.readFileSync(path.join(brokenRoot, name, 'expected.json'), 'utf8'),
    );
    let error: unknown;
    try {
      loadFixture(path.join('broken', name));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { message, problems } = error as ContentError;
    expect(problems).toHaveLength(expected.length);
    const lines = message.split('\n').slice(1);
    expect(lines).toHaveLength(expected.length);
    for (const want of expected) {
      const line = lines.find((l) => l.includes(`${want.file} → ${want.field}:`));
      expect(line, `a line naming ${want.file} and ${want.field} in:\n${message}`).toBeDefined();
      for (const text of want.includes) expect(line).toContain(text);
      expect(line).toMatch(/: found .+, expected .+/);
    }
  });
});

describe('pages', () => {
  it('load from pages/ with their frontmatter, rendered by the Markdown pipeline', () => {
    const about = content.pageBySlug.get('about');
    expect(about).toMatchObject({
      slug: 'about',
      url: '/about/',
      title: 'About this fixture',
      description: "The fixture site's About page, linked from the footer, with a heading and a link to a post.",
      nav: 'footer',
      order: 1,
      headings: [{ depth: 2, text: 'Contact', id: 'contact' }],
    });
    expect(about?.file).toMatch(/valid\/pages\/about\.md$/);
    expect(about?.updated?.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(about?.html).toContain('<p>This page is <strong>not a post</strong>: no date line, share links, author card or related posts.</p>');
  });

  it('are optional: a site without pages/ has none', () => {
    expect(loadFixture('no-categories').pages).toEqual([]);
  });

  it('take their description from the first paragraph when the frontmatter has none, and sort by order then title', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-pages-'));
    for (const folder of ['posts', 'authors', 'pages']) fs.mkdirSync(path.join(root, folder));
    fs.writeFileSync(path.join(root, 'pages', 'privacy.md'), '---\ntitle: Privacy\norder: 2\n---\nWe keep no logs.\n');
    fs.writeFileSync(path.join(root, 'pages', 'colophon.md'), '---\ntitle: Colophon\norder: 2\n---\nSet in Noto Sans.\n');
    fs.writeFileSync(path.join(root, 'pages', 'now.md'), '---\ntitle: Now\nnav: header\n---\nWriting.\n');
    const { pages } = loadContent(fixtureOptions('valid', { contentDir: root })).content;
    expect(pages.map((page) => [page.slug, page.description, page.nav])).toEqual([
      ['now', 'Writing.', 'header'],
      ['colophon', 'Set in Noto Sans.', undefined],
      ['privacy', 'We keep no logs.', undefined],
    ]);
  });
});

describe('page slugs', () => {
  it('cannot be the first path segment of any route of app/', () => {
    const routes = fs
      .readdirSync(path.join(ROOT, 'app'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^[_[(]/.test(entry.name))
      .map((entry) => entry.name);
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) expect(ROOT_SEGMENTS, route).toContain(route);
  });

  it('survive the build snapshot with their dates', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-snapshot-'));
    writeSnapshot(content, dir);
    const about = readSnapshot(dir).pageBySlug.get('about');
    expect(about?.updated?.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(about?.html).toBe(content.pageBySlug.get('about')?.html);
  });
});
