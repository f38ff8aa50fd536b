// In the content layer, not output/og/: the model gives every post its share image, drawn or its cover, and
// the loader needs these to do so; output/og/ draws the cards at these paths and this size.
import type { ShareImage } from './model';
import { OG_IMAGE_SIZE } from './og-size';

/** Where the site-wide card image is generated. */
export const SITE_OG_IMAGE_PATH = '/og/site.png';

/** Where a post's generated card image lives: a `.png` URL, so every static host serves it as image/png. */
export function ogImagePath(slug: string): string {
  return `/og/posts/${encodeURIComponent(slug)}.png`;
}

/** The card the build draws for a post that has no cover social networks can show. */
export function drawnShareImage(slug: string, title: string): ShareImage {
  return { src: ogImagePath(slug), ...OG_IMAGE_SIZE, alt: title, generated: true };
}
