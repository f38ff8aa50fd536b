import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cachedOgImage } from '@/lib/output/og/image';

const card = { title: 'A cached card', byline: 'Ada Lovelace · March 14, 2025', siteName: 'Margins' };
const entries = (dir: string) => fs.readdirSync(path.join(dir, 'og')).map((name) => path.join(dir, 'og', name));

describe('the OG card cache', () => {
  it('draws a card again when its cached entry is truncated or altered, never returning the damaged bytes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-og-'));
    const clean = await cachedOgImage(card, dir);
    expect(await sharp(clean).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const [entry] = entries(dir);

    fs.writeFileSync(entry!, fs.readFileSync(entry!).subarray(0, 100));
    expect((await cachedOgImage(card, dir)).equals(clean)).toBe(true);

    const altered = fs.readFileSync(entry!);
    altered.writeUInt8(altered.readUInt8(altered.length - 20) ^ 0xff, altered.length - 20);
    fs.writeFileSync(entry!, altered);
    expect((await cachedOgImage(card, dir)).equals(clean)).toBe(true);

    // Repaired: the next read is a hit with the same bytes.
    const mtime = fs.statSync(entry!).mtimeMs;
    expect((await cachedOgImage(card, dir)).equals(clean)).toBe(true);
    expect(entries(dir)).toHaveLength(1);
    expect(fs.statSync(entry!).size).toBe(clean.length + 32);
    expect(fs.statSync(entry!).mtimeMs).toBeGreaterThanOrEqual(mtime);
  });
});
