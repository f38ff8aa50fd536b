import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { OG_IMAGE_SIZE } from '../og/size';
import { markUsed, writeAtomically } from '../posts/cache';
import { planFormats, planWidths, variantName, variantPath, VARIANT_FOLDER, type ImageVariant, type ImageVariants, type VariantFormat } from './plan';

/** What to make of one image. */
export interface VariantOptions {
  /** The widths to offer, as far as the source allows (see {@link planWidths}). */
  ladder: ReadonlyArray<number>;
  /** Also crop the share image: 1200x630 (smaller if the source is), JPEG, around the interesting part. */
  share: boolean;
  /** Encode AVIF too. */
  avif: boolean;
}

/** What the build made of one image. */
export interface EncodedImage {
  /** The size of the source, upright (EXIF orientation applied). */
  width: number;
  height: number;
  variants: ImageVariants;
  share?: ImageVariant;
}

// Raise it when an encoder setting below changes: every image is then encoded again with the new settings.
const ENCODER_VERSION = 1;
// Speed over the last few percent of size (measured on a 2400x1600 photo): WebP effort 2 encodes twice as fast
// as effort 4 for 4% more bytes; libjpeg-turbo four times as fast as mozjpeg for 10% more. The JPEG and PNG
// files are fallbacks every current browser passes over for the WebP ones.
const ENCODERS: Record<VariantFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 4 }),
  webp: (image) => image.webp({ quality: 75, effort: 2 }),
  // JPEG has no transparency: a transparent source is shown on white, as a page's background would.
  jpeg: (image) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 78, progressive: true, optimiseCoding: true }),
  png: (image) => image.png({ compressionLevel: 9 }),
};

/** A variant file as a manifest records it: `bytes` tells a complete file from one cut short. */
interface StoredFile {
  name: string;
  width: number;
  height: number;
  format: VariantFormat;
  bytes: number;
}

/** The cache entry of one image and one set of options: `<key>.json` beside its variant files. */
interface Manifest {
  width: number;
  height: number;
  color: string;
  files: StoredFile[];
  share?: StoredFile;
}

/**
 * Makes and keeps the variants of images, in `<cacheDir>/images/`, keyed by the source's bytes and the options:
 * a rebuild encodes only what changed. Every variant this build used is remembered, for {@link publish}.
 */
export class VariantStore {
  /** How many files this store encoded (the others came from the cache). */
  encoded = 0;
  private readonly dir: string;
  private readonly used = new Set<string>();

  /** `reuse: false` encodes everything again (the cache is off) but still keeps the files here to publish them. */
  constructor(
    cacheDir: string,
    private readonly reuse = true,
  ) {
    this.dir = path.join(cacheDir, 'images');
  }

  /** The variants of an image; undefined for one that passes through untouched (SVG, animated GIF). */
  async variants(bytes: Uint8Array, options: VariantOptions): Promise<EncodedImage | undefined> {
    const key = imageKey(bytes, options);
    const manifest = (this.reuse ? this.read(key) : undefined) ?? (await this.encode(bytes, key, options));
    if (!manifest) return undefined;
    for (const file of storedFiles(manifest)) this.used.add(file.name);
    const toVariant = ({ name, width, height, format }: StoredFile): ImageVariant => ({ src: variantPath(name), width, height, format });
    return {
      width: manifest.width,
      height: manifest.height,
      variants: { color: manifest.color, files: manifest.files.map(toVariant) },
      share: manifest.share && toVariant(manifest.share),
    };
  }

  /**
   * Copies every variant this build used into `outDir/_img/` (a copy-on-write clone where the file system has
   * them); returns how many files.
   */
  publish(outDir: string): number {
    const target = path.join(outDir, VARIANT_FOLDER);
    fs.mkdirSync(target, { recursive: true });
    for (const name of this.used) fs.copyFileSync(path.join(this.dir, name), path.join(target, name), fs.constants.COPYFILE_FICLONE);
    return this.used.size;
  }

  /** A cached manifest whose files are all there and whole, marked used; undefined otherwise. */
  private read(key: string): Manifest | undefined {
    const file = path.join(this.dir, `${key}.json`);
    const manifest = readManifest(file);
    if (!manifest) return undefined;
    const files = storedFiles(manifest).map((stored) => path.join(this.dir, stored.name));
    if (!storedFiles(manifest).every((stored, index) => fs.statSync(files[index]!, { throwIfNoEntry: false })?.size === stored.bytes)) return undefined;
    for (const used of [file, ...files]) markUsed(used);
    return manifest;
  }

  private async encode(bytes: Uint8Array, key: string, options: VariantOptions): Promise<Manifest | undefined> {
    const metadata = await sharp(bytes).metadata();
    const formats = planFormats(metadata.format, options.avif);
    if (!formats || (metadata.pages ?? 1) > 1) return undefined;
    const { width, height } = metadata.autoOrient;
    const widths = planWidths(width, options.ladder);
    // Decoded once, upright, at the largest width needed; every variant is resized from these pixels.
    const { data, info } = await sharp(bytes, { autoOrient: true }).resize({ width: Math.max(...widths) }).raw().toBuffer({ resolveWithObject: true });
    const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

    const encodings = formats.flatMap((format) =>
      widths.map(async (variantWidth) => this.store(ENCODERS[format](pixels().resize({ width: variantWidth })), variantName(key, variantWidth, format), format)),
    );
    const shareSize = options.share ? shareSizeOf(width, height) : undefined;
    const share = shareSize
      ? this.store(ENCODERS.jpeg(pixels().resize({ ...shareSize, fit: 'cover', position: 'attention' })), `${key}-share.jpg`, 'jpeg')
      : undefined;
    // Awaited together: a failed encoding rejects at once, and none is left running unobserved.
    const [files, shareFile, color] = await Promise.all([Promise.all(encodings), share, dominantColor(pixels())]);
    const manifest: Manifest = { width, height, color, files, share: shareFile };
    writeAtomically(path.join(this.dir, `${key}.json`), JSON.stringify(manifest));
    return manifest;
  }

  /** Encodes one variant into the cache. */
  private async store(image: Sharp, name: string, format: VariantFormat): Promise<StoredFile> {
    const { data, info } = await image.toBuffer({ resolveWithObject: true });
    writeAtomically(path.join(this.dir, name), data);
    this.encoded += 1;
    return { name, width: info.width, height: info.height, format, bytes: data.length };
  }
}

/** The key of an image and its options: names are stable for the same bytes, and new for new bytes or options. */
export function imageKey(bytes: Uint8Array, options: VariantOptions): string {
  return createHash('sha256')
    .update(`${ENCODER_VERSION}\0${JSON.stringify(options)}\0`)
    .update(bytes)
    .digest('hex')
    .slice(0, 20);
}

/** 1200x630, or the largest box of that shape inside a smaller source: a share image is never upscaled. */
function shareSizeOf(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, width / OG_IMAGE_SIZE.width, height / OG_IMAGE_SIZE.height);
  return { width: Math.max(1, Math.round(OG_IMAGE_SIZE.width * scale)), height: Math.max(1, Math.round(OG_IMAGE_SIZE.height * scale)) };
}

/** The dominant colour as `#rrggbb`, read from a thumbnail (the histogram of a photo's every pixel is no better). */
async function dominantColor(image: Sharp): Promise<string> {
  const thumbnail = await image.resize(32, 32, { fit: 'inside' }).png().toBuffer();
  const { r, g, b } = (await sharp(thumbnail).stats()).dominant;
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

const storedFiles = (manifest: Manifest) => [...manifest.files, ...(manifest.share ? [manifest.share] : [])];

/** A manifest as it was stored, or undefined when it is missing or not one (then the image is encoded again). */
function readManifest(file: string): Manifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return isManifest(value) ? value : undefined;
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const { width, height, color, files, share } = value as Record<string, unknown>;
  return (
    typeof width === 'number' &&
    typeof height === 'number' &&
    typeof color === 'string' &&
    Array.isArray(files) &&
    files.every(isStoredFile) &&
    (share === undefined || isStoredFile(share))
  );
}

function isStoredFile(value: unknown): value is StoredFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, width, height, format, bytes } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    /^[\w.-]+$/.test(name) &&
    typeof width === 'number' &&
    typeof height === 'number' &&
    (format === 'avif' || format === 'webp' || format === 'jpeg' || format === 'png') &&
    typeof bytes === 'number'
  );
}
