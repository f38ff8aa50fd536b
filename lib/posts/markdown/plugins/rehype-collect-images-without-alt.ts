import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** An image of the body that has no alt text, and where the body has it. */
export interface ImageWithoutAlt {
  src: string;
  line: number;
  column: number;
}

/**
 * Lists the images without alt text (`![](a.png)`, `<img>` without `alt`) in `file.data.imagesWithoutAlt`, for
 * `npm run check` to warn about: a screen reader says nothing, or the file name, for them.
 */
export default function rehypeCollectImagesWithoutAlt() {
  return (tree: Root, file: VFile) => {
    const images: ImageWithoutAlt[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const alt = node.properties.alt;
      if (typeof alt === 'string' && alt.trim() !== '') return;
      images.push({ src: String(node.properties.src ?? ''), line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    });
    file.data.imagesWithoutAlt = images;
  };
}
