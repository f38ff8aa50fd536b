import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageGraph, sitemapEntries, SITE_ROUTES, siteOutputs, type PageEntry } from '@/lib/output/page-graph';
import { ROOT_SEGMENTS } from '@/lib/site/paths';
import { fixture, loadFixture } from '../helpers';

/**
 * The outputs of the fixture site whose fingerprints change when one file is edited, or that appear: the graph of
 * a copy (posts know their file's path), before and after the edit.
 */
function changedBy(file: string, edit: (text: string) => string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-graph-'));
  fs.cpSync(fixture('sites', 'valid'), dir, { recursive: true });
  const before = new Map(pageGraph(loadFixture('valid', { contentDir: dir })).map((entry) => [entry.key, entry.fingerprint]));
  fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(dir, file), 'utf8')));
  return pageGraph(loadFixture('valid', { contentDir: dir }))
    .filter((entry) => before.get(entry.key) !== entry.fingerprint)
    .map((entry) => entry.key);
}

const graph: PageEntry[] = pageGraph(loadFixture('valid'));

describe('the page graph', () => {
  it('lists each output of the routes with params with the file it is exported as', () => {
    const files = Object.fromEntries(graph.map((entry) => [entry.key, entry.files]));
    expect(files['/blog/[slug] {"slug":"hello-world"}']).toEqual(['blog/hello-world/index.html']);
    expect(files['/blog/tag/[slug] {"slug":"日本語"}']).toEqual(['blog/tag/日本語/index.html']);
    expect(files['/blog/tag/[slug]/feed.xml {"slug":"static-sites"}']).toEqual(['blog/tag/static-sites/feed.xml']);
    expect(files['/[page] {"page":"about"}']).toEqual(['about/index.html']);
    expect(files['/og/posts/[file] {"file":"hello-world.png"}']).toEqual(['og/posts/hello-world.png']);
    expect(graph.map((entry) => entry.route).filter((route, index, all) => all.indexOf(route) === index)).toEqual([
      '/blog/[slug]',
      '/blog/tag/[slug]',
      '/blog/category/[slug]',
      '/blog/author/[slug]',
      '/[page]',
      '/blog/tag/[slug]/feed.xml',
      '/og/posts/[file]',
    ]);
  });

  it('changes, for a body edit, the post page and the feeds that carry the body, nothing that only lists the post', () => {
    expect(changedBy('posts/hello-world.md', (text) => `${text}\nOne more sentence.\n`)).toEqual([
      '/blog/[slug] {"slug":"hello-world"}',
      '/blog/tag/[slug]/feed.xml {"slug":"next-js"}',
      '/blog/tag/[slug]/feed.xml {"slug":"static-sites"}',
    ]);
  });

  it('changes, for a title edit, every page that shows the title: its own, its neighbours’ and its lists', () => {
    // Its neighbours by date are csharp-notes (newer, which also lists it as related) and hello-world (older); it
    // has a cover, so no share card of its own is drawn.
    expect(changedBy('posts/cpp-notes.md', (text) => text.replace('title: Notes on C++', 'title: Notes on C++, revised'))).toEqual([
      '/blog/[slug] {"slug":"csharp-notes"}',
      '/blog/[slug] {"slug":"cpp-notes"}',
      '/blog/[slug] {"slug":"hello-world"}',
      '/blog/tag/[slug] {"slug":"performance"}',
      '/blog/tag/[slug] {"slug":"c-plus-plus"}',
      '/blog/category/[slug] {"slug":"engineering"}',
      '/blog/author/[slug] {"slug":"ada-lovelace"}',
      '/blog/tag/[slug]/feed.xml {"slug":"performance"}',
      '/blog/tag/[slug]/feed.xml {"slug":"c-plus-plus"}',
    ]);
  });
});

describe('the outputs of the site', () => {
  it('are every file it publishes from content and code, those of the routes without params included, with their URL paths', () => {
    const outputs = siteOutputs(loadFixture('valid'));
    expect(outputs.filter((output) => !output.route.includes('[')).map((output) => [output.path, output.files])).toEqual([
      ['/', ['index.html']],
      ['/blog/', ['blog/index.html']],
      ['/blog/tags/', ['blog/tags/index.html']],
      ['/search/', ['search/index.html']],
      ['/_not-found/', ['_not-found/index.html', '404.html', '404/index.html']],
      ['/feed.xml', ['feed.xml']],
      ['/atom.xml', ['atom.xml']],
      ['/feed.json', ['feed.json']],
      ['/sitemap.xml', ['sitemap.xml']],
      ['/robots.txt', ['robots.txt']],
      ['/icon.svg', ['icon.svg']],
      ['/og/site.png', ['og/site.png']],
      ['/_headers', ['_headers']],
    ]);
    // A slug in another script: percent-encoded in the URL, as it is in the file name.
    const japanese = outputs.find((output) => output.key === '/blog/tag/[slug] {"slug":"日本語"}');
    expect([japanese?.path, japanese?.files]).toEqual(['/blog/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E/', ['blog/tag/日本語/index.html']]);
  });

  it('take only first path segments that no page slug or alias may take', () => {
    // Routes whose first segment is a param ([page], [alias]) are those slugs and aliases themselves.
    const fixed = SITE_ROUTES.filter((route) => !route.route.startsWith('/['));
    const taken = new Set(siteOutputs(loadFixture('valid')).filter((output) => fixed.some((route) => route.route === output.route)).flatMap((output) => output.files.map((file) => file.split('/')[0]!)));
    expect([...taken].filter((segment) => !ROOT_SEGMENTS.includes(segment))).toEqual([]);
    expect([...taken].sort()).toEqual(['404', '404.html', '_headers', '_not-found', 'atom.xml', 'blog', 'feed.json', 'feed.xml', 'icon.svg', 'icons', 'index.html', 'og', 'robots.txt', 'search', 'sitemap.xml']);
  });

  it('include a redirect page at each old address of a post, and the host rules, when a post has aliases', () => {
    const redirects = siteOutputs(loadFixture('other-engines')).filter((output) => ['/[alias]', '/_redirects'].includes(output.route));
    expect(redirects.map((output) => [output.path, output.files])).toEqual([
      ['/posts/planning-the-move/', ['posts/planning-the-move/index.html']],
      ['/2023/03/planning/', ['2023/03/planning/index.html']],
      ['/_redirects', ['_redirects']],
    ]);
  });

  it('are what the sitemap lists, when indexable: home and lists first, then posts, terms, series and pages', () => {
    expect(sitemapEntries(loadFixture('valid')).map((entry) => [entry.url.replace('https://margins.example', ''), entry.lastModified?.toISOString()])).toEqual([
      ['/', '2025-04-20T00:00:00.000Z'],
      ['/blog/', '2025-04-20T00:00:00.000Z'],
      // Published here first: custom-slug, whose canonical URL is elsewhere, is not listed, nor the draft and the future post.
      ['/blog/long-read/', '2025-04-01T00:00:00.000Z'],
      ['/blog/japanese/', '2025-03-01T00:00:00.000Z'],
      ['/blog/csharp-notes/', '2025-02-15T07:30:00.000Z'],
      ['/blog/cpp-notes/', '2025-02-01T00:00:00.000Z'],
      ['/blog/hello-world/', '2025-01-10T00:00:00.000Z'],
      ['/blog/tags/', undefined],
      ['/blog/tag/next-js/', undefined],
      ['/blog/tag/performance/', undefined],
      ['/blog/tag/static-sites/', undefined],
      ['/blog/tag/c-sharp/', undefined],
      ['/blog/tag/c-plus-plus/', undefined],
      ['/blog/tag/rare-tag/', undefined],
      ['/blog/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E/', undefined],
      ['/blog/category/engineering/', undefined],
      ['/blog/category/guides/', undefined],
      ['/blog/category/writing/', undefined],
      ['/blog/author/ada-lovelace/', undefined],
      ['/blog/author/grace-hopper/', undefined],
      ['/about/', '2025-05-01T00:00:00.000Z'],
    ]);
  });
});
