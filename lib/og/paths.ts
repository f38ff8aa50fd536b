/** Where the site-wide card image is generated. */
export const SITE_OG_IMAGE_PATH = '/og/site.png';

/** Where a post's generated card image lives: a `.png` URL, so every static host serves it as image/png. */
export function ogImagePath(slug: string): string {
  return `/og/posts/${encodeURIComponent(slug)}.png`;
}
