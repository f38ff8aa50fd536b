import type { Element, Root, RootContent } from 'hast';

// Elements that run inside a line of text: the words on either side of their edges are joined, as a reader sees
// them ("<em>un</em>likely" is one word). Every other element (a paragraph, a cell, a line break) separates words.
const INLINE = new Set('a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var'.split(' '));

/**
 * The text a reader sees in a sanitized tree, whitespace collapsed: text nodes, with a space wherever a block
 * element or a line break separates them, without footnote reference numbers and back-links. Image alt text is
 * not part of it (it is read only when the image is missing).
 */
export function visibleText(node: Root | Element): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collect(node: Root | RootContent, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.value);
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element' && isFootnoteMark(node)) return;
  const separates = node.type === 'element' && !INLINE.has(node.tagName);
  if (separates) parts.push(' ');
  for (const child of node.children) collect(child, parts);
  if (separates) parts.push(' ');
}

/** A footnote's number in the text or its ↩ link back: marks, not words. */
const isFootnoteMark = (element: Element) =>
  element.properties.dataFootnoteRef !== undefined || element.properties.dataFootnoteBackref !== undefined;
