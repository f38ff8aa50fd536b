import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeImageVariants, type ImageStepOptions } from '@/lib/output/image-variants/build';
import type { Fetcher } from '@/lib/output/image-variants/remote';
import { loadContent } from '@/lib/posts';
import { NOW } from '../helpers';

// A small site made here: a photo cover, body images (local, remote, SVG), a remote cover and an avatar.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-image-step-'));
const contentDir = path.join(root, 'content');
const publicDir = path.join(root, 'public');
const files: Record<string, string> = {
  'authors/ada.md': '---\nname: Ada\navatar: /images/ada.png\n---\nWrites.\n',
  'posts/photo.md': [
    '---',
    'title: A photo',
    'date: 2025-01-02',
    'author: ada',
    'coverImage: /images/photo.jpg',
    'coverAlt: A field at dusk',
    '---',
    '![The same field](/images/photo.jpg)',
    '',
    '![A remote one](https://photos.example.com/body.jpg)',
    '',
    '<img src="/images/diagram.svg" alt="A diagram">',
    '',
  ].join('\n'),
  'posts/remote.md': '---\ntitle: Remote\ndate: 2025-01-01\nauthor: ada\ncoverImage: https://photos.example.com/cover.jpg\ncoverAlt: A lake\n---\nText.\n',
};
const noise = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 30 } } }).jpeg().toBuffer();

const offline: Fetcher = async () => {
  throw new TypeError('fetch failed');
};
const options = (cacheDir: string, overrides: Partial<ImageStepOptions> = {}): ImageStepOptions => ({
  publicDir,
  cacheDir,
  reuse: true,
  avif: false,
  remoteFailure: 'warn',
  fetcher: offline,
  ...overrides,
});
const load = () => loadContent({ contentDir, publicDir, includeDrafts: false, now: NOW }).content;
const cacheDir = () => fs.mkdtempSync(path.join(root, 'cache-'));

beforeAll(async () => {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, file), text);
  }
  fs.mkdirSync(path.join(publicDir, 'images'), { recursive: true });
  fs.writeFileSync(path.join(publicDir, 'images', 'photo.jpg'), await noise(1600, 1200));
  await sharp({ create: { width: 200, height: 200, channels: 4, background: '#ff8800ff' } }).png().toFile(path.join(publicDir, 'images', 'ada.png'));
  fs.writeFileSync(path.join(publicDir, 'images', 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>');
});

describe('the image step, offline', () => {
  it('returns new content and leaves the loaded one as the loader made it', async () => {
    const loaded = load();
    const { content } = await makeImageVariants(loaded, options(cacheDir()));
    const before = loaded.postBySlug.get('photo')!;
    expect(before.cover).toEqual({ src: '/images/photo.jpg', alt: 'A field at dusk', size: { width: 1600, height: 1200 } });
    expect(before.shareImage).toEqual({ src: '/images/photo.jpg', width: 1600, height: 1200, alt: 'A field at dusk', generated: false });
    expect(loaded.authorBySlug.get('ada')!.avatar).toEqual({ src: '/images/ada.png', size: { width: 200, height: 200 } });
    // The post's byline shows the author the step made, with the avatar's variants.
    expect(content.postBySlug.get('photo')!.authors[0]!.avatar!.variants!.files).toHaveLength(6);
  });

  it('points covers, avatars and body images at their variants, and keeps what it could not download', async () => {
    const step = await makeImageVariants(load(), options(cacheDir()));
    const { content } = step;
    const photo = content.postBySlug.get('photo')!;

    expect(photo.cover!.variants!.files.map((file) => `${file.format} ${file.width}`)).toEqual([
      'webp 480',
      'webp 720',
      'webp 800',
      'webp 1200',
      'webp 1600',
      'jpeg 480',
      'jpeg 720',
      'jpeg 800',
      'jpeg 1200',
      'jpeg 1600',
    ]);
    expect(photo.shareImage).toEqual({ src: expect.stringMatching(/^\/_img\/[0-9a-f]{20}-share\.jpg$/), width: 1200, height: 630, alt: 'A field at dusk', generated: false });
    expect(content.authorBySlug.get('ada')!.avatar!.variants!.files.map((file) => `${file.format} ${file.width}`)).toEqual(['webp 80', 'webp 160', 'webp 200', 'png 80', 'png 160', 'png 200']);

    const body = parse(content.body(photo).html);
    const [local, remote, svg] = body.querySelectorAll('img');
    expect(local!.parentNode!.tagName).toBe('PICTURE');
    expect(body.querySelector('picture source')!.attributes).toEqual({
      type: 'image/webp',
      srcset: expect.stringMatching(/^\/_img\/[0-9a-f]{20}-480\.webp 480w, \S+-720\.webp 720w, \S+-800\.webp 800w, \S+-1200\.webp 1200w, \S+-1600\.webp 1600w$/),
      sizes: '(min-width: 768px) and (min-resolution: 2.5dppx) 480px, (min-width: 768px) 720px, (min-resolution: 2.5dppx) calc((100vw - 32px) * 2 / 3), calc(100vw - 32px)',
    });
    expect(local!.attributes).toMatchObject({
      src: expect.stringMatching(/^\/_img\/[0-9a-f]{20}-1200\.jpg$/),
      srcset: expect.stringMatching(/-480\.jpg 480w, \S+-720\.jpg 720w, \S+-800\.jpg 800w, \S+-1200\.jpg 1200w, \S+-1600\.jpg 1600w$/),
      sizes: '(min-width: 768px) and (min-resolution: 2.5dppx) 480px, (min-width: 768px) 720px, (min-resolution: 2.5dppx) calc((100vw - 32px) * 2 / 3), calc(100vw - 32px)',
      alt: 'The same field',
      width: '1600',
      height: '1200',
      loading: 'lazy',
      decoding: 'async',
    });
    expect(remote!.getAttribute('src')).toBe('https://photos.example.com/body.jpg');
    expect(svg!.attributes).toMatchObject({ src: '/images/diagram.svg', width: '40', height: '20' });
    expect(svg!.getAttribute('srcset')).toBeUndefined();

    const feedImages = parse(content.body(photo).feedHtml).querySelectorAll('img').map((img) => img.getAttribute('src'));
    expect(feedImages).toEqual([expect.stringMatching(/^https?:\/\/[^/]+\/_img\/[0-9a-f]{20}-1200\.jpg$/), 'https://photos.example.com/body.jpg', expect.stringMatching(/^https?:\/\/[^/]+\/images\/diagram\.svg$/)]);

    // The remote cover could not be downloaded: its URL is the share image, without a size.
    expect(content.postBySlug.get('remote')!.shareImage).toEqual({ src: 'https://photos.example.com/cover.jpg', alt: 'A lake', generated: false });
    expect(step.warnings).toEqual([
      { file: path.join(contentDir, 'posts', 'photo.md'), message: 'could not download https://photos.example.com/body.jpg (unreachable: fetch failed); the page shows it from there' },
      { file: path.join(contentDir, 'posts', 'remote.md'), message: 'could not download https://photos.example.com/cover.jpg (unreachable: fetch failed); the page shows it from there' },
    ]);
    // The photo (a cover and a body image: one image) and the avatar.
    expect(step.images).toBe(2);
  });

  it('fails the build on a remote image it cannot download when the site says so', async () => {
    await expect(makeImageVariants(load(), options(cacheDir(), { remoteFailure: 'error' }))).rejects.toThrow(
      /remote\.md → coverImage: found https:\/\/photos\.example\.com\/cover\.jpg, which could not be downloaded \(unreachable: fetch failed\), expected an image URL that answers/,
    );
  });

  it('encodes nothing on a rebuild, and publishes every variant it points at', async () => {
    const cache = cacheDir();
    const cold = await makeImageVariants(load(), options(cache));
    // 10 variants and a share crop of the photo, once for the cover and the body, and 6 of the avatar.
    expect(cold.encoded).toBe(17);
    const warm = await makeImageVariants(load(), options(cache));
    expect(warm.encoded).toBe(0);

    const out = fs.mkdtempSync(path.join(root, 'out-'));
    expect(warm.publish(out)).toBe(17);
    const photo = warm.content.postBySlug.get('photo')!;
    for (const file of photo.cover!.variants!.files) expect((await sharp(path.join(out, file.src)).metadata()).width).toBe(file.width);
    expect(await sharp(path.join(out, photo.shareImage.src)).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  });
});

describe('the image step, online', () => {
  it('downloads a remote cover and crops its share image', async () => {
    const bytes = await noise(1600, 900);
    const online: Fetcher = async () => new Response(new Uint8Array(bytes));
    const { content, warnings } = await makeImageVariants(load(), options(cacheDir(), { fetcher: online }));
    expect(warnings).toEqual([]);
    const remote = content.postBySlug.get('remote')!;
    expect(remote.cover).toMatchObject({ src: 'https://photos.example.com/cover.jpg', size: { width: 1600, height: 900 } });
    expect(remote.shareImage).toMatchObject({ src: expect.stringMatching(/^\/_img\/[0-9a-f]{20}-share\.jpg$/), width: 1200, height: 630, generated: false });
    const body = parse(content.body(content.postBySlug.get('photo')!).html);
    expect(body.querySelectorAll('img')[1]!.attributes).toMatchObject({ src: expect.stringMatching(/^\/_img\/[0-9a-f]{20}-1200\.jpg$/), width: '1600', height: '900', alt: 'A remote one' });
  });
});

describe('the image step on covers it cannot read', () => {
  // A site of its own: a PNG whose header is whole (its size can be read) and whose pixels are not, a text file
  // named .jpg, and remote covers whose URLs have no extension, as image CDNs give them.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-unreadable-'));
  const post = (slug: string, cover: string) => `---\ntitle: ${slug}\ndate: 2025-01-01\nauthor: ada\ncoverImage: ${cover}\ncoverAlt: The cover of ${slug}\n---\nText.\n`;
  const loadSite = () => loadContent({ contentDir: path.join(site, 'content'), publicDir: path.join(site, 'public'), includeDrafts: false, now: NOW }).content;
  const stepOptions = (fetcher: Fetcher): ImageStepOptions => ({ ...options(cacheDir(), { fetcher }), publicDir: path.join(site, 'public') });

  beforeAll(async () => {
    const write = (file: string, data: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), data);
    };
    write('content/authors/ada.md', '---\nname: Ada\n---\nWrites.\n');
    write('content/posts/broken.md', post('broken', '/images/broken.png'));
    write('content/posts/text.md', post('text', '/images/notes.jpg'));
    write('content/posts/cdn.md', post('cdn', 'https://images.example.com/photo-1500?w=1600&q=80'));
    write('content/posts/logo.md', post('logo', 'https://cdn.example.com/logo'));
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).png().toBuffer();
    write('public/images/broken.png', Buffer.concat([png.subarray(0, 33), Buffer.alloc(200, 0x41)]));
    write('public/images/notes.jpg', 'Not a picture, just notes.\n');
  });

  it('shows no cover it could not decode and shares the drawn card instead, with a warning naming the file', async () => {
    const { content, warnings } = await makeImageVariants(loadSite(), stepOptions(offline));
    for (const slug of ['broken', 'text']) {
      expect(content.postBySlug.get(slug)!.cover, slug).toBeUndefined();
      expect(content.postBySlug.get(slug)!.shareImage, slug).toEqual({ src: `/og/posts/${slug}.png`, width: 1200, height: 630, alt: slug, generated: true });
    }
    expect(warnings.filter((warning) => !warning.message.startsWith('could not download')).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: path.join(site, 'content', 'posts', 'broken.md'), message: 'could not read /images/broken.png as an image (Input buffer has corrupt header); the page shows no cover and is shared with its drawn card' },
      { file: path.join(site, 'content', 'posts', 'text.md'), message: 'could not read /images/notes.jpg as an image (Input buffer contains unsupported image format); the page shows no cover and is shared with its drawn card' },
    ]);
  });

  it('keeps a remote cover without an extension that it could not download as the cover and the shared image', async () => {
    const { content } = await makeImageVariants(loadSite(), stepOptions(offline));
    const cdn = content.postBySlug.get('cdn')!;
    expect(cdn.cover).toEqual({ src: 'https://images.example.com/photo-1500?w=1600&q=80', alt: 'The cover of cdn' });
    expect(cdn.shareImage).toEqual({ src: 'https://images.example.com/photo-1500?w=1600&q=80', alt: 'The cover of cdn', generated: false });
  });

  it('tells a remote cover’s type from its bytes: a photo is cropped, an SVG is not shared', async () => {
    const photo = await noise(1600, 900);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>';
    const fetcher: Fetcher = async (url) => new Response(url.startsWith('https://cdn.') ? svg : new Uint8Array(photo));
    const { content } = await makeImageVariants(loadSite(), stepOptions(fetcher));
    expect(content.postBySlug.get('cdn')!.shareImage).toMatchObject({ src: expect.stringMatching(/^\/_img\/[0-9a-f]{20}-share\.jpg$/), width: 1200, height: 630, generated: false });
    expect(content.postBySlug.get('logo')!.cover).toMatchObject({ src: 'https://cdn.example.com/logo' });
    expect(content.postBySlug.get('logo')!.shareImage).toEqual({ src: '/og/posts/logo.png', width: 1200, height: 630, alt: 'logo', generated: true });
  });
});
