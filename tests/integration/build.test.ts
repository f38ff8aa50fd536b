import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/posts';
import { FIXTURE_OUT, page, parseLogOf } from '../build-fixture';
import { loadFixture, ROOT } from '../helpers';

describe('a build with CONTENT_DIR', () => {
  const content = loadFixture('valid');

  it('writes a page for every published post of that folder', () => {
    for (const post of content.posts) {
      const html = page(post.url);
      expect(html.querySelector('h1')?.text).toBe(post.title);
    }
  });

  it('writes no page for drafts or future posts', () => {
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog', 'draft'))).toBe(false);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog', 'future'))).toBe(false);
  });

  it('builds the fixture folder, not the sample site', () => {
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog', 'getting-started'))).toBe(false);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog', 'hello-world', 'index.html'))).toBe(true);
  });

  it('keeps emoji and non-Latin text as UTF-8 from file to page', () => {
    const html = page('/blog/japanese/');
    expect(html.querySelector('h1')?.text).toBe('日本語のノート 🎌');
    expect(html.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(html.toString()).toContain('こんにちは、世界。Ünïcödé survives.');
  });
});

describe('the bundled sample site', () => {
  it('loads without a single content problem, with at least 10 posts, 3 authors and a draft', () => {
    const options = { contentDir: path.join(ROOT, 'content'), publicDir: path.join(ROOT, 'public'), now: new Date() };
    const published = loadContent({ ...options, includeDrafts: false });
    const everything = loadContent({ ...options, includeDrafts: true });
    expect(published.posts.length).toBeGreaterThanOrEqual(10);
    expect(published.authors.length).toBeGreaterThanOrEqual(3);
    expect(everything.posts.some((post) => post.draft)).toBe(true);
    expect(published.posts.some((post) => post.draft)).toBe(false);
  });

});

describe('parsing', () => {
  it('parses each Markdown file exactly once per build, in one process, whichever routes need it', () => {
    const lines = fs.readFileSync(parseLogOf(FIXTURE_OUT), 'utf8').trim().split('\n');
    const files = lines.map((line) => line.split('\t')[1]);
    const expected = ['posts', 'authors'].flatMap((folder) =>
      fs.readdirSync(path.join(ROOT, 'tests/fixtures/sites/valid', folder)).map((name) => path.join(ROOT, 'tests/fixtures/sites/valid', folder, name)),
    );
    expect([...files].sort()).toEqual([...expected].sort());
    expect(new Set(lines.map((line) => line.split('\t')[0])).size).toBe(1);
  });

  it('parses nothing when the cache already holds every file', () => {
    const cacheDir = `${FIXTURE_OUT}.cache`;
    const options = { contentDir: path.join(ROOT, 'tests/fixtures/sites/valid'), publicDir: path.join(ROOT, 'public'), includeDrafts: false, now: new Date('2026-06-01T00:00:00Z') };
    const cold = loadContent(options);
    const warm = loadContent({ ...options, cacheDir });
    expect(warm.filesParsed).toBe(0);
    expect(cold.filesParsed).toBe(expected());
    expect(warm.posts.map((p) => [p.slug, p.html, p.excerpt, p.readingMinutes])).toEqual(cold.posts.map((p) => [p.slug, p.html, p.excerpt, p.readingMinutes]));

    function expected() {
      return ['posts', 'authors'].reduce((n, folder) => n + fs.readdirSync(path.join(options.contentDir, folder)).length, 0);
    }
  });
});
