import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { OG_IMAGE_SIZE } from '../../posts/og-size';
import { markUsed, writeAtomically } from '../../posts/cache';
import { planFormats, planWidths, variantName, variantPath, VARIANT_FOLDER, type ImageVariant, type ImageVariants, type VariantFormat } from './plan';

/** What to make of one image. */
export interface VariantOptions {
  /** The widths to offer, as far as the source allows (see {@link planWidths}). */
  ladder: ReadonlyArray<number>;
  /**
   * Also crop the share image: 1200x630 (smaller if the source is), JPEG, around the interesting part. It is not
   * part of the image's key: an image that is a cover and also in a body is encoded once, and one that becomes
   * a cover later gets only its crop.
   */
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
const ENCODER_VERSION = 2;
// Speed over the last few percent of size, measured on 2400x1600 photos: WebP effort 1 encodes a third faster
// than effort 2 and three times as fast as effort 4, for files within 3% of either; baseline JPEG a third faster
// than progressive for 4% more bytes, and libjpeg-turbo four times as fast as mozjpeg for 10% more. The JPEG and
// PNG files are fallbacks every current browser passes over for the WebP ones (feeds link one JPEG).
const ENCODERS: Record<VariantFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 4 }),
  webp: (image) => image.webp({ quality: 75, effort: 1 }),
  // JPEG has no transparency: a transparent source is shown on white, as a page's background would.
  jpeg: (image) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 78, optimiseCoding: true }),
  png: (image) => image.png({ compressionLevel: 9 }),
};

/**
 * A variant file as a manifest records it: its SHA-256, checked before every reuse, tells the file as it was
 * encoded from one cut short or overwritten since (it is published as it is).
 */
interface StoredFile {
  name: string;
  width: number;
  height: number;
  format: VariantFormat;
  sha256: string;
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
  private readonly pending = new Map<string, Promise<Manifest | undefined>>();

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
    // The same bytes asked for twice in one build (one file under two names) are encoded once.
    let pending = this.pending.get(key);
    if (!pending) {
      pending = Promise.resolve((this.reuse ? this.read(key) : undefined) ?? this.encode(bytes, key, options));
      this.pending.set(key, pending);
    }
    let manifest = await pending;
    if (!manifest) return undefined;
    if (options.share && !manifest.share) {
      pending = this.addShare(bytes, key, manifest);
      this.pending.set(key, pending);
      manifest = (await pending)!;
    }
    const share = options.share ? manifest.share : undefined;
    for (const file of [...manifest.files, ...(share ? [share] : [])]) this.used.add(file.name);
    const toVariant = ({ name, width, height, format }: StoredFile): ImageVariant => ({ src: variantPath(name), width, height, format });
    return {
      width: manifest.width,
      height: manifest.height,
      variants: { color: manifest.color, files: manifest.files.map(toVariant) },
      share: share && toVariant(share),
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

  /**
   * A cached manifest whose files all hold the bytes it was written with, marked used; undefined otherwise (then
   * the image is encoded again and every file rewritten).
   */
  private read(key: string): Manifest | undefined {
    const file = path.join(this.dir, `${key}.json`);
    const manifest = readManifest(file);
    if (!manifest) return undefined;
    const files = storedFiles(manifest).map((stored) => path.join(this.dir, stored.name));
    if (!storedFiles(manifest).every((stored, index) => fileHash(files[index]!) === stored.sha256)) return undefined;
    for (const used of [file, ...files]) markUsed(used);
    return manifest;
  }

  private async encode(bytes: Uint8Array, key: string, options: VariantOptions): Promise<Manifest | undefined> {
    const metadata = await sharp(bytes).metadata();
    const formats = planFormats(metadata.format, options.avif);
    if (!formats || (metadata.pages ?? 1) > 1) return undefined;
    const { width, height } = metadata.autoOrient;
    const widths = planWidths(width, options.ladder);
    // Decoded once, upright, at the widest variant (a JPEG shrinks while it decodes); each narrower width is
    // resized from those pixels (not from the next wider one: resampling twice sharpens, 10% more bytes), and every
    // format of a width is encoded from the same pixels.
    const widest = await raster(sharp(bytes, { autoOrient: true }).resize({ width: widths.at(-1) }));
    const rasters = await Promise.all(widths.map((variantWidth) => (variantWidth === widest.info.width ? widest : raster(pixels(widest).resize({ width: variantWidth })))));

    const encodings = formats.flatMap((format) => rasters.map(async (from) => this.store(ENCODERS[format](pixels(from)), variantName(key, from.info.width, format), format)));
    const share = options.share ? this.crop(rasters, key, width, height) : undefined;
    // Awaited together: a failed encoding rejects at once, and none is left running unobserved.
    const [files, shareFile, color] = await Promise.all([Promise.all(encodings), share, dominantColor(pixels(rasters[0]!))]);
    const manifest: Manifest = { width, height, color, files, share: shareFile };
    writeAtomically(path.join(this.dir, `${key}.json`), JSON.stringify(manifest));
    return manifest;
  }

  /** The share crop of an image whose variants the cache already has: it was shown before, but not as a cover. */
  private async addShare(bytes: Uint8Array, key: string, manifest: Manifest): Promise<Manifest> {
    const source = await raster(sharp(bytes, { autoOrient: true }));
    const withShare = { ...manifest, share: await this.crop([source], key, manifest.width, manifest.height) };
    writeAtomically(path.join(this.dir, `${key}.json`), JSON.stringify(withShare));
    return withShare;
  }

  /** The share image, cropped from the narrowest of `rasters` (narrowest first) that holds it without upscaling. */
  private crop(rasters: Raster[], key: string, width: number, height: number): Promise<StoredFile> {
    const size = shareSizeOf(width, height);
    const from = rasters.find(({ info }) => info.width >= size.width && info.height >= size.height) ?? rasters.at(-1)!;
    return this.store(ENCODERS.jpeg(pixels(from).resize({ ...size, fit: 'cover', position: 'attention' })), `${key}-share.jpg`, 'jpeg');
  }

  /** Encodes one variant into the cache. */
  private async store(image: Sharp, name: string, format: VariantFormat): Promise<StoredFile> {
    const { data, info } = await image.toBuffer({ resolveWithObject: true });
    writeAtomically(path.join(this.dir, name), data);
    this.encoded += 1;
    return { name, width: info.width, height: info.height, format, sha256: sha256(data) };
  }
}

/**
 * The key of an image and its options: names are stable for the same bytes, and new for new bytes, widths or
 * formats (the share crop is not in it: see {@link VariantOptions.share}).
 */
export function imageKey(bytes: Uint8Array, { ladder, avif }: VariantOptions): string {
  return createHash('sha256')
    .update(`${ENCODER_VERSION}\0${JSON.stringify({ ladder, avif })}\0`)
    .update(bytes)
    .digest('hex')
    .slice(0, 20);
}

/** Decoded pixels, as sharp hands them over. */
interface Raster {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

const raster = async (image: Sharp): Promise<Raster> => {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
};

const pixels = ({ data, info }: Raster) => sharp(data, { raw: info });

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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of a file, or undefined when it is missing. */
function fileHash(file: string): string | undefined {
  try {
    return sha256(fs.readFileSync(file));
  } catch {
    return undefined;
  }
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
  const { name, width, height, format, sha256 } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    /^[\w.-]+$/.test(name) &&
    typeof width === 'number' &&
    typeof height === 'number' &&
    (format === 'avif' || format === 'webp' || format === 'jpeg' || format === 'png') &&
    typeof sha256 === 'string'
  );
}
