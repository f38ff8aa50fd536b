// A phone opens the post whose cover is a 4 MB, 4032x3024 photo: it must download one small variant of the
// cover, never the original.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_ALT, PHOTO_POST, PHOTO_SRC, writePhotoSite } from '@/scripts/lib/photo-site';
import { buildSite } from '../build-fixture';
import { ROOT } from '../helpers';
import { serveSite } from './harness';

// The same site, in the same folders, as tests/integration/images.test.ts: built once for both suites.
const SOURCE = path.join(ROOT, 'tests', '.output', 'images-source');
const OUT = path.join(ROOT, 'tests', '.output', 'images');

beforeAll(async () => {
  const { contentDir, publicDir } = await writePhotoSite(SOURCE);
  buildSite(contentDir, OUT, { PUBLIC_DIR: publicDir });
}, 300_000);
const site = serveSite(OUT);

/** Opens the photo post at 390 CSS pixels and `dpr`; returns every image the page fetched, with its bytes. */
async function imagesFetched(dpr: number) {
  const { page, problems } = await site.open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: dpr });
  // Each image's body arrives after its response event: the reads are kept and awaited before anything is
  // asserted, so no image is missed because its bytes were still on the way.
  const reads: Array<Promise<{ path: string; bytes: number }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'image') return;
    reads.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, bytes: body.length })));
  });
  await page.goto(`${site.url}${PHOTO_POST}`, { waitUntil: 'networkidle' });
  const cover = await page.getByAltText(PHOTO_ALT).evaluate((img: HTMLImageElement) => ({ src: new URL(img.currentSrc).pathname, width: img.getBoundingClientRect().width }));
  const fetched = await Promise.all(reads);
  expect(problems).toEqual([]);
  return { fetched, cover };
}

describe('a 390-pixel phone and the photo cover', () => {
  // 358 CSS pixels of column: 1074 device pixels at 3x, capped at 2x (716), so the 720-wide file; 358 at 1x.
  for (const [dpr, width] of [
    [3, 720],
    [1, 480],
  ] as const) {
    it(`at ${dpr}x downloads the ${width}-wide WebP of the cover, at most 120 KB, and never the original`, async () => {
      const { fetched, cover } = await imagesFetched(dpr);
      expect(cover.src).toMatch(new RegExp(`^/_img/[0-9a-f]{20}-${width}\\.webp$`));
      // Laid out at the column's width all the same.
      expect(cover.width).toBe(358);
      const key = cover.src.slice(0, '/_img/'.length + 20);
      const coverFiles = fetched.filter((file) => file.path.startsWith(key));
      // One file of the cover, not the preload's and then the <img>'s.
      expect(coverFiles.map((file) => file.path)).toEqual([cover.src]);
      expect(coverFiles[0]!.bytes).toBeLessThanOrEqual(120 * 1024);
      expect(fetched.map((file) => file.path)).not.toContain(PHOTO_SRC);
    });
  }
});
