// The page graph (lib/output/page-graph.ts) is the one list of the site's URLs: the sitemap, the link check of
// posts and every generateStaticParams read it. Each build holds it to what it exported, so that a route added
// without it fails the first build that exports it, instead of leaving its pages out of the sitemap.
import fs from 'node:fs';
import path from 'node:path';
import { KATEX_STYLESHEET, SEARCH_INDEX_FOLDER } from '../../lib/build-contract';
import { VARIANT_FOLDER } from '../../lib/output/image-variants/plan';
import type { SiteOutput } from '../../lib/output/page-graph';
import { listFiles } from '../../lib/posts/files';

/** Folders of the export that no route makes: Next's assets, the search index, KaTeX, the image variants. */
const ASSET_FOLDERS = ['_next', SEARCH_INDEX_FOLDER, path.posix.dirname(KATEX_STYLESHEET).slice(1), VARIANT_FOLDER];

/**
 * The files of the exported site in `outDir` that the graph does not list, and those it lists that are not there.
 * Files copied from the public folders (the project's, which Next copies, and the build's when it is another) and
 * the asset folders are not the graph's. A site that keeps Next's client
 * runtime also has the RSC payload (`.txt`) of every page.
 */
export function graphMismatch(outDir: string, outputs: ReadonlyArray<SiteOutput>, publicDirs: ReadonlyArray<string>, keepsRuntime: boolean): { unlisted: string[]; missing: string[] } {
  const listed = new Set(outputs.flatMap((output) => output.files));
  const exported = listFiles(outDir);
  const isAsset = (file: string) =>
    ASSET_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) || (keepsRuntime && file.endsWith('.txt')) || publicDirs.some((dir) => fs.existsSync(path.join(dir, file)));
  const present = new Set(exported);
  return {
    unlisted: exported.filter((file) => !listed.has(file) && !isAsset(file)),
    missing: [...listed].filter((file) => !present.has(file)),
  };
}

/** The build's error for a mismatch: a fault of the code, not of the content. */
export function graphMismatchMessage({ unlisted, missing }: { unlisted: string[]; missing: string[] }): string | undefined {
  if (unlisted.length === 0 && missing.length === 0) return undefined;
  return [
    'The page graph (lib/output/page-graph.ts) and the exported site disagree: every route must be in SITE_ROUTES, so that the sitemap and the link check know its URLs.',
    ...unlisted.map((file) => `  exported, not in the graph: ${file}`),
    ...missing.map((file) => `  in the graph, not exported: ${file}`),
  ].join('\n');
}
