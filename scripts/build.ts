// npm run build: the whole static build, one program. Its phases, in order:
//   1. take one build time, which decides for every page what is "in the future";
//   2. refuse client components (reading pages ship no framework JavaScript);
//   3. load, validate and render all content once, reusing the cache for unchanged files;
//   4. write the content snapshot, the only way Next's workers see content;
//   5. run `next build`, which renders pages from the snapshot;
//   6. finish the export: placeholders, Next's client runtime, the search index;
//   7. prune cache entries this build did not use, and print one summary line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BUILD_ENV, cacheDir, cacheEnabled, outDir } from '../lib/build-contract';
import { pruneUnused } from '../lib/posts/cache';
import { writeSnapshot } from '../lib/posts/snapshot';
import { ContentError, defaultLoadOptions, formatWarning, loadContent } from '../lib/posts';
import { site } from '../lib/site';
import { findClientModules } from './lib/client-guard';
import { finishExport } from './lib/finish-export';
import { writeRedirects } from './lib/redirects';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

// 1. One build time.
const buildTime = new Date();
const started = performance.now();

// 2. No client components, unless the site config keeps Next's client runtime.
const clientModules = site.clientRuntime ? [] : findClientModules(process.cwd());
if (clientModules.length > 0) {
  fail(
    [
      `Margins ships reading pages without framework JavaScript, but ${clientModules.length === 1 ? 'this module declares' : 'these modules declare'} 'use client':`,
      ...clientModules.map((file) => `  ${file}`),
      "A client component needs React in the browser. Make it a server component and add any interactivity as a small script in public/scripts/ (see components/enhancement-script.tsx), or set clientRuntime: true in lib/site.ts to keep Next's runtime.",
    ].join('\n'),
  );
}

// 3. Load, validate and render the content: every problem is reported here, plainly, before Next starts.
let loaded: ReturnType<typeof loadContent> | undefined;
try {
  loaded = loadContent(defaultLoadOptions(buildTime));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(error.message);
}
const { content, filesRead, filesParsed, warnings } = loaded!;
for (const warning of warnings) console.warn(formatWarning(warning));
const loadSeconds = seconds(started);

// 4. The snapshot.
const snapshotDir = path.join(cacheDir(), 'snapshot');
writeSnapshot(content, snapshotDir);

// 5. Next renders the pages, from the snapshot only.
const renderStarted = performance.now();
const next = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', [BUILD_ENV.snapshot]: snapshotDir },
});
if (next.status !== 0) fail(`next build failed (exit code ${next.status ?? next.signal})`);
const renderSeconds = seconds(renderStarted);

// 6. The final static site.
const exportStarted = performance.now();
const exported = await finishExport(outDir());
writeRedirects(outDir(), content);
const exportSeconds = seconds(exportStarted);

// 7. Tidy the cache and report.
const pruned = cacheEnabled() ? pruneUnused(cacheDir(), buildTime) : 0;
console.log(
  [
    `build: ${path.relative(process.cwd(), outDir()) || '.'} ready in ${seconds(started)}s`,
    `${content.posts.length} posts, ${content.authors.length} authors; ${filesRead} Markdown files read, ${filesParsed} of them parsed, the others from the cache (${loadSeconds}s)`,
    `pages rendered by Next in ${renderSeconds}s`,
    exported.runtime ? `client runtime removed from ${exported.runtime.pages} pages` : 'client runtime kept (clientRuntime: true)',
    exported.placeholders ? `${exported.placeholders} placeholder files removed` : '',
    `${exported.indexed} posts indexed for search (${exportSeconds}s)`,
    pruned ? `${pruned} unused cache entries pruned` : '',
  ]
    .filter(Boolean)
    .join('; '),
);
