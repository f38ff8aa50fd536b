import { parse, type HTMLElement } from 'node-html-parser';
import { ENHANCEMENT_ATTRIBUTE } from '../../lib/build-contract';

/** What {@link stripClientRuntime} did to a page. */
export interface StrippedPage {
  html: string;
  /** How many elements were removed. */
  removed: number;
  /** Site paths the page still references (stylesheets, images, kept scripts), for pruning `_next/`. */
  references: string[];
}

/**
 * Removes the Next.js client runtime from an exported page: every script except JSON-LD and the site's own
 * enhancements (marked with {@link ENHANCEMENT_ATTRIBUTE}), and script preloads. The page is cut at the
 * parser's source ranges, so everything else stays byte for byte as Next wrote it.
 */
export function stripClientRuntime(html: string): StrippedPage {
  const elements = parse(html, { comment: false }).querySelectorAll('[src], [href], script, link');
  const runtime = elements.filter(isRuntime);
  const references = elements
    .filter((element) => !isRuntime(element))
    .flatMap((element) => [element.getAttribute('src'), element.getAttribute('href')])
    .filter((value): value is string => value !== undefined && value.startsWith('/') && !value.startsWith('//'));
  let result = html;
  for (const [start, end] of runtime.map((element) => element.range).sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return { html: result, removed: runtime.length, references };
}

function isRuntime(element: HTMLElement): boolean {
  if (element.tagName === 'SCRIPT') return element.getAttribute('type') !== 'application/ld+json' && !element.hasAttribute(ENHANCEMENT_ATTRIBUTE);
  if (element.tagName === 'LINK') {
    const rel = element.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    return rel.includes('modulepreload') || (rel.includes('preload') && element.getAttribute('as') === 'script');
  }
  return false;
}
