// A photo made up from seeded noise, for tests, Lighthouse and the benchmark: no megabytes are committed.
// A phone photo's bytes are mostly sensor grain, which a downscale averages away; what is left is texture at
// a few scales over soft fields of colour. So is this one, in three layers: broad colour fields, a texture whose
// strength varies across the frame (some parts smooth as sky, some busy as foliage), and fine grain.
import sharp from 'sharp';

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same photo. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: ReadonlyArray<T>): T => items[Math.floor(next() * items.length)]!,
  };
}

/** Noise `width` by `height` with `channels`, drawn small and scaled up to the photo's size: smooth at that scale. */
async function layer(next: () => number, cells: { width: number; height: number }, size: { width: number; height: number }, channels: 1 | 3) {
  const values = Buffer.alloc(cells.width * cells.height * channels);
  for (let index = 0; index < values.length; index += 1) values[index] = Math.floor(next() * 256);
  const scaled = sharp(values, { raw: { ...cells, channels } }).resize({ ...size, fit: 'fill', kernel: 'cubic' });
  // sharp writes one channel as three unless told to keep it.
  return (channels === 1 ? scaled.extractChannel(0) : scaled).raw().toBuffer();
}

export interface PhotoOptions {
  width: number;
  height: number;
  seed: number;
  /** JPEG quality; a phone saves at about 95. */
  quality?: number;
}

/** A JPEG of the given size that compresses, at every width, about as a detailed phone photo does. */
export async function syntheticPhoto({ width, height, seed, quality = 95 }: PhotoOptions): Promise<Buffer> {
  const { next } = random(seed);
  const size = { width, height };
  const cells = (scale: number) => ({ width: Math.max(2, Math.round(width / scale)), height: Math.max(2, Math.round(height / scale)) });
  const [light, colour, shapes, texture, strength] = await Promise.all([
    layer(next, cells(FIELD), size, 1),
    layer(next, cells(FIELD * 2), size, 3),
    layer(next, cells(FIELD), size, 1),
    layer(next, cells(TEXTURE), size, 1),
    layer(next, cells(FIELD), size, 1),
  ]);
  const pixels = Buffer.alloc(width * height * 3);
  // The grain from a cheap xorshift: the loop runs over every pixel of a 12 MP photo.
  let grain = seed * 2654435761 || 1;
  for (let pixel = 0, index = 0; pixel < width * height; pixel += 1) {
    grain ^= grain << 13;
    grain ^= grain >>> 17;
    grain ^= grain << 5;
    // Brightness: soft light, hard edges where a shape's outline runs, texture in some places, and grain.
    const edge = shapes[pixel]! > 128 ? EDGE : -EDGE;
    const busy = (strength[pixel]! / 255) ** 2 * TEXTURE_AMPLITUDE;
    const luma = light[pixel]! * 0.7 + 38 + edge + ((texture[pixel]! - 128) / 128) * busy + ((grain & 0xffff) / 0xffff - 0.5) * GRAIN;
    for (let channel = 0; channel < 3; channel += 1, index += 1) {
      // Colour: muted, a photo's hues stay near grey.
      const value = luma + (colour[index]! - 128) * CHROMA;
      pixels[index] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

// Tuned so a 4032x3024 photo is about 4 MB at quality 95 and its 800-wide WebP about 1.2 bits a pixel: above the
// median photo on the web (HTTP Archive 2024: 0.84 at half a megapixel), well under the busiest tenth.
const FIELD = 300;
const TEXTURE = 6;
const TEXTURE_AMPLITUDE = 70;
const EDGE = 20;
const CHROMA = 0.5;
const GRAIN = 11;
