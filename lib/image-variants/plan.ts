// What the build makes of an image, decided without touching pixels: which widths and formats, under which
// names, and how pages list them. Pages import this module, so it must not load sharp.

/** The widths a cover or body image is offered at, as far as the source allows. */
export const CONTENT_WIDTHS: ReadonlyArray<number> = [480, 800, 1200, 1600, 2400];

/** The widths of an avatar, shown 80 CSS pixels wide: 1x, 2x and 3x screens. */
export const AVATAR_WIDTHS: ReadonlyArray<number> = [80, 160, 240];

/** Where the build publishes variants: under the site root, with content-hashed names a host may cache forever. */
export const VARIANT_FOLDER = '_img';

/**
 * The `sizes` of an image as wide as the content column: `main` is `max-w-3xl` (768 px) with 24 px of padding
 * each side from `sm` up, and 16 px below (app/layout.tsx).
 */
export const CONTENT_SIZES = '(min-width: 768px) 720px, calc(100vw - 32px)';

/** The `sizes` of a cover on a post card: `w-24`, and `w-48` from `sm` (components/post-card.tsx). */
export const CARD_COVER_SIZES = '(min-width: 640px) 192px, 96px';

/** The `sizes` of an avatar (`size-20` in components/author-card.tsx). */
export const AVATAR_SIZES = '80px';

/** A format the build encodes variants in. */
export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** One encoded variant of an image, published at `src`. */
export interface ImageVariant {
  src: string;
  width: number;
  height: number;
  format: VariantFormat;
}

/** The variants the build made of one image, and its colour to show while one of them loads. */
export interface ImageVariants {
  /** The dominant colour of the image, as `#rrggbb`. */
  color: string;
  /** Every variant, best format first, each format narrowest first; the last format is the fallback. */
  files: ImageVariant[];
}

/** One `<source>` (or the `<img>` itself, for the last): a MIME type and its `srcset`. */
export interface PictureSource {
  type: string;
  srcset: string;
}

/**
 * The widths to make of a source `sourceWidth` pixels wide: every width of the ladder below it, and the source's
 * own width when it is under the ladder's top, so the full detail stays available. Never wider than the source.
 */
export function planWidths(sourceWidth: number, ladder: ReadonlyArray<number>): number[] {
  const top = Math.max(...ladder);
  const widths = ladder.filter((width) => width < sourceWidth);
  if (sourceWidth <= top) widths.push(sourceWidth);
  return widths;
}

/**
 * The formats to encode a source of `sourceFormat` (as sharp names it) in, best first: AVIF when asked for,
 * WebP, then the source's own format as the fallback (PNG for a still GIF). Undefined for what passes through
 * untouched: SVG, and formats browsers cannot show.
 */
export function planFormats(sourceFormat: string, avif: boolean): VariantFormat[] | undefined {
  const fallback: Record<string, VariantFormat> = { jpeg: 'jpeg', png: 'png', gif: 'png', webp: 'webp', heif: 'jpeg', avif: 'jpeg', tiff: 'jpeg' };
  const own = fallback[sourceFormat];
  if (!own) return undefined;
  return [...new Set<VariantFormat>([...(avif ? (['avif'] as const) : []), 'webp', own])];
}

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

/** The file name of a variant: the image's key, its width and its format's extension. */
export function variantName(key: string, width: number, format: VariantFormat): string {
  return `${key}-${width}.${EXTENSIONS[format]}`;
}

/** The site path of a variant file name. */
export function variantPath(name: string): string {
  return `/${VARIANT_FOLDER}/${name}`;
}

function mimeType(format: VariantFormat): string {
  return `image/${format}`;
}

/** The `<source>`s of a `<picture>`, best format first; the last is the `<img>`'s own `srcset`. */
export function pictureSources(variants: ImageVariants): PictureSource[] {
  const formats = [...new Set(variants.files.map((file) => file.format))];
  return formats.map((format) => ({
    type: mimeType(format),
    srcset: variants.files
      .filter((file) => file.format === format)
      .map((file) => `${file.src} ${file.width}w`)
      .join(', '),
  }));
}

/**
 * The fallback-format variant closest to `width` without exceeding it (the narrowest when all are wider): the one
 * file to show where a single URL is wanted (an `<img src>`, a feed).
 */
export function variantNear(variants: ImageVariants, width: number): ImageVariant {
  const fallback = variants.files.at(-1)!.format;
  const files = variants.files.filter((file) => file.format === fallback);
  return files.filter((file) => file.width <= width).at(-1) ?? files[0]!;
}

/** The `sizes` of a content image shown at most `width` CSS pixels wide (its `width` attribute). */
export function contentSizes(width: number): string {
  return width >= 720 ? CONTENT_SIZES : `(min-width: ${width + 32}px) ${width}px, calc(100vw - 32px)`;
}
