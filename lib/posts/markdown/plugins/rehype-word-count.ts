import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { countWords } from '../../text';
import { visibleText } from './visible-text';

/**
 * Stores the number of words of the page's visible text in `file.data.wordCount`, for reading time. Runs on the
 * sanitized tree before heading anchors are added: markup, raw HTML attributes and the anchors' `#` are not words.
 */
export default function rehypeWordCount() {
  return (tree: Root, file: VFile) => {
    file.data.wordCount = countWords(visibleText(tree));
  };
}
