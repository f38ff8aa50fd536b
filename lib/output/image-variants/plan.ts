// What the build makes of an image, decided without touching pixels: which widths and formats, under which
// names, and how pages list them. Pages import this module, so it must not load sharp.

/**
 * The widths a cover or body image is offered at, as far as the source allows. The column is 720 CSS pixels at
 * most, and {@link CONTENT_SIZES} asks for at most about two pixels per CSS pixel, so 1600 is the widest any
 * screen picks: a 2400-wide variant would cost more to encode than all the others together and be shown to none.
 * 720 is the column at 1x and what most phones pick (360 to 412 CSS pixels at 1.75x to 3x, capped at 2x), a
 * fifth fewer bytes than 800, which the widest phones pick.
 */
export const CONTENT_WIDTHS: ReadonlyArray<number> = [480, 720, 800, 1200, 1600];

/** The widths of an avatar, shown 80 CSS pixels wide: 1x, 2x and 3x screens. */
export const AVATAR_WIDTHS: ReadonlyArray<number> = [80, 160, 240];

/**
 * The width of the one variant that stands for an image where a single URL is wanted: `<img src>` for browsers
 * that read no `srcset`, feeds, the cover's preload.
 */
export const SINGLE_WIDTH = 1200;

/** Where the build publishes variants: under the site root, with content-hashed names a host may cache forever. */
export const VARIANT_FOLDER = '_img';

/**
 * The media condition of screens of 2.5 device pixels per CSS pixel and more (most phones since 2016: 2.625, 2.75,
 * 3). They are served what a 2x screen gets: `sizes` tells them the image is two thirds as wide as it is, so the
 * browser picks a file a third narrower. Nobody sees the difference in a photo at that density (Twitter measured
 * it when it capped images at 2x in 2019), and a 390-pixel phone at 3x downloads the 800-wide file, not the
 * 1200-wide one, about half the bytes. The image is laid out by CSS at its real width all the same.
 */
const DENSE_SCREEN = '(min-resolution: 2.5dppx)';

/**
 * The `sizes` of an image shown `width` CSS pixels wide on screens at least `breakpoint` wide, and as wide as the
 * viewport less `gutter` below, capped at 2x on dense screens (see {@link DENSE_SCREEN}).
 */
function columnSizes(width: number, breakpoint: number, gutter: number): string {
  const slot = `(min-width: ${breakpoint}px)`;
  return [
    `${slot} and ${DENSE_SCREEN} ${Math.round((width * 2) / 3)}px`,
    `${slot} ${width}px`,
    `${DENSE_SCREEN} calc((100vw - ${gutter}px) * 2 / 3)`,
    `calc(100vw - ${gutter}px)`,
  ].join(', ');
}

/**
 * The `sizes` of an image as wide as the content column: `main` is `max-w-3xl` (768 px) with 24 px of padding
 * each side from `sm` up, and 16 px below (app/layout.tsx).
 */
export const CONTENT_SIZES = columnSizes(720, 768, 32);

/** The `sizes` of a cover on a post card: `w-24`, and `w-48` from `sm` (components/post-card.tsx). */
export const CARD_COVER_SIZES = '(min-width: 640px) 192px, 96px';

/** The `sizes` of an avatar (`size-20` in components/author-card.tsx). */
export const AVATAR_SIZES = '80px';

// The model of a post's images holds what the build made of them (lib/posts/model.ts); the plan decides it.
export type { ImageVariant, ImageVariants, VariantFormat } from '../../posts/model';
import type { ImageVariant, ImageVariants, VariantFormat } from '../../posts/model';

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
  return width >= 720 ? CONTENT_SIZES : columnSizes(width, width + 32, 32);
}
