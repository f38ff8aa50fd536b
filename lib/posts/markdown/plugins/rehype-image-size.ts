import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localImageSize } from '../../images';

/** A local image a body shows that is no file under public/, or no image the build can measure, and where the body has it. */
export interface MissingImage {
  src: string;
  line: number;
  column: number;
}

/** Options of {@link rehypeImageSize}. */
export interface ImageSizeOptions {
  /** The folder served at `/`, where local images live. */
  publicDir?: string;
}

/**
 * Gives each local image its real `width` and `height`, so the page reserves its space before it loads, and
 * lets below-the-fold images load lazily. Local images that do not exist are listed in
 * `file.data.missingImages` for the loader to report at their place, and every local image in `file.data.localImages` (a
 * cached render is stale once one of them changes); the author's own width and height are kept.
 */
export default function rehypeImageSize(options: ImageSizeOptions = {}) {
  return (tree: Root, file: VFile) => {
    const missing: MissingImage[] = [];
    const local: string[] = [];
    visit(tree, 'element', (node: Element) => {
      const src = node.properties.src;
      if (node.tagName !== 'img' || typeof src !== 'string') return;
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
      if (!src.startsWith('/') || src.startsWith('//')) return;
      local.push(src);
      const size = localImageSize(src, options.publicDir);
      if (!size) {
        missing.push({ src, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
        return;
      }
      if (node.properties.width === undefined && node.properties.height === undefined) {
        node.properties.width = size.width;
        node.properties.height = size.height;
      }
    });
    file.data.missingImages = missing;
    file.data.localImages = local;
  };
}
