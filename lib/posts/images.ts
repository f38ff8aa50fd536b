import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { OG_IMAGE_SIZE } from './og-size';

/** Width and height of an image, in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The file under `publicDir` that a site path such as `/images/a%20b.png` names, or undefined when the path
 * cannot be decoded or would leave the folder. The one place that maps site paths to public files.
 */
export function publicFile(src: string, publicDir = path.resolve('public')): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const file = path.join(publicDir, decoded);
  const relative = path.relative(publicDir, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? file : undefined;
}

const cache = new Map<string, ImageSize | undefined>();

/**
 * The pixel size of a site image such as `/images/cover.png`, read from its file under `publicDir`; undefined
 * for remote URLs and files that are missing or not images. Sizes let pages reserve space (no layout shift).
 */
export function localImageSize(src: string, publicDir = path.resolve('public')): ImageSize | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const file = publicFile(src, publicDir);
  if (!file) return undefined;
  // Keyed by size and mtime too, so a replaced image is measured again (under next dev, say).
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const key = `${file}\0${stat?.size}\0${stat?.mtimeMs}`;
  if (!cache.has(key)) cache.set(key, stat?.isFile() ? readSize(file) : undefined);
  return cache.get(key);
}

function readSize(file: string): ImageSize | undefined {
  try {
    const { width, height, orientation } = imageSize(fs.readFileSync(file));
    if (!width || !height) return undefined;
    // EXIF orientations 5 to 8 turn the picture a quarter: a phone photo taken upright is stored on its side.
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}

/** Whether an image source is a remote http(s) URL (and not a site path). */
export function isRemote(src: string): boolean {
  return /^https?:\/\//i.test(src);
}

/**
 * The box a cover whose size is unknown (a remote image the build could not download) is drawn in, so the page
 * never shifts when it arrives: the 1200:630 a share card has, the shape covers are made for.
 */
export const UNKNOWN_COVER_SIZE: ImageSize = OG_IMAGE_SIZE;
