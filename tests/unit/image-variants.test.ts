import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { VariantStore } from '@/lib/output/image-variants/encode';
import { AVATAR_WIDTHS, CONTENT_WIDTHS, contentSizes, pictureSources, planFormats, planWidths, variantNear } from '@/lib/output/image-variants/plan';
import { buildFetcher, downloadImage, type Fetcher } from '@/lib/output/image-variants/remote';

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'margins-images-'));
const cover = { ladder: CONTENT_WIDTHS, share: true, avif: false };
const body = { ladder: CONTENT_WIDTHS, share: false, avif: false };

/** A JPEG of noise: a photo's worth of detail, made here rather than committed. */
const noiseJpeg = (width: number, height: number, mean = 128) =>
  sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean, sigma: 40 } } }).jpeg().toBuffer();

describe('the variant planner', () => {
  it('never plans a width above the source, and keeps the source width under the top of the ladder', () => {
    expect(planWidths(4032, CONTENT_WIDTHS)).toEqual([480, 720, 800, 1200, 1600]);
    expect(planWidths(2400, CONTENT_WIDTHS)).toEqual([480, 720, 800, 1200, 1600]);
    expect(planWidths(1500, CONTENT_WIDTHS)).toEqual([480, 720, 800, 1200, 1500]);
    expect(planWidths(1000, CONTENT_WIDTHS)).toEqual([480, 720, 800, 1000]);
    expect(planWidths(300, CONTENT_WIDTHS)).toEqual([300]);
    expect(planWidths(256, AVATAR_WIDTHS)).toEqual([80, 160, 240]);
    expect(planWidths(100, AVATAR_WIDTHS)).toEqual([80, 100]);
  });

  it('offers WebP and the source format, AVIF only when asked, and lets SVG through', () => {
    expect(planFormats('jpeg', false)).toEqual(['webp', 'jpeg']);
    expect(planFormats('png', true)).toEqual(['avif', 'webp', 'png']);
    expect(planFormats('gif', false)).toEqual(['webp', 'png']);
    expect(planFormats('webp', false)).toEqual(['webp']);
    expect(planFormats('svg', false)).toBeUndefined();
  });

  it('sizes an image as wide as the column at the column, and a narrow one at its own width', () => {
    // Screens of 2.5 dppx and more are told two thirds of the width: they get what a 2x screen gets.
    expect(contentSizes(1600)).toBe(
      '(min-width: 768px) and (min-resolution: 2.5dppx) 480px, (min-width: 768px) 720px, (min-resolution: 2.5dppx) calc((100vw - 32px) * 2 / 3), calc(100vw - 32px)',
    );
    expect(contentSizes(400)).toBe(
      '(min-width: 432px) and (min-resolution: 2.5dppx) 267px, (min-width: 432px) 400px, (min-resolution: 2.5dppx) calc((100vw - 32px) * 2 / 3), calc(100vw - 32px)',
    );
  });
});

describe('the variant store', () => {
  it('makes WebP and JPEG variants at the planned widths, with real sizes, and a 1200x630 share crop', async () => {
    const cache = temporary();
    const store = new VariantStore(cache);
    const image = await store.variants(await noiseJpeg(1500, 1000), cover);
    expect(image).toMatchObject({ width: 1500, height: 1000 });
    expect(image!.variants.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(image!.variants.files.map(({ width, height, format }) => `${format} ${width}x${height}`)).toEqual([
      'webp 480x320',
      'webp 720x480',
      'webp 800x533',
      'webp 1200x800',
      'webp 1500x1000',
      'jpeg 480x320',
      'jpeg 720x480',
      'jpeg 800x533',
      'jpeg 1200x800',
      'jpeg 1500x1000',
    ]);
    expect(image!.share).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(store.encoded).toBe(11);

    const out = temporary();
    expect(store.publish(out)).toBe(11);
    const published = await sharp(path.join(out, image!.share!.src)).metadata();
    expect(published).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(await sharp(path.join(out, image!.variants.files[2]!.src)).metadata()).toMatchObject({ format: 'webp', width: 800, height: 533 });
    expect(pictureSources(image!.variants)[0]!.srcset).toMatch(/^\/_img\/[0-9a-f]{20}-480\.webp 480w, \/_img\/[0-9a-f]{20}-720\.webp 720w, /);
    expect(variantNear(image!.variants, 1200)).toMatchObject({ width: 1200, format: 'jpeg' });
  });

  it('keeps names for the same bytes and options, encodes nothing the cache has, and changes names with the bytes', async () => {
    const cache = temporary();
    const bytes = await noiseJpeg(900, 600);
    const first = await new VariantStore(cache).variants(bytes, body);
    const again = new VariantStore(cache);
    expect(await again.variants(bytes, body)).toEqual(first);
    expect(again.encoded).toBe(0);

    const other = await again.variants(await noiseJpeg(900, 600, 90), body);
    expect(other!.variants.files[0]!.src).not.toBe(first!.variants.files[0]!.src);
    const asAvatar = await again.variants(bytes, { ...body, ladder: AVATAR_WIDTHS });
    expect(asAvatar!.variants.files[0]!.src).not.toBe(first!.variants.files[0]!.src);
  });

  it('encodes an image that is both a cover and a body image once, and only the crop when it becomes a cover', async () => {
    const cache = temporary();
    const bytes = await noiseJpeg(900, 600);
    const store = new VariantStore(cache);
    const [asBody, asCover] = await Promise.all([store.variants(bytes, body), store.variants(bytes, cover)]);
    expect(asCover!.variants).toEqual(asBody!.variants);
    expect(asCover!.share).toMatchObject({ width: 900, height: 473 });
    expect(asBody!.share).toBeUndefined();
    // WebP and JPEG at 480, 720, 800 and 900, and the crop.
    expect(store.encoded).toBe(9);

    const bodyFirst = temporary();
    await new VariantStore(bodyFirst).variants(bytes, body);
    const later = new VariantStore(bodyFirst);
    expect(await later.variants(bytes, cover)).toEqual(asCover);
    expect(later.encoded).toBe(1);
  });

  it('encodes a variant again when its cached file was cut short', async () => {
    const cache = temporary();
    const bytes = await noiseJpeg(900, 600);
    const image = await new VariantStore(cache).variants(bytes, body);
    const file = path.join(cache, 'images', path.basename(image!.variants.files[0]!.src));
    const size = fs.statSync(file).size;
    fs.truncateSync(file, 100);

    const store = new VariantStore(cache);
    expect(await store.variants(bytes, body)).toEqual(image);
    expect(store.encoded).toBe(8);
    expect(fs.statSync(file).size).toBe(size);
  });

  it('encodes an image again when a cached variant or its crop was overwritten with bytes of the same length', async () => {
    const cache = temporary();
    const bytes = await noiseJpeg(900, 600);
    const image = await new VariantStore(cache).variants(bytes, cover);
    for (const src of [image!.variants.files[0]!.src, image!.share!.src]) {
      const file = path.join(cache, 'images', path.basename(src));
      const good = fs.readFileSync(file);
      fs.writeFileSync(file, Buffer.alloc(good.length, 0x41));

      const store = new VariantStore(cache);
      expect(await store.variants(bytes, cover)).toEqual(image);
      // WebP and JPEG at 480, 720, 800 and 900, and the crop.
      expect(store.encoded).toBe(9);
      expect(fs.readFileSync(file).equals(good)).toBe(true);
    }
  });

  it('turns a photo stored on its side upright, and never upscales its share crop', async () => {
    const sideways = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const image = await new VariantStore(temporary()).variants(sideways, cover);
    expect(image).toMatchObject({ width: 400, height: 600 });
    expect(image!.variants.files.map((file) => `${file.width}x${file.height}`)).toEqual(['400x600', '400x600']);
    // #336699 as JPEG stored it, in the bins of sharp's colour histogram.
    expect(image!.variants.color).toBe('#386898');
    // 1200x630 scaled down to fit 400 pixels wide.
    expect(image!.share).toMatchObject({ width: 400, height: 210 });
  });

  it('lets SVG and animated GIF through untouched', async () => {
    const store = new VariantStore(temporary());
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600"/></svg>');
    expect(await store.variants(svg, body)).toBeUndefined();
    const frame = (background: string) => sharp({ create: { width: 600, height: 400, channels: 3, background } }).png().toBuffer();
    const animated = await sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } }).gif().toBuffer();
    expect(await store.variants(animated, body)).toBeUndefined();
    expect(store.encoded).toBe(0);
  });
});

describe('remote images', () => {
  const url = 'https://photos.example.com/cover.jpg';

  it('downloads once into the cache, and later builds read the cache', async () => {
    const cache = temporary();
    const bytes = await noiseJpeg(100, 100);
    const calls: string[] = [];
    const online: Fetcher = async (requested) => {
      calls.push(requested);
      return new Response(new Uint8Array(bytes));
    };
    expect(await downloadImage(url, cache, online)).toEqual({ bytes });
    const offline: Fetcher = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await downloadImage(url, cache, offline)).toEqual({ bytes });
    expect(calls).toEqual([url]);
  });

  it('reports a failure without caching it, and refuses what is too large or too slow', async () => {
    const cache = temporary();
    const failing: Fetcher = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND photos.example.com') });
    };
    expect(await downloadImage(url, cache, failing)).toEqual({ error: 'unreachable: fetch failed: getaddrinfo ENOTFOUND photos.example.com' });
    expect(fs.existsSync(path.join(cache, 'remote'))).toBe(false);

    const missing: Fetcher = async () => new Response('not here', { status: 404 });
    expect(await downloadImage(url, cache, missing)).toEqual({ error: 'HTTP 404' });

    const large: Fetcher = async () => new Response(new Uint8Array(3 * 1024 * 1024));
    expect(await downloadImage(url, cache, large, { timeoutMs: 1000, maxBytes: 2 * 1024 * 1024 })).toEqual({ error: 'larger than 2 MB' });

    const slow: Fetcher = (_url, { signal }) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    expect(await downloadImage(url, cache, slow, { timeoutMs: 50, maxBytes: 1024 })).toEqual({ error: 'no answer within 0.05 s' });
  });

  it('touches no network when the build is offline (as every test build is)', async () => {
    const result = await downloadImage('https://images.invalid/cover.jpg', temporary(), buildFetcher({ MARGINS_OFFLINE: '1' }));
    expect(result).toEqual({ error: 'unreachable: not downloaded: MARGINS_OFFLINE=1' });
    expect(buildFetcher({})).toBe(fetch);
  });
});
