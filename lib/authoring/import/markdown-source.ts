// Reading and editing Markdown source by the positions remark gives, so an import changes only what it must
// (an image URL, a Liquid tag) and leaves the author's own formatting alone.
import type { Image, Link, PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { renderMarkdown } from '../../posts/markdown/pipeline';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const stringifier = unified().use(remarkStringify).freeze();

/** The Markdown syntax tree of a body, GitHub-flavoured, with source positions. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** The source text from `start` to `end` (offsets) becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits that do not overlap, wherever they are in the source. */
export function applyEdits(source: string, edits: ReadonlyArray<Edit>): string {
  let result = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The offsets of code blocks, inline code and raw HTML: text there is shown as it is, never rewritten. */
export function verbatimRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visit(tree, ['code', 'inlineCode', 'html'], (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
  });
  return ranges;
}

function images(tree: Root): Image[] {
  const found: Image[] = [];
  visit(tree, 'image', (node) => {
    found.push(node);
  });
  return found;
}

/** The URLs of a body's Markdown images, each once, in order. */
export function imageUrls(markdown: string): string[] {
  return [...new Set(images(parseMarkdown(markdown)).map((image) => image.url))];
}

/** Points each Markdown image whose URL is in `replacements` at its new URL; alt text and title stay. */
export function replaceImageUrls(markdown: string, replacements: ReadonlyMap<string, string>): string {
  const edits: Edit[] = [];
  for (const image of images(parseMarkdown(markdown))) {
    const replacement = replacements.get(image.url);
    const { start, end } = image.position ?? {};
    if (replacement === undefined || start?.offset === undefined || end?.offset === undefined) continue;
    edits.push({
      start: start.offset,
      end: end.offset,
      text: inlineMarkdown({ ...image, url: replacement }),
    });
  }
  return applyEdits(markdown, edits);
}

/** The visible text of the first paragraph ('' when none has any), read as the site reads it: from the rendered page. */
export function firstParagraphText(markdown: string): string {
  return renderMarkdown(markdown).firstParagraph;
}

/** A Markdown link, its label escaped as Markdown needs. */
export function markdownLink(label: string, url: string): string {
  const link: Link = { type: 'link', url, title: null, children: [{ type: 'text', value: label }] };
  return inlineMarkdown(link);
}

function inlineMarkdown(node: PhrasingContent): string {
  return stringifier.stringify({ type: 'root', children: [{ type: 'paragraph', children: [node] }] }).trim();
}
