import { Parser } from 'htmlparser2';
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
 * enhancements (marked `data-enhancement`), and script preloads. The page is tokenized with htmlparser2 and
 * cut at the parser's source offsets, so everything else stays byte for byte as Next wrote it.
 */
export function stripClientRuntime(html: string): StrippedPage {
  const cuts: Array<[number, number]> = [];
  const references: string[] = [];
  const open: Array<{ start: number; runtime: boolean }> = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const runtime = isRuntime(name, attributes);
        open.push({ start: parser.startIndex, runtime });
        if (runtime) return;
        for (const value of [attributes.src, attributes.href]) {
          if (value?.startsWith('/') && !value.startsWith('//')) references.push(value);
        }
      },
      onclosetag() {
        const element = open.pop();
        if (element?.runtime) cuts.push([element.start, parser.endIndex + 1]);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  let result = html;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return { html: result, removed: cuts.length, references };
}

function isRuntime(name: string, attributes: Record<string, string>): boolean {
  if (name === 'script') return attributes.type !== 'application/ld+json' && attributes[ENHANCEMENT_ATTRIBUTE] === undefined;
  if (name === 'link') {
    const rel = attributes.rel?.toLowerCase().split(/\s+/) ?? [];
    return rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script');
  }
  return false;
}
