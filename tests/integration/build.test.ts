import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/posts';
import { FIXTURE_OUT, htmlFiles, page, summaryOf } from '../build-fixture';
import { FIXTURE_POSTS } from '../fixture-posts';
import { ROOT } from '../helpers';

describe('a build with CONTENT_DIR', () => {
  it('writes a page for every published post of that folder, and no other post page', () => {
    let checked = 0;
    for (const post of FIXTURE_POSTS) {
      expect(page(post.url).querySelector('h1')?.text).toBe(post.title);
      checked += 1;
    }
    expect(checked).toBe(6);
    // Post pages are the pages under /blog/ that are not lists (page/, tag/, category/, author/, tags/).
    const postPages = htmlFiles().filter((file) => /^blog\/(?!page\/|tag\/|tags\/|category\/|author\/)[^/]+\/index\.html$/.test(file));
    expect(postPages.sort()).toEqual([
      'blog/cpp-notes/index.html',
      'blog/csharp-notes/index.html',
      'blog/custom-slug/index.html',
      'blog/hello-world/index.html',
      'blog/japanese/index.html',
      'blog/long-read/index.html',
    ]);
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
    const published = loadContent({ ...options, includeDrafts: false }).content;
    const everything = loadContent({ ...options, includeDrafts: true }).content;
    expect(published.posts.length).toBeGreaterThanOrEqual(10);
    expect(published.authors.length).toBeGreaterThanOrEqual(3);
    expect(everything.posts.some((post) => post.draft)).toBe(true);
    expect(published.posts.some((post) => post.draft)).toBe(false);
  });

});

describe('parsing', () => {
  it('parses each of the 11 Markdown files (posts, authors, a page) once per build, from a cold cache, and says so', () => {
    expect(summaryOf(FIXTURE_OUT)).toContain('6 posts, 2 authors; 11 Markdown files read, 11 of them parsed, the others from the cache');
  });
});
