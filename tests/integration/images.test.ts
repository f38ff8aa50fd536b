// A real build of a site whose cover is a phone photo (4032x3024, made at test time: never committed), with body
// images in Markdown and raw HTML, an SVG, an avatar and a remote cover this machine cannot download.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_SITE_URL, summaryOf } from '../build-fixture';
import { ROOT } from '../helpers';
import { writePhotoSite } from '@/scripts/lib/photo-site';

const source = path.join(ROOT, 'tests', '.output', 'images-source');
const out = path.join(ROOT, 'tests', '.output', 'images');
const page = (url: string) => parse(fs.readFileSync(path.join(out, url, 'index.html'), 'utf8'));
const fileOf = (url: string) => path.join(out, decodeURIComponent(new URL(url, FIXTURE_SITE_URL).pathname));
// Screens of 2.5 dppx and more are told two thirds of the width, so they get what a 2x screen gets.
const SIZES = '(min-width: 768px) and (min-resolution: 2.5dppx) 480px, (min-width: 768px) 720px, (min-resolution: 2.5dppx) calc((100vw - 32px) * 2 / 3), calc(100vw - 32px)';
const meta = (html: HTMLElement, property: string) => html.querySelectorAll(`meta[property="${property}"]`).map((m) => m.getAttribute('content'));

beforeAll(async () => {
  const { contentDir, publicDir } = await writePhotoSite(source);
  buildSite(contentDir, out, { PUBLIC_DIR: publicDir });
}, 300_000);

describe('responsive images in a real build', () => {
  it('gives every <img> a width, a height and its alt text, empty only for a decorative one', () => {
    // Every image of each page, in page order. Empty alt text only where the image repeats what is next to it:
    // an avatar beside the author's name, a card's cover beside the post's title.
    const alts: Record<string, string[]> = {
      'blog/photo': ['A field at dusk', 'A chart', 'The photo again, in raw HTML', 'A logo', ''],
      'blog/remote': ['A lake', ''],
      'blog/author/ada': ['', '', ''],
    };
    let checked = 0;
    for (const [url, expected] of Object.entries(alts)) {
      const images = page(url).querySelectorAll('img');
      expect(images.map((img) => img.getAttribute('alt')), url).toEqual(expected);
      for (const img of images) {
        expect(img.getAttribute('width'), `${url}: ${img.getAttribute('src')}`).toMatch(/^\d+$/);
        expect(img.getAttribute('height'), `${url}: ${img.getAttribute('src')}`).toMatch(/^\d+$/);
        checked += 1;
      }
    }
    expect(checked).toBe(10);
  });

  it('publishes every file a srcset names, at the width it states', async () => {
    const html = page('blog/photo');
    const candidates = html
      .querySelectorAll('img[srcset], source[srcset]')
      .flatMap((element) => element.getAttribute('srcset')!.split(', '))
      .map((candidate) => candidate.split(' '));
    // The cover and the photo in the body (WebP and JPEG at five widths each), the chart (WebP and PNG at 480,
    // 720, 800 and its own 900), the avatar (WebP at 80, 160 and 240).
    expect(candidates).toHaveLength(20 + 8 + 3);
    for (const [url, width] of candidates) {
      expect((await sharp(fileOf(url!)).metadata()).width, url).toBe(Number(width!.replace('w', '')));
    }
  });

  it('serves the cover as a <picture> with high priority, a preload and its colour', () => {
    const html = page('blog/photo');
    const cover = html.querySelector('img[alt="A field at dusk"]')!;
    expect(cover.parentNode!.tagName).toBe('PICTURE');
    // React writes fetchPriority and srcSet in camel case: attribute names are read case-insensitively.
    expect(['width', 'height', 'fetchpriority', 'sizes'].map((name) => cover.getAttribute(name))).toEqual(['4032', '3024', 'high', SIZES]);
    expect(cover.getAttribute('style')).toMatch(/^background-color:#[0-9a-f]{6}$/);
    const webp = html.querySelector('picture source[type="image/webp"]')!.getAttribute('srcset');
    const preload = html.querySelector('head link[rel="preload"][as="image"]')!;
    expect(preload.getAttribute('imagesrcset')).toBe(webp);
    expect(preload.getAttribute('imagesizes')).toBe(SIZES);
    // Body images load lazily; the cover's photo in the body names the cover's files; the SVG is shown as it is.
    const again = html.querySelector('img[alt="The photo again, in raw HTML"]')!;
    expect(again.attributes).toMatchObject({ loading: 'lazy', decoding: 'async' });
    expect(again.parentNode!.querySelector('source[type="image/webp"]')!.getAttribute('srcset')).toBe(webp);
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
    // The photo is as heavy as a phone's.
    expect(fs.statSync(path.join(source, 'public/images/photo.jpg')).size).toBeGreaterThan(3.5 * 1024 * 1024);
    expect(fs.statSync(path.join(source, 'public/images/photo.jpg')).size).toBeLessThan(4.5 * 1024 * 1024);
    expect(fs.statSync(path.join(out, 'images/photo.jpg')).size).toBe(fs.statSync(path.join(source, 'public/images/photo.jpg')).size);
    // The photo, once for the cover and the body (10 variants and the crop), the chart (8), the avatar (6).
    expect(summaryOf(out)).toContain('3 images in 25 variant files, 25 of them encoded, the others from the cache');
  });
});
