// The `_headers` file of an exported site, which Netlify and Cloudflare Pages read for response headers: cache
// rules, and a policy that forbids script to every SVG.
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_INDEX_FOLDER } from '../../lib/build-contract';
import { listFiles } from '../../lib/posts/files';
import { ICON_SPRITE_FOLDER } from '../../lib/output/icons';
import { VARIANT_FOLDER } from '../../lib/output/image-variants/plan';
import { withBasePath } from '../../lib/site';
import { isSvgFile } from './safe-svgs';

/** Cache-Control of files whose names change with their content: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of everything else (pages, feeds, the sitemap, images): five minutes, so a deploy shows soon. */
export const SHORT = 'public, max-age=300';

/**
 * The Content-Security-Policy of every SVG: opened by its URL, it may use its own styles and embedded images and
 * nothing else, and runs in a sandbox without script. The build has already kept only what draws (lib/output/svg.ts);
 * this is the second lock, for hosts that read `_headers`.
 */
export const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** Folders whose files are named after their content: Next's assets, image variants, the icon sprite and Pagefind's index chunks. */
const HASHED_FOLDERS = ['_next/static', VARIANT_FOLDER, ICON_SPRITE_FOLDER, ...['fragment', 'index', 'filter'].map((folder) => `${SEARCH_INDEX_FOLDER}/${folder}`)];

/** Files at the top of the export that configure the host rather than being served. */
const HOST_FILES = ['_headers', '_redirects'];

/**
 * The `_headers` text for the site exported in `outDir`: hashed folders immutable, everything else short. The
 * rules never overlap, because Cloudflare Pages joins the values of every rule that matches a path (two
 * Cache-Control values would contradict each other): so there is no catch-all `/*`, but one rule for the home
 * page and one for each file and folder at the top of the site, going into the folders that hold a hashed one.
 * Patterns match the URL path a request asks for, so they carry the site's base path (site.config.ts).
 */
export function cacheHeaders(outDir: string, basePath?: string): string {
  const rules: Array<[pattern: string, cacheControl: string]> = [['/', SHORT]];
  const visit = (folder: string) => {
    const entries = fs.readdirSync(path.join(outDir, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const sitePath = folder ? `${folder}/${entry.name}` : entry.name;
      if (!folder && HOST_FILES.includes(entry.name)) continue;
      if (!entry.isDirectory()) rules.push([`/${sitePath}`, SHORT]);
      else if (HASHED_FOLDERS.includes(sitePath)) rules.push([`/${sitePath}/*`, IMMUTABLE]);
      else if (HASHED_FOLDERS.some((hashed) => hashed.startsWith(`${sitePath}/`))) visit(sitePath);
      else rules.push([`/${sitePath}/*`, SHORT]);
    }
  };
  visit('');
  const cache = rules.map(([pattern, cacheControl]) => `${withBasePath(pattern, basePath)}\n  Cache-Control: ${cacheControl}\n`).join('');
  // One splat for SVGs in every folder: both hosts let `*` match across slashes (a header, not a cache rule, so it
  // may overlap them).
  const svg = listFiles(outDir).some(isSvgFile) ? `${withBasePath('/*.svg', basePath)}\n  Content-Security-Policy: ${SVG_POLICY}\n` : '';
  return cache + svg;
}

/** Writes {@link cacheHeaders} to `_headers` in `outDir`. */
export function writeCacheHeaders(outDir: string): void {
  fs.writeFileSync(path.join(outDir, '_headers'), cacheHeaders(outDir));
}
