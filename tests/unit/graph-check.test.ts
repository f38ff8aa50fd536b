import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteOutput } from '@/lib/output/page-graph';
import { graphMismatch, graphMismatchMessage } from '../../scripts/lib/graph-check';

/** A folder with these files, each holding its name. */
function folderWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-graph-check-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), file);
  }
  return dir;
}

const output = (key: string, files: string[]): SiteOutput => ({ key, route: '/', params: {}, path: '/', files });

describe('holding the page graph to the exported site', () => {
  const outputs = [output('home', ['index.html']), output('post', ['blog/a/index.html']), output('not found', ['_not-found/index.html', '404.html'])];
  // The project's public folder, which Next copies, and the build's own.
  const publicDirs = [folderWith(['scripts/copy.js']), folderWith(['images/photo.jpg'])];

  it('finds nothing when every exported file is listed, an asset, or a copy from a public folder', () => {
    const outDir = folderWith(['index.html', 'blog/a/index.html', '_not-found/index.html', '404.html', '_next/static/x.css', 'pagefind/pagefind.js', 'katex/katex.min.css', '_img/a/1.webp', 'images/photo.jpg', 'scripts/copy.js']);
    expect(graphMismatch(outDir, outputs, publicDirs, false)).toEqual({ unlisted: [], missing: [] });
  });

  it('names the files a route wrote that the graph lacks, and those it lists that were not written', () => {
    const outDir = folderWith(['index.html', '_not-found/index.html', '404.html', 'blog/new-route/index.html', 'blog/a/index.txt']);
    const mismatch = graphMismatch(outDir, outputs, publicDirs, false);
    expect(mismatch).toEqual({ unlisted: ['blog/a/index.txt', 'blog/new-route/index.html'], missing: ['blog/a/index.html'] });
    expect(graphMismatchMessage(mismatch)).toBe(
      [
        'The page graph (lib/output/page-graph.ts) and the exported site disagree: every route must be in SITE_ROUTES, so that the sitemap and the link check know its URLs.',
        '  exported, not in the graph: blog/a/index.txt',
        '  exported, not in the graph: blog/new-route/index.html',
        '  in the graph, not exported: blog/a/index.html',
      ].join('\n'),
    );
  });

  it('leaves out the RSC payloads of a site that keeps the client runtime', () => {
    const outDir = folderWith(['index.html', 'index.txt', 'blog/a/index.html', 'blog/a/index.txt', '_not-found/index.html', '404.html']);
    expect(graphMismatch(outDir, outputs, publicDirs, true)).toEqual({ unlisted: [], missing: [] });
  });
});
