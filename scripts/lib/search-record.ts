// A post page's search record: the part of its HTML Pagefind reads, which the build feeds Pagefind instead of the
// whole page (a fifth of it, and Pagefind's time grows with what it parses). The page store keeps each page's
// record beside it (scripts/lib/page-store.ts), so a build feeds reused pages without reading them again.
import { parse, type HTMLElement, type Node } from 'node-html-parser';

const READ_ATTRIBUTES = ['data-pagefind-body', 'data-pagefind-meta', 'data-pagefind-default-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

/**
 * The record of a page: its `<html>` tag (the language), its `<title>`, and then, in the order of the page, its
 * `data-pagefind-body` elements, the elements carrying metadata, filters or sort keys, the first `<h1>` (Pagefind's
 * title when none is tagged) and the first `<img>` after it (its image), each element whole; nothing inside a
 * `data-pagefind-ignore="all"` element, which Pagefind skips for all of these. Pagefind gives the record the same
 * content, headings, metadata and filters as the page; a page without `data-pagefind-body`, whose whole text
 * Pagefind would index, is its own record.
 */
export function searchRecord(html: string): string {
  const root = parse(html, { comment: false });
  if (!root.querySelector('[data-pagefind-body]')) return html;
  // The record's elements are the page's, in the same order, so the first <h1> and the <img> after it are the
  // page's as long as the record holds them.
  const elements = seenElements(root);
  const heading = elements.findIndex((element) => element.tagName === 'H1');
  const image = heading === -1 ? undefined : elements.slice(heading + 1).find((element) => element.tagName === 'IMG');
  const needed = new Set([elements[heading], image]);
  const kept: HTMLElement[] = [];
  // A kept element brings everything inside it.
  const keep = (node: Node): void => {
    for (const element of childElements(node)) {
      if (needed.has(element) || READ_ATTRIBUTES.some((name) => element.hasAttribute(name))) kept.push(element);
      else keep(element);
    }
  };
  keep(root);
  const htmlTag = root.querySelector('html');
  const title = root.querySelector('head title');
  const source = (element: HTMLElement) => html.slice(...element.range);
  return [
    htmlTag ? html.slice(htmlTag.range[0], html.indexOf('>', htmlTag.range[0]) + 1) : '<html>',
    `<head>${title ? source(title) : ''}</head><body>`,
    ...kept.map(source),
    '</body></html>',
  ].join('');
}

/** The elements under `node` that are not in a `data-pagefind-ignore="all"` element, in document order. */
function seenElements(node: Node): HTMLElement[] {
  return childElements(node).flatMap((element) => [element, ...seenElements(element)]);
}

/** The child elements of `node`, but those Pagefind ignores with all they hold. */
function childElements(node: Node): HTMLElement[] {
  return node.childNodes.filter((child): child is HTMLElement => child.nodeType === 1 && (child as HTMLElement).getAttribute('data-pagefind-ignore') !== 'all');
}
