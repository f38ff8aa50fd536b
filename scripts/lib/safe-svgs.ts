// Every SVG the export publishes, rewritten to keep only what draws (lib/output/svg.ts): public/ files the author put
// there or an importer downloaded, and the site's own icon. The files in public/ stay as they are; the copy a
// reader can open by its URL is the safe one.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../lib/posts/files';
import { displayPath, type ContentProblem, type ContentWarning } from '../../lib/site/errors';
import { sanitizeSvg } from '../../lib/output/svg';

/** What making the export's SVGs safe did: one warning per file that lost something, one problem per file that is no SVG. */
export interface SafeSvgs {
  files: number;
  warnings: ContentWarning[];
  problems: ContentProblem[];
}

/** Whether a published file is an SVG to the hosts that serve it (they go by the extension, in any case). */
export const isSvgFile = (file: string) => /\.svg$/i.test(file);

/** Checks every `.svg` under `dir` (public/, before the render) without writing: what a build would warn of or refuse. */
export function checkSvgs(dir: string): SafeSvgs {
  return eachSvg(dir, (file) => file);
}

/**
 * Rewrites every `.svg` in `outDir` in place. Messages name the file of `publicDir` a published one was copied
 * from, when there is one.
 */
export function makeSvgsSafe(outDir: string, publicDir: string): SafeSvgs {
  const nameOf = (file: string) => {
    const source = path.join(publicDir, path.relative(outDir, file));
    return fs.existsSync(source) ? source : file;
  };
  return eachSvg(outDir, nameOf, (file, svg) => fs.writeFileSync(file, svg));
}

/** Makes every SVG under `dir` safe, handing each result to `write` when given; messages name `nameOf(file)`. */
function eachSvg(dir: string, nameOf: (file: string) => string, write?: (file: string, svg: string) => void): SafeSvgs {
  const result: SafeSvgs = { files: 0, warnings: [], problems: [] };
  for (const relative of listFiles(dir)) {
    const file = path.join(dir, relative);
    const name = displayPath(nameOf(file));
    // Hosts serve .svgz as image/svg+xml too (gzipped or not): a drawing no one checked, with the blog's origin.
    if (/\.svgz$/i.test(file)) {
      result.problems.push({ file: name, field: '(file)', found: 'a compressed SVG (.svgz), which the build cannot make safe', expected: 'the drawing as a plain .svg file (hosts compress what they serve)' });
      continue;
    }
    if (!isSvgFile(file)) continue;
    const safe = sanitizeSvg(fs.readFileSync(file));
    if ('error' in safe) {
      result.problems.push({ file: name, field: '(file)', found: 'a file that is not an SVG drawing', expected: safe.error });
      continue;
    }
    write?.(file, safe.svg);
    result.files += 1;
    if (safe.removed.length > 0) result.warnings.push({ file: name, message: `published without what could run or load from elsewhere: removed ${safe.removed.join(', ')}` });
  }
  return result;
}
