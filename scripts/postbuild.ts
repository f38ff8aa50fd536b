// Runs after `next build` has exported the site, and turns out/ (or OUT_DIR) into the final static site:
// 1. deletes the placeholder pages of routes that had no params (lib/static-params.ts);
// 2. removes the Next.js client runtime from every page and deletes the files only it used, unless the
//    site config keeps it (clientRuntime: true);
// 3. indexes the posts for search with Pagefind.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { site } from '../lib/site';
import { PLACEHOLDER_PARAM } from '../lib/static-params';
import { stripClientRuntime } from './lib/strip-runtime';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const started = performance.now();

if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`postbuild: ${outDir}/index.html does not exist; did next build export the site?`);
  process.exit(1);
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** Deletes placeholder pages and the folders they leave empty. */
function removePlaceholders(dir: string): number {
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith(PLACEHOLDER_PARAM)) {
      fs.rmSync(full, { recursive: true, force: true });
      removed += 1;
    } else if (entry.isDirectory()) {
      removed += removePlaceholders(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    }
  }
  return removed;
}

/** Strips every page, then deletes the `_next/` files and RSC payloads no page needs any more. */
function removeClientRuntime(): { pages: number; bytes: number; files: number } {
  const referenced = new Set<string>();
  let pages = 0;
  let bytes = 0;
  for (const file of walk(outDir)) {
    if (!file.endsWith('.html')) continue;
    const html = fs.readFileSync(file, 'utf8');
    const stripped = stripClientRuntime(html);
    for (const reference of stripped.references) referenced.add(decodeURI(reference.replace(/[?#].*$/, '')));
    if (stripped.removed > 0) {
      fs.writeFileSync(file, stripped.html);
      bytes += Buffer.byteLength(html) - Buffer.byteLength(stripped.html);
    }
    pages += 1;
  }
  // Stylesheets may point at fonts or images under _next/ too.
  for (const reference of [...referenced].filter((r) => r.endsWith('.css'))) {
    const css = fs.readFileSync(path.join(outDir, reference), 'utf8');
    for (const match of css.matchAll(/url\((['"]?)(\/_next\/[^'")]+)\1\)/g)) referenced.add(match[2]!);
  }
  let files = 0;
  const nextDir = path.join(outDir, '_next');
  for (const file of fs.existsSync(nextDir) ? [...walk(nextDir)] : []) {
    if (!referenced.has(`/${path.relative(outDir, file).split(path.sep).join('/')}`)) {
      fs.rmSync(file);
      files += 1;
    }
  }
  for (const file of [...walk(outDir)]) {
    const name = path.basename(file);
    // The client router's RSC payloads: __next.*.txt, and index.txt beside each page.
    const isPayload = (name.startsWith('__next.') && name.endsWith('.txt')) || (name === 'index.txt' && fs.existsSync(path.join(path.dirname(file), 'index.html')));
    if (isPayload) {
      fs.rmSync(file);
      files += 1;
    }
  }
  removeEmptyFolders(outDir);
  return { pages, bytes, files };
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    removeEmptyFolders(full);
    if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
  }
}

/** Indexes every page marked `data-pagefind-body` (the posts) into out/pagefind/. */
async function indexForSearch(): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Only pages marked data-pagefind-body (posts) are in the index; the entry file says how many.
  const entry = JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

const placeholders = removePlaceholders(outDir);
const runtime = site.clientRuntime ? undefined : removeClientRuntime();
const indexed = await indexForSearch();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  [
    `postbuild: ${path.relative(process.cwd(), outDir) || '.'} ready in ${seconds}s`,
    placeholders ? `${placeholders} placeholder pages removed` : '',
    runtime ? `client runtime removed from ${runtime.pages} pages (${Math.round(runtime.bytes / 1024)} KB), ${runtime.files} runtime files deleted` : 'client runtime kept (clientRuntime: true)',
    `${indexed} posts indexed for search`,
  ]
    .filter(Boolean)
    .join('; '),
);
