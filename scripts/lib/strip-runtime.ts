import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What {@link stripClientRuntime} did to a page. */
export interface StrippedPage {
  html: string;
  /** How many elements were removed. */
  removed: number;
  /** Site paths the page still references (stylesheets, images, kept scripts), for pruning `_next/`. */
  references: string[];
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/**
 * Removes the Next.js client runtime from an exported page: every script except JSON-LD and the site's own
 * enhancements (marked `data-enhancement`), and script preloads. The page is parsed with parse5 and cut at
 * the parser's source offsets, so everything else stays byte for byte as Next wrote it.
 */
export function stripClientRuntime(html: string): StrippedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const cuts: Array<[number, number]> = [];
  const references: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const location = node.sourceCodeLocation;
      if (isRuntime(node) && location) cuts.push([location.startOffset, location.endOffset]);
      else for (const name of ['src', 'href']) {
        const value = attribute(node, name);
        if (value?.startsWith('/') && !value.startsWith('//')) references.push(value);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if (node.nodeName === 'template' && 'content' in node) node.content.childNodes.forEach(visit);
  };
  visit(document);
  let result = html;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return { html: result, removed: cuts.length, references };
}

function isRuntime(element: Element): boolean {
  if (element.tagName === 'script') {
    return attribute(element, 'type') !== 'application/ld+json' && attribute(element, 'data-enhancement') === undefined;
  }
  if (element.tagName === 'link') {
    const rel = attribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    return rel.includes('modulepreload') || (rel.includes('preload') && attribute(element, 'as') === 'script');
  }
  return false;
}
