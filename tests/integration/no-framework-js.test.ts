import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles } from '@/lib/posts/files';
import { FIXTURE_OUT, htmlFiles, page, readOut } from '../build-fixture';
import { FIXTURE_POSTS } from '../fixture-posts';
import { ROOT } from '../helpers';

const allFiles = () => listFiles(FIXTURE_OUT);

describe('reading pages without framework JavaScript', () => {
  it('no page references /_next/ scripts, preloads scripts or carries flight data', () => {
    const files = htmlFiles();
    // The 29 pages of machines.test.ts and the three forms of the not-found page.
    expect(files).toHaveLength(32);
    for (const file of files) {
      const raw = readOut(file);
      expect(raw, file).not.toMatch(/<script[^>]+src="\/_next\//);
      expect(raw, file).not.toContain('rel="modulepreload"');
      expect(raw, file).not.toContain('as="script"');
      expect(raw, file).not.toContain('__next_f');
      for (const script of page(`/${file}`).querySelectorAll('script')) {
        const isJsonLd = script.getAttribute('type') === 'application/ld+json';
        const isEnhancement = script.getAttribute('src')?.startsWith('/scripts/') && script.hasAttribute('data-enhancement');
        const isThemeInit = script.getAttribute('data-enhancement') === 'theme-init' && !script.hasAttribute('src');
        expect(isJsonLd || isEnhancement || isThemeInit, `${file}: ${script.toString().slice(0, 80)}`).toBe(true);
      }
    }
  });

  it('deletes the files only the client router used: RSC payloads and JS chunks', () => {
    const files = allFiles();
    expect(files.filter((f) => f.endsWith('.txt') && f !== 'robots.txt')).toEqual([]);
    expect(files.filter((f) => f.startsWith('_next/') && !f.endsWith('.css'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('_next/')).length).toBeGreaterThan(0);
  });

  it('still renders every post in full', () => {
    // The first and the last words of each body, as its file has them (a heading's text ends with its anchor's #).
    const ends: Record<string, [string, string]> = {
      '/blog/long-read/': ['Part one# lorem ipsum dolor sit amet', 'adipiscing elit lorem ipsum dolor sit amet consectetur'],
      '/blog/custom-slug/': ['Published first somewhere else.', 'Published first somewhere else.'],
      '/blog/japanese/': ['🚀 始めに# こんにちは', 'こんにちは、世界。Ünïcödé survives.'],
      '/blog/csharp-notes/': ['Short and sharp.', 'StringBuilderAppend net9.0 65536 1 9120.4 45.1 0.19'],
      '/blog/cpp-notes/': ['This first paragraph is deliberately long', 'Second paragraph.'],
      '/blog/hello-world/': ['The first paragraph of the first post.', 'Because a quokka said so.'],
    };
    const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim() ?? '';
    let checked = 0;
    for (const post of FIXTURE_POSTS) {
      const html = page(post.url);
      expect(html.querySelector('h1')?.text).toBe(post.title);
      const [first, last] = ends[post.url]!;
      const body = text(html.querySelector('main .prose'));
      expect(body.startsWith(first), `${post.url} starts with "${first}": ${body.slice(0, 80)}`).toBe(true);
      expect(body.endsWith(last), `${post.url} ends with "${last}": ${body.slice(-80)}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBe(6);
  });

  it('loads each enhancement only where it is needed, each under 2 KB gzipped', () => {
    // Every page has the theme switch's two: the inline one in <head> (no src) and theme.js.
    const scriptsOf = (url: string) => page(url).querySelectorAll('script[data-enhancement]').map((s) => s.getAttribute('src') ?? s.getAttribute('data-enhancement'));
    // The fixture site has giscus comments on (tests/fixtures/sites/valid.site.json).
    expect(scriptsOf('/blog/hello-world/')).toEqual(['theme-init', '/scripts/theme.js', '/scripts/comments.js', '/scripts/copy-code.js', '/scripts/copy-link.js']);
    expect(scriptsOf('/search/')).toEqual(['theme-init', '/scripts/theme.js', '/scripts/search.js']);
    expect(scriptsOf('/')).toEqual(['theme-init', '/scripts/theme.js']);
    expect(scriptsOf('/blog/tag/next-js/')).toEqual(['theme-init', '/scripts/theme.js']);
    expect(scriptsOf('/blog/long-read/')).toEqual(['theme-init', '/scripts/theme.js', '/scripts/toc.js', '/scripts/comments.js', '/scripts/copy-code.js', '/scripts/copy-link.js']);
    for (const name of ['copy-code', 'copy-link', 'search', 'theme', 'toc', 'comments']) {
      const size = gzipSync(fs.readFileSync(path.join(FIXTURE_OUT, 'scripts', `${name}.js`)), { level: 9 }).length;
      expect(size, name).toBeLessThan(2048);
      const pageUrl = { search: '/search/', theme: '/', toc: '/blog/long-read/' }[name] ?? '/blog/hello-world/';
      expect(page(pageUrl).querySelector(`script[data-enhancement="${name}"]`)?.hasAttribute('defer'), name).toBe(true);
    }
  });

  it('keeps the copy-link button invisible (but in its place) for readers without JavaScript', () => {
    const button = page('/blog/hello-world/').querySelector('button[data-copy-link]');
    expect(button?.classList.contains('invisible')).toBe(true);
    expect(button?.getAttribute('data-copy-link')).toBe('https://fixture.example/blog/hello-world/');
  });

  it('stays within the 40 KB budget on every reading page (npm run size)', () => {
    const report = JSON.parse(
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'size.ts'), '--json'], {
        cwd: ROOT,
        env: { ...process.env, OUT_DIR: FIXTURE_OUT },
        encoding: 'utf8',
      }),
    );
    expect(report.failures).toEqual([]);
    expect(report.pages.length).toBeGreaterThan(10);
    for (const weight of report.pages) expect(weight.total.gzip).toBeLessThan(40 * 1024);
  });
});

describe('search', () => {
  it('indexes exactly the published posts with Pagefind', () => {
    const entry = JSON.parse(readOut('pagefind/pagefind-entry.json'));
    const count = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(count).toBe(6);
  });

  it('has a search form in every page header that works without JavaScript', () => {
    for (const url of ['/', '/blog/hello-world/', '/blog/tags/']) {
      const form = page(url).querySelector('header form[role="search"]');
      expect(form?.getAttribute('action')).toBe('/search/');
      expect(form?.getAttribute('method')).toBe('get');
      expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    }
  });
});
