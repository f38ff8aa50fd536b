// The one writer of a responsive image's markup: the build puts its element into post bodies and bios, and
// components render the same element with React (components/hast-element.tsx), so a cover, a card's cover, an
// avatar and a body image are written by the same rules. Pages import this module: it must not load sharp.
import type { Element } from 'hast';
import { h, type Properties } from 'hastscript';
import { srcsetWithBasePath, withBasePath } from '../../site';
import { pictureSources, variantNear, type ImageVariants } from './plan';

/** An image to show: its own site path or URL, and the variants the build made of it, if any. */
export interface PictureImage {
  src: string;
  variants?: ImageVariants;
}

/** How a page shows an image. */
export interface PictureOptions {
  /** The text alternative: empty for a decorative image; undefined only where an author's HTML gave none. */
  alt: string | undefined;
  /** The box the page reserves (the author's, in a body, which may give one side only). */
  width: number | string | undefined;
  height: number | string | undefined;
  /** The `sizes` of every `srcset`: how wide the page shows the image. */
  sizes: string;
  /** `high`: the page's largest image, fetched before the others; `lazy`: loaded as it nears the viewport. */
  priority: 'high' | 'lazy';
  /**
   * `all`: a `<picture>` whose `<source>`s offer the better formats, best first, around an `<img>` listing the
   * fallback format. `webp`: the `<img>` alone, listing WebP, for small images: every browser that reads `srcset`
   * shows WebP, and AVIF would save too few bytes on them to be worth the markup.
   */
  formats: 'all' | 'webp';
  /**
   * The width of the one fallback-format file `src` names (browsers that read no `srcset`); without it `src`
   * stays the original.
   */
  fallbackWidth?: number;
  /** Shows the image's dominant colour until it arrives: for photos, not for images that may be transparent. */
  placeholder?: boolean;
  /** Further attributes of the `<img>` (a class, an author's title or loading), written after the others. */
  properties?: Properties;
}

/** What a `<link rel="preload" as="image">` names: the best format's files, which the `<picture>` shows. */
export interface PicturePreload {
  href: string;
  imageSrcSet: string;
  imageSizes: string;
  type: string;
}

/** A responsive image's markup, and its preload where it has variants. */
export interface Picture {
  /** A `<picture>` around the `<img>`, or the `<img>` alone when there is one format to offer, or none. */
  element: Element;
  preload?: PicturePreload;
}

/**
 * The markup of `image` as `options` show it: sources per format, `srcset`s and `sizes` under the base path, the
 * box, the text alternative, the loading priority. Without variants it is the image itself, by its URL.
 */
export function pictureOf(image: PictureImage, options: PictureOptions): Picture {
  const { variants } = image;
  const { sizes } = options;
  const all = variants ? pictureSources(variants) : [];
  const listed = options.formats === 'all' ? all : all.filter((source) => source.type === 'image/webp');
  const own = listed.at(-1);
  const src = variants && options.fallbackWidth !== undefined ? variantNear(variants, options.fallbackWidth).src : image.src;
  // One attribute order for every image; the caller's properties come last, and one the writer also sets
  // (an author's `loading`) keeps the writer's place with the caller's value.
  const img = h('img', {
    src: withBasePath(src),
    srcSet: own && srcsetWithBasePath(own.srcset),
    sizes: own && sizes,
    alt: options.alt,
    width: options.width,
    height: options.height,
    ...(options.priority === 'high' ? { fetchPriority: 'high' } : { loading: 'lazy' }),
    decoding: 'async',
    style: variants && options.placeholder ? `background-color:${variants.color}` : undefined,
    ...options.properties,
  });
  const better = listed.slice(0, -1).map(({ type, srcset }) => h('source', { type, srcSet: srcsetWithBasePath(srcset), sizes }));
  const best = listed[0];
  return {
    element: better.length > 0 ? h('picture', [...better, img]) : img,
    preload: best && { href: withBasePath(src), imageSrcSet: srcsetWithBasePath(best.srcset), imageSizes: sizes, type: best.type },
  };
}
