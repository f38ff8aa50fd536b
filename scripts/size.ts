// Page weight budget of the built site (npm run build first): for every reading page (posts, lists, tags,
// categories, authors, home), the bytes of HTML, CSS and JavaScript it loads, raw and gzipped. Fails if a
// reading page loads any script other than the site's enhancements, or weighs more than 40 KB gzipped.
// Prints a table for home, the heaviest post, a tag page and an author page; `--json` prints all of it.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { outDir as siteOutDir } from '../lib/build-contract';
import { ROOT_SEGMENTS } from '../lib/site/paths';
import { measurePage, type PageWeight } from './lib/page-weight';
import { builtBasePath } from './lib/static-server';

const BUDGET_GZIP = 40 * 1024;
const outDir = siteOutDir();

/**
 * Whether a folder holds the site's machinery rather than reading pages: at the root, every name the site's own
 * files take (search, 404, Next's files, the search index, share images...) but the blog. Below the root a post
 * or tag may have any of those names as its slug.
 */
const machinery = (dir: string, name: string) => dir === outDir && name !== 'blog' && ROOT_SEGMENTS.includes(name);

function readingPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !machinery(dir, entry.name)) walk(full);
      else if (entry.name === 'index.html') pages.push(`/${path.relative(outDir, dir).split(path.sep).join('/')}${dir === outDir ? '' : '/'}`);
    }
  };
  walk(outDir);
  return pages.sort();
}

const basePath = builtBasePath(outDir);
const weights = readingPages().map((page) => measurePage(outDir, page, (bytes) => gzipSync(bytes, { level: 9 }).length, basePath));
const failures: string[] = [];
for (const weight of weights) {
  if (weight.foreignScripts.length > 0) failures.push(`${weight.page} loads scripts that are not enhancements: ${weight.foreignScripts.join(', ')}`);
  if (weight.total.gzip > BUDGET_GZIP) failures.push(`${weight.page} weighs ${(weight.total.gzip / 1024).toFixed(1)} KB gzipped, over the 40 KB budget`);
}

const byKind = (test: (page: string) => boolean) => weights.filter((w) => test(w.page)).sort((a, b) => b.total.gzip - a.total.gzip)[0];
const representative: Array<[string, PageWeight | undefined]> = [
  ['home', byKind((p) => p === '/')],
  ['post (heaviest)', byKind((p) => /^\/blog\/(?!page\/|tag\/|tags\/|category\/|author\/)[^/]+\/$/.test(p))],
  ['tag page', byKind((p) => p.startsWith('/blog/tag/'))],
  ['author page', byKind((p) => p.startsWith('/blog/author/'))],
];

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budgetGzip: BUDGET_GZIP, pages: weights, failures }, null, 2));
} else {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log('| page | HTML raw / gz (KB) | CSS raw / gz | JS raw / gz | total gz |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, w] of representative) {
    if (!w) continue;
    console.log(`| ${label}: ${decodeURI(w.page)} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)} | ${kb(w.total.gzip)} |`);
  }
  console.log(`\n${weights.length} reading pages checked; budget ${kb(BUDGET_GZIP)} KB gzipped, framework JavaScript: none allowed.`);
}
if (failures.length > 0) {
  console.error(`\nSize budget failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
