import fs from 'node:fs';
import path from 'node:path';
import { KATEX_STYLESHEET } from '@/lib/build-contract';
import { withBasePath } from '@/lib/site';

// The export copies KaTeX's fonts beside its stylesheet (scripts/lib/finish-export.ts).
const FONTS = `${path.posix.dirname(KATEX_STYLESHEET)}/fonts/`;
let css: string | undefined;

/**
 * KaTeX's stylesheet for a post with formulas, written into the page (React hoists it into the head, once): a
 * linked stylesheet would hold the first paint back by one more request, which on a phone network is most of a
 * second. Its font URLs, relative to the stylesheet in the katex package, are made site paths (under the base path).
 */
export function KatexStyles() {
  css ??= fs.readFileSync(path.join(process.cwd(), 'node_modules', 'katex', 'dist', 'katex.min.css'), 'utf8').replaceAll('url(fonts/', `url(${withBasePath(FONTS)}`);
  return (
    <style href="katex" precedence="katex">
      {css}
    </style>
  );
}
