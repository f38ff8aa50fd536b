import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/** Width and height of an image, in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

const cache = new Map<string, ImageSize | undefined>();

/**
 * The pixel size of a site image such as `/images/cover.png`, read from its file under `publicDir`; undefined
 * for remote URLs and files that are missing or not images. Sizes let pages reserve space (no layout shift).
 */
export function localImageSize(src: string, publicDir = path.resolve('public')): ImageSize | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const file = path.join(publicDir, decodeURIComponent(src.replace(/[?#].*$/, '')));
  if (!cache.has(file)) cache.set(file, readSize(file));
  return cache.get(file);
}

function readSize(file: string): ImageSize | undefined {
  try {
    const { width, height } = imageSize(fs.readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}
