import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FetchImage } from '@/lib/authoring/import/images';
import type { ImportBatch, ImportedPost } from '@/lib/authoring/import/model';
import { formatReport } from '@/lib/authoring/import/report';
import { read, tempSite, writeInto } from '../import-helpers';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const post: ImportedPost = {
  origin: 'test: "Pictures"',
  slug: 'pictures',
  title: 'Pictures',
  date: '2024-01-01T00:00:00Z',
  author: { slug: 'ada', name: 'Ada' },
  tags: [],
  categories: [],
  cover: { url: 'https://img.example.com/covers/Cover%20Photo.JPG', alt: 'A cover' },
  published: true,
  aliases: [],
  body: '![One](https://img.example.com/a/photo.png)\n\n![Two](https://img.example.com/b/photo.png "Second")\n\n![Three](https://img.example.com/render?id=3)\n',
  notes: [],
};
const batch: ImportBatch = { posts: [post], skipped: [] };

/** A fetch that serves PNG bytes for every URL and records what it was asked for. */
function fakeFetch(
  requests: string[],
  headers: Record<string, string> = { 'content-type': 'image/png' },
): FetchImage {
  return async (url) => {
    requests.push(url);
    return new Response(PNG, { headers });
  };
}

describe('downloading images', () => {
  it('saves body images and the cover under public/images/<slug>/ and points the post at them', async () => {
    const site = tempSite();
    const requests: string[] = [];
    const report = await writeInto(batch, site, {
      download: { fetch: fakeFetch(requests), timeoutMs: 1000, maxBytes: 1024 },
    });

    expect(read(path.join(site.outDir, 'posts', 'pictures.md'))).toBe(`---
title: Pictures
date: "2024-01-01T00:00:00Z"
author: ada
coverImage: /images/pictures/cover-photo.jpg
coverAlt: A cover
---

![One](/images/pictures/photo.png)

![Two](/images/pictures/photo-2.png "Second")

![Three](/images/pictures/render.png)
`);
    expect(report.imagesDownloaded).toEqual([
      '/images/pictures/photo.png',
      '/images/pictures/photo-2.png',
      '/images/pictures/render.png',
      '/images/pictures/cover-photo.jpg',
    ]);
    expect(fs.readFileSync(path.join(site.publicDir, 'images', 'pictures', 'photo-2.png'))).toEqual(
      Buffer.from(PNG),
    );
    expect(requests).toHaveLength(4);

    // With --force, the files already downloaded are used again and not fetched a second time.
    const again: string[] = [];
    const forced = await writeInto(batch, site, {
      force: true,
      download: { fetch: fakeFetch(again), timeoutMs: 1000, maxBytes: 1024 },
    });
    expect(again).toEqual(['https://img.example.com/render?id=3']);
    expect(forced.imagesReused).toEqual([
      '/images/pictures/photo.png',
      '/images/pictures/photo-2.png',
      '/images/pictures/cover-photo.jpg',
    ]);
  });

  it('leaves an image remote, with the reason, when it is too large, not an image or too slow', async () => {
    const site = tempSite();
    const slow: FetchImage = (_url, { signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const cases: Array<[FetchImage, string]> = [
      [fakeFetch([], { 'content-type': 'image/png', 'content-length': '5000' }), 'larger than 1024 bytes'],
      [fakeFetch([], { 'content-type': 'text/html' }), 'not an image (text/html)'],
      [async () => new Response('gone', { status: 404 }), 'HTTP 404'],
      [slow, 'no answer within 0.05 s'],
    ];
    for (const [fetch, reason] of cases) {
      const single: ImportBatch = {
        posts: [{ ...post, cover: undefined, body: '![A](https://img.example.com/a.png)' }],
        skipped: [],
      };
      const report = await writeInto(single, site, {
        force: true,
        download: { fetch, timeoutMs: 50, maxBytes: 1024 },
      });
      expect(report.imagesRemote).toEqual([
        { post: 'pictures', url: 'https://img.example.com/a.png', reason },
      ]);
      expect(read(path.join(site.outDir, 'posts', 'pictures.md'))).toContain(
        '\n![A](https://img.example.com/a.png)\n',
      );
    }
  });

  it('leaves out a cover that stays remote on plain http, which the site does not accept', async () => {
    const site = tempSite();
    const report = await writeInto(
      { posts: [{ ...post, body: 'Text.', cover: { url: 'http://img.example.com/c.jpg' } }], skipped: [] },
      site,
    );
    expect(read(path.join(site.outDir, 'posts', 'pictures.md'))).not.toContain('coverImage');
    expect(report.notes).toEqual([
      {
        post: 'pictures',
        note: 'cover: http://img.example.com/c.jpg left out; coverImage must be a file under public/ or an https URL',
      },
    ]);
  });

  it('skips a second post with a slug already taken in the same import', async () => {
    const site = tempSite();
    const report = await writeInto(
      {
        posts: [
          { ...post, cover: undefined, body: 'A' },
          { ...post, origin: 'test: "Again"', cover: undefined, body: 'B' },
        ],
        skipped: [],
      },
      site,
    );
    expect(report.skipped).toEqual([
      { origin: 'test: "Again"', reason: 'its slug "pictures" is already used by test: "Pictures"' },
    ]);
  });
});

describe('downloading an SVG', () => {
  const HOSTILE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/></svg>';
  const svgPost: ImportedPost = {
    ...post,
    slug: 'drawings',
    cover: undefined,
    body: '![Logo](https://img.example.com/logo.svg)\n\n![Chart](https://img.example.com/chart)\n\n![Fake](https://img.example.com/fake.svg)\n',
  };
  /** The logo and the chart are SVGs with a script; fake.svg is an HTML page. */
  const svgFetch: FetchImage = async (url) =>
    url.endsWith('fake.svg')
      ? new Response('<html><script>alert(3)</script></html>', { headers: { 'content-type': 'image/svg+xml' } })
      : new Response(HOSTILE_SVG, { headers: { 'content-type': 'image/svg+xml' } });

  it('keeps only what draws, says so in the report, and leaves what is no SVG remote', async () => {
    const site = tempSite();
    const report = await writeInto({ posts: [svgPost], skipped: [] }, site, { download: { fetch: svgFetch, timeoutMs: 1000, maxBytes: 1024 } });
    const safe = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>\n';
    expect(read(path.join(site.publicDir, 'images', 'drawings', 'logo.svg'))).toBe(safe);
    expect(read(path.join(site.publicDir, 'images', 'drawings', 'chart.svg'))).toBe(safe);
    expect(fs.existsSync(path.join(site.publicDir, 'images', 'drawings', 'fake.svg'))).toBe(false);
    expect(formatReport(report).split('\n').slice(4)).toEqual([
      'Images downloaded (2):',
      '  /images/drawings/logo.svg',
      '  /images/drawings/chart.svg',
      'SVGs rewritten to draw only (no script, event handler or outside address) (2):',
      '  /images/drawings/logo.svg: removed onload, <script>',
      '  /images/drawings/chart.svg: removed onload, <script>',
      'Images left remote (1):',
      '  drawings: https://img.example.com/fake.svg (not an SVG image, whose first element is <svg>, but found <script>)',
    ]);
  });
});

describe('downloading a file that names itself no image', () => {
  // Served from public/ under its own name, page.html would be a page of the blog's origin, and art.svgz an SVG
  // no build step rewrites; a host types both by their extension, not by what the download said.
  const namedPost: ImportedPost = {
    ...post,
    slug: 'named',
    cover: undefined,
    body: '![Page](https://img.example.com/page.html)\n\n![Art](https://img.example.com/art.svgz)\n',
  };
  const namedFetch: FetchImage = async () =>
    new Response('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', { headers: { 'content-type': 'image/x-icon' } });

  it('is left remote, never written under a name that is no image', async () => {
    const site = tempSite();
    const report = await writeInto({ posts: [namedPost], skipped: [] }, site, { download: { fetch: namedFetch, timeoutMs: 1000, maxBytes: 1024 } });
    expect(fs.existsSync(path.join(site.publicDir, 'images', 'named'))).toBe(false);
    expect(report.imagesRemote).toEqual([
      { post: 'named', url: 'https://img.example.com/page.html', reason: 'not a JPEG, PNG, GIF, WebP, AVIF or SVG image (image/x-icon)' },
      { post: 'named', url: 'https://img.example.com/art.svgz', reason: 'not a JPEG, PNG, GIF, WebP, AVIF or SVG image (image/x-icon)' },
    ]);
  });
});
