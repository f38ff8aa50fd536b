// The last phase of a build: turns what `next build` exported into the final static site.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { KATEX_STYLESHEET, PLACEHOLDER_PARAM, SEARCH_INDEX_FOLDER } from '../../lib/build-contract';
import { listFiles } from '../../lib/posts/files';
import { basePath, getSite, withoutBasePath } from '../../lib/site';
import { scriptOnPage } from '../../lib/site/scripts';
import { writeCacheHeaders } from './cache-headers';
import { searchRecord } from './search-record';
import { servedFile } from './site-files';
import { stripClientRuntime } from './strip-runtime';

/** What {@link finishExport} did. */
export interface ExportSummary {
  placeholders: number;
  /** Undefined when the site config keeps Next's client runtime. */
  runtime?: RuntimeRemoval;
  indexed: number;
  /** Every post's search record, by file: the page store keeps those of the pages this build rendered. */
  records: Map<string, string>;
}

/** What removing Next's client runtime did. */
export interface RuntimeRemoval {
  pages: number;
  bytes: number;
  files: number;
  /** Scripts removed that were neither Next's nor the site's, each with the pages it was removed from. */
  unknownScripts: Array<{ source: string; pages: string[] }>;
  /** The `_next/` files each page links to (site paths), which stay. */
  references: Map<string, string[]>;
}

/** Finished pages from the page store (scripts/lib/page-store.ts), added to the export instead of rendered. */
export interface ReusedPages {
  /** Copies them into the export. */
  restore(outDir: string): void;
  /** The `_next/` files they link to. */
  references: string[];
  /** The search records of the post pages among them, by file (scripts/lib/search-record.ts). */
  records: ReadonlyMap<string, string>;
}

const NOTHING_REUSED: ReusedPages = { restore() {}, references: [], records: new Map() };

/**
 * Deletes the placeholder pages of routes that had no params, copies KaTeX's stylesheet and fonts, removes
 * Next's client runtime from every page it rendered (unless the site config keeps it), adds the pages reused
 * from the page store, indexes the posts, given by their site paths, for search, and writes the `_headers` file
 * of cache rules.
 */
export async function finishExport(outDir: string, postPaths: ReadonlyArray<string>, reused: ReusedPages = NOTHING_REUSED): Promise<ExportSummary> {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html does not exist: next build exported no site`);
  const placeholders = removePlaceholders(outDir);
  // Before the runtime is stripped: that step reads every stylesheet a page links to.
  copyKatexAssets(outDir);
  // What Next wrote: only these pages are stripped, the reused ones were when they were rendered.
  const rendered = listFiles(outDir);
  reused.restore(outDir);
  // Every post's search record: the stored one, or one taken from the page, for a page rendered now as Next wrote
  // it, before its runtime is stripped: one state of the page, so that a record never depends on which build
  // made it.
  const records = postPaths.map((url) => {
    const file = path.relative(outDir, postFile(outDir, url));
    return { url, file, record: reused.records.get(file) ?? searchRecord(fs.readFileSync(path.join(outDir, file), 'utf8')) };
  });
  // Pagefind indexes the records in a process of its own while this one strips the pages.
  const indexing = indexForSearch(outDir, records);
  const runtime = getSite().clientRuntime ? undefined : await removeClientRuntime(outDir, rendered, reused.references);
  const indexed = await indexing;
  removeEmptyFolders(outDir);
  writeCacheHeaders(outDir);
  return { placeholders, runtime, indexed, records: new Map(records.map(({ file, record }) => [file, record])) };
}

/** Deletes every file and folder named after the placeholder param. */
function removePlaceholders(outDir: string): number {
  const placeholders = listFiles(outDir).filter((file) => file.includes(PLACEHOLDER_PARAM));
  for (const file of placeholders) fs.rmSync(path.join(outDir, file));
  return placeholders.length;
}

/** Copies KaTeX's stylesheet and the fonts it loads from the katex package, where posts with math link to it. */
function copyKatexAssets(outDir: string): void {
  const stylesheet = fileURLToPath(import.meta.resolve('katex/dist/katex.min.css'));
  const target = path.join(outDir, KATEX_STYLESHEET);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(stylesheet, target);
  fs.cpSync(path.join(path.dirname(stylesheet), 'fonts'), path.join(path.dirname(target), 'fonts'), { recursive: true });
}

/**
 * Strips the pages among `files`, then deletes the `_next/` files and RSC payloads no page needs any more: none
 * of these pages, and none of the reused ones, which link to `kept`.
 */
async function removeClientRuntime(outDir: string, files: ReadonlyArray<string>, kept: ReadonlyArray<string>): Promise<RuntimeRemoval> {
  const referenced = new Set<string>(kept);
  const references = new Map<string, string[]>();
  const unknownScripts = new Map<string, string[]>();
  let pages = 0;
  let bytes = 0;
  const { scripts } = getSite();
  const base = basePath();
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    // Now and then, let the search indexer's messages through.
    if (pages % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    const html = fs.readFileSync(path.join(outDir, page), 'utf8');
    const pagePath = sitePath(page);
    const stripped = stripClientRuntime(html, (name) => scripts.some((script) => script.name === name && scriptOnPage(script, pagePath)), base);
    for (const source of stripped.unknownScripts) unknownScripts.set(source, [...(unknownScripts.get(source) ?? []), pagePath]);
    const pageReferences = new Set<string>();
    for (const reference of stripped.references) addReference(pageReferences, reference);
    for (const reference of pageReferences) referenced.add(reference);
    references.set(page, [...pageReferences]);
    if (stripped.removed > 0) {
      fs.writeFileSync(path.join(outDir, page), stripped.html);
      bytes += Buffer.byteLength(html) - Buffer.byteLength(stripped.html);
    }
    pages += 1;
  }
  // Stylesheets may point at fonts or images under _next/ too.
  for (const reference of [...referenced].filter((r) => r.endsWith('.css'))) {
    const css = fs.readFileSync(path.join(outDir, reference), 'utf8');
    for (const match of css.matchAll(/url\((['"]?)(\/[^'")]+)\1\)/g)) addReference(referenced, match[2]!);
  }
  const htmlFiles = new Set(files.filter((file) => file.endsWith('.html')));
  const unneeded = files.filter((file) => {
    const name = path.posix.basename(file);
    if (file.startsWith('_next/')) return !referenced.has(`/${file}`);
    // The client router's RSC payloads: __next.*.txt, and index.txt beside each page.
    return (name.startsWith('__next.') && name.endsWith('.txt')) || (name === 'index.txt' && htmlFiles.has(path.posix.join(path.posix.dirname(file), 'index.html')));
  });
  for (const file of unneeded) fs.rmSync(path.join(outDir, file));
  return { pages, bytes, files: unneeded.length, unknownScripts: [...unknownScripts].map(([source, pages]) => ({ source, pages })), references };
}

/** Adds the site path of a URL path a page or stylesheet references; those outside the site are not files of it. */
function addReference(referenced: Set<string>, reference: string): void {
  const sitePath = withoutBasePath(reference.replace(/[?#].*$/, ''));
  if (sitePath !== undefined) referenced.add(decodeURI(sitePath));
}

/** The site path a page file is served at: `blog/a/index.html` is `/blog/a/`, `404.html` is `/404.html`. */
function sitePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The page file of a post the site was exported with; a post without one means the export went wrong. */
function postFile(outDir: string, postPath: string): string {
  const file = servedFile(outDir, postPath);
  if (!file) throw new Error(`${outDir} has no page for the post ${postPath}: next build did not export it`);
  return file;
}

/** The build's warning about a script the runtime removal took out of pages, naming it and (some of) the pages. */
export function unknownScriptWarning({ source, pages }: { source: string; pages: string[] }): string {
  const shown = pages.slice(0, 3).join(', ') + (pages.length > 3 ? ` and ${pages.length - 3} more` : '');
  return `warning: removed a script that is neither Next's runtime nor in the site config's scripts: ${source}, from ${shown}. To keep it, add it to scripts in site.config.ts.`;
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    removeEmptyFolders(full);
    if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
  }
}

const PAGEFIND_BATCH = 50;

/**
 * Indexes the posts' search records, and nothing else, into `pagefind/`, in the order given (Pagefind's files
 * depend on it); returns how many it indexed. Pagefind would index every page of a folder whose pages carry no
 * `data-pagefind-body` (an empty blog's home, archive and 404).
 */
async function indexForSearch(outDir: string, records: ReadonlyArray<{ url: string; record: string }>): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: getSite().language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // A batch at a time: Pagefind's pipe never holds more than a batch (all 5,000 posts of a big blog at once
  // overflow it: ENOBUFS).
  for (let start = 0; start < records.length; start += PAGEFIND_BATCH) {
    const batch = records.slice(start, start + PAGEFIND_BATCH);
    // Site paths: Pagefind's script puts the folder it is served from (the base path) before them in results.
    const added = await Promise.all(batch.map(({ url, record }) => index.addHTMLFile({ url, content: record })));
    const failed = added.flatMap((result) => result.errors);
    if (failed.length > 0) throw new Error(`Pagefind could not index the posts: ${failed.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_INDEX_FOLDER) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The index's entry file says how many pages it holds.
  const entry = JSON.parse(fs.readFileSync(path.join(outDir, SEARCH_INDEX_FOLDER, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
