// A real build of a site whose cover is a phone photo (4032x3024, made here from noise: never committed), with
// body images in Markdown and raw HTML, an SVG, an avatar and a remote cover this machine cannot download.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_SITE_URL, summaryOf } from '../build-fixture';
import { ROOT } from '../helpers';

const source = path.join(ROOT, 'tests', '.output', 'images-source');
const out = path.join(ROOT, 'tests', '.output', 'images');
const page = (url: string) => parse(fs.readFileSync(path.join(out, url, 'index.html'), 'utf8'));
const fileOf = (url: string) => path.join(out, decodeURIComponent(new URL(url, FIXTURE_SITE_URL).pathname));
const meta = (html: HTMLElement, property: string) => html.querySelectorAll(`meta[property="${property}"]`).map((m) => m.getAttribute('content'));

const files: Record<string, string> = {
  'content/authors/ada.md': '---\nname: Ada\navatar: /images/ada.png\n---\nWrites.\n',
  'content/posts/photo.md': [
    '---',
    'title: A phone photo',
    'date: 2025-01-02',
    'author: ada',
    'coverImage: /images/photo.jpg',
    'coverAlt: A field at dusk',
    '---',
    'Some words first.',
    '',
    '![A chart](/images/chart.png)',
    '',
    '<img src="/images/photo.jpg" alt="The photo again, in raw HTML">',
    '',
    '![A logo](/images/logo.svg)',
    '',
  ].join('\n'),
  'content/posts/remote.md': '---\ntitle: Far away\ndate: 2025-01-01\nauthor: ada\ncoverImage: https://images.invalid/lake.jpg\ncoverAlt: A lake\n---\nText.\n',
  'public/images/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40"/></svg>',
};

beforeAll(async () => {
  fs.rmSync(source, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  }
  // Noise blurred into soft shapes compresses about as a photo does; raw noise would not.
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 60 };
  const photo = await sharp({ create: { width: 1008, height: 756, channels: 3, background: '#808080', noise } }).resize(4032, 3024).blur(3).raw().toBuffer();
  await sharp(photo, { raw: { width: 4032, height: 3024, channels: 3 } }).jpeg({ quality: 92 }).toFile(path.join(source, 'public/images/photo.jpg'));
  await sharp({ create: { width: 900, height: 500, channels: 4, background: '#2dd4bf80' } }).png().toFile(path.join(source, 'public/images/chart.png'));
  await sharp({ create: { width: 300, height: 300, channels: 3, background: '#ff8800' } }).png().toFile(path.join(source, 'public/images/ada.png'));
  buildSite(path.join(source, 'content'), out, { PUBLIC_DIR: path.join(source, 'public') });
}, 300_000);

describe('responsive images in a real build', () => {
  it('gives every <img> a width, a height and an alt', () => {
    for (const url of ['blog/photo', 'blog/remote', 'blog/author/ada']) {
      for (const img of page(url).querySelectorAll('img')) {
        expect(img.getAttribute('width'), `${url}: ${img.getAttribute('src')}`).toMatch(/^\d+$/);
        expect(img.getAttribute('height'), `${url}: ${img.getAttribute('src')}`).toMatch(/^\d+$/);
        expect(img.getAttribute('alt'), `${url}: ${img.getAttribute('src')}`).toBeDefined();
      }
    }
  });

  it('publishes every file a srcset names, at the width it states', async () => {
    const html = page('blog/photo');
    const candidates = html
      .querySelectorAll('img[srcset], source[srcset]')
      .flatMap((element) => element.getAttribute('srcset')!.split(', '))
      .map((candidate) => candidate.split(' '));
    // The cover and the photo in the body (WebP and JPEG at five widths each), the chart (WebP and PNG at 480,
    // 800 and its own 900), the avatar (WebP at 80, 160 and 240).
    expect(candidates).toHaveLength(20 + 6 + 3);
    for (const [url, width] of candidates) {
      expect((await sharp(fileOf(url!)).metadata()).width, url).toBe(Number(width!.replace('w', '')));
    }
  });

  it('serves the cover as a <picture> with high priority, a preload and its colour', () => {
    const html = page('blog/photo');
    const cover = html.querySelector('img[alt="A field at dusk"]')!;
    expect(cover.parentNode!.tagName).toBe('PICTURE');
    // React writes fetchPriority and srcSet in camel case: attribute names are read case-insensitively.
    expect(['width', 'height', 'fetchpriority', 'sizes'].map((name) => cover.getAttribute(name))).toEqual(['4032', '3024', 'high', '(min-width: 768px) 720px, calc(100vw - 32px)']);
    expect(cover.getAttribute('style')).toMatch(/^background-color:#[0-9a-f]{6}$/);
    const webp = html.querySelector('picture source[type="image/webp"]')!.getAttribute('srcset');
    const preload = html.querySelector('head link[rel="preload"][as="image"]')!;
    expect(preload.getAttribute('imagesrcset')).toBe(webp);
    expect(preload.getAttribute('imagesizes')).toBe('(min-width: 768px) 720px, calc(100vw - 32px)');
    // Body images load lazily; the SVG is shown as it is.
    expect(html.querySelector('img[alt="The photo again, in raw HTML"]')!.attributes).toMatchObject({ loading: 'lazy', decoding: 'async' });
    expect(html.querySelector('img[alt="A logo"]')!.getAttribute('src')).toBe('/images/logo.svg');
  });

  it('shares the cover as a 1200x630 JPEG, and a remote cover it could not download by its URL', async () => {
    const html = page('blog/photo');
    const [image] = meta(html, 'og:image');
    expect(image).toMatch(/^https:\/\/fixture\.example\/_img\/[0-9a-f]{20}-share\.jpg$/);
    expect(meta(html, 'og:image:width')).toEqual(['1200']);
    expect(meta(html, 'og:image:height')).toEqual(['630']);
    expect(await sharp(fileOf(image!)).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });

    const remote = page('blog/remote');
    expect(meta(remote, 'og:image')).toEqual(['https://images.invalid/lake.jpg']);
    expect(meta(remote, 'og:image:width')).toEqual([]);
  });

  it('keeps the originals, and counts what it encoded', () => {
    expect(fs.statSync(path.join(out, 'images/photo.jpg')).size).toBe(fs.statSync(path.join(source, 'public/images/photo.jpg')).size);
    // The cover (10 variants and the crop), the photo again in the body (10), the chart (6), the avatar (6).
    expect(summaryOf(out)).toContain('4 images in 33 variant files, 33 of them encoded, the others from the cache');
  });
});
