import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageGraph, type PageEntry } from '@/lib/output/page-graph';
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
      '/[page]',
      '/blog/tag/[slug]',
      '/blog/category/[slug]',
      '/blog/author/[slug]',
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
