// npm run build: the whole static build, one program. Its phases, in order:
//   1. take one build time, which decides for every page what is "in the future", and read the site config,
//      which next build gets as it was read here;
//   2. refuse client components (reading pages ship no framework JavaScript);
//   3. start `next build`, which compiles the site meanwhile; its page workers wait for the snapshot;
//   4. load, validate and render all content once, reusing the cache for unchanged files, and check the
//      links between posts and the SVGs of public/ (a problem stops Next and the build here);
//   4b. make the variants of every image the pages show, encoding only what the cache lacks, and point the
//      content at them;
//   4c. decide which pages to render: those whose data changed since the last build (lib/output/page-graph.ts);
//      the others come finished from the page store (scripts/lib/page-store.ts), unless `--clean` is given
//      (every page rendered) or `--verify-store` (every page rendered, and those the store would have given
//      compared with it: a difference fails the build);
//   5. write the content snapshot, the only way Next's workers see content, and wait for Next to render the
//      pages from it into a staging folder;
//   6. finish the export there: every SVG rewritten to keep only what draws, the image variants (copied from
//      the cache: Next empties its export folder first, so nothing can be written there before it is done),
//      placeholders, Next's client runtime (from the pages it rendered), the reused pages, the search index
//      (made from each post's search record: the stored one, or one taken from the page Next rendered); check
//      that it holds exactly the files the page graph lists, and keep the rendered pages and their records in
//      the page store;
//   7. point out/ at the staging folder, only now that every step succeeded and with one atomic rename of a
//      link (scripts/lib/publish.ts): a failed or killed build leaves the previous site whole, and whatever
//      reads out/ meanwhile finds one site or the other;
//   8. prune cache entries this build did not use, and print one summary line.
// A build whose inputs are those of the site it published last keeps that site and stops after step 5.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { BUILD_ENV, cacheDir, cacheEnabled, outDir, previewBuild, publicDir } from '../lib/build-contract';
import { chromeData, pageGraph, siteOutputs, writeRenderList } from '../lib/output/page-graph';
import { makeImageVariants, type ImageStep } from '../lib/output/image-variants/build';
import { pruneUnused } from '../lib/posts/cache';
import { writeSnapshot } from '../lib/posts/snapshot';
import { brokenSiteLinks } from '../lib/output/link-check';
import { ContentError, defaultLoadOptions, formatProblem, formatWarning, isPublished, loadContent } from '../lib/posts';
import { nextScheduled, scheduleMessage } from '../lib/posts/schedule';
import { handOn } from '../lib/site';
import { findClientModules } from './lib/client-guard';
import { writeRedirects } from './lib/redirects';
import { checkSvgs, makeSvgsSafe } from './lib/safe-svgs';
import { finishExport, unknownScriptWarning } from './lib/finish-export';
import { publishFolder, STAGING_FOLDER } from './lib/publish';
import { loadSiteOrExit } from './lib/load-site';
import { codeFingerprint, PageStore } from './lib/page-store';
import { graphMismatch, graphMismatchMessage } from './lib/graph-check';
import { publishedFrom, recordPublished, siteInputs } from './lib/published-site';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

// 1. One build time, one site config. `--preview` is handed to Next's workers as the environment variable hosts
//    set for it. `--clean` renders every page, whatever the page store holds.
const buildTime = new Date();
const started = performance.now();
const site = loadSiteOrExit();
if (process.argv.includes('--preview')) process.env[BUILD_ENV.preview] = '1';
const preview = previewBuild();
// The store keeps pages as the export finishes them; a site that keeps Next's runtime needs its RSC payloads too.
const store = cacheEnabled() && !site.clientRuntime ? new PageStore(path.join(cacheDir(), 'pages')) : undefined;
const clean = process.argv.includes('--clean');
const verify = process.argv.includes('--verify-store');

// 2. No client components, unless the site config keeps Next's client runtime.
const clientModules = site.clientRuntime ? [] : findClientModules(process.cwd());
if (clientModules.length > 0) {
  fail(
    [
      `Margins ships reading pages without framework JavaScript, but ${clientModules.length === 1 ? 'this module declares' : 'these modules declare'} 'use client':`,
      ...clientModules.map((file) => `  ${file}`),
      "A client component needs React in the browser. Make it a server component and add any interactivity as a small script in public/scripts/ (see components/enhancement-script.tsx), or set clientRuntime: true in site.config.ts to keep Next's runtime.",
    ].join('\n'),
  );
}

// 3. Next starts compiling: nothing it compiles depends on the content. A snapshot left by an earlier build is
//    removed first, so its workers wait for this build's (lib/posts/snapshot.ts).
const snapshotDir = path.join(cacheDir(), 'snapshot');
fs.rmSync(snapshotDir, { recursive: true, force: true });
const renderList = path.join(cacheDir(), 'render-list.json');
writeRenderList(renderList, 'all');
const siteDir = outDir();
const staging = path.resolve(STAGING_FOLDER);
// What a killed build left there.
fs.rmSync(staging, { recursive: true, force: true });
const next = spawn(path.join('node_modules', '.bin', 'next'), ['build'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', [BUILD_ENV.snapshot]: snapshotDir, [BUILD_ENV.renderList]: renderList, [BUILD_ENV.outDir]: path.relative(process.cwd(), staging), ...handOn(site) },
});
const nextExit = new Promise<number | null>((resolve) => next.on('exit', (code) => resolve(code)));
const stopNext = (message: string) => {
  next.kill('SIGTERM');
  fail(message);
};

// 4. Load, validate and render the content: every problem is reported here, plainly, once.
let loaded: ReturnType<typeof loadContent> | undefined;
try {
  loaded = loadContent(defaultLoadOptions(buildTime));
} catch (error) {
  if (!(error instanceof ContentError)) {
    next.kill('SIGTERM');
    throw error;
  }
  stopNext(error.message);
}
const { filesRead, filesParsed, warnings, siteLinks, gitNotice, unpublished } = loaded!;
if (gitNotice) console.warn(`note: ${gitNotice}`);
for (const warning of warnings) console.warn(formatWarning(warning));
console.log(scheduleMessage(nextScheduled([...loaded!.content.posts, ...unpublished])));
const brokenLinks = brokenSiteLinks(loaded!.content, siteLinks, defaultLoadOptions().publicDir);
if (brokenLinks.length > 0 && site.brokenLinks === 'error') stopNext(new ContentError(brokenLinks).message);
for (const problem of brokenLinks) console.warn(`warning: ${formatProblem(problem)}`);
// The SVGs of public/, published in step 6 with only what draws: a file named .svg that is none stops the build now.
const publicSvgs = checkSvgs(publicDir());
if (publicSvgs.problems.length > 0) stopNext(new ContentError(publicSvgs.problems).message);
for (const warning of publicSvgs.warnings) console.warn(`warning: ${formatWarning(warning)}`);
const loadSeconds = seconds(started);

// 4b. The image variants.
const imagesStarted = performance.now();
let images: ImageStep | undefined;
try {
  images = await makeImageVariants(loaded!.content, { publicDir: publicDir(), cacheDir: cacheDir(), reuse: cacheEnabled(), ...site.images });
} catch (error) {
  if (!(error instanceof ContentError)) {
    next.kill('SIGTERM');
    throw error;
  }
  stopNext(error.message);
}
const { content } = images!;
for (const warning of images!.warnings) console.warn(`warning: ${formatWarning(warning)}`);
const imageSeconds = seconds(imagesStarted);

// 4c. The pages to render. What every page shows beside its own data (the code, the site config, the menus, the
//     year) is one fingerprint: when it changed, every page is rendered.
const graph = pageGraph(content);
const siteFingerprint = createHash('sha256')
  .update(JSON.stringify({ code: codeFingerprint(process.cwd(), [defaultLoadOptions().contentDir, publicDir(), siteDir, cacheDir()], path.join(publicDir(), 'scripts')), site, chrome: chromeData(content), preview, node: process.version }))
  .digest('hex');
const stored = store && !clean ? store.plan(graph, siteFingerprint) : { render: graph, reuse: [] };
// --verify-store renders every page, and compares those the store would have given with it after the export.
const checked = verify ? stored.reuse : [];
const plan = verify ? { render: graph, reuse: [] } : stored;
writeRenderList(renderList, plan.reuse.length > 0 ? plan.render.map((entry) => entry.key) : 'all');

// 5. The snapshot; Next renders the pages from it. Unless the published site was made from exactly these inputs
//    and is as that build left it: then it is kept, and Next stopped.
const snapshotHash = writeSnapshot(content, snapshotDir);
const inputs = store && siteInputs(siteFingerprint, snapshotHash, publicDir(), siteDir);
if (inputs && !clean && !verify && publishedFrom(cacheDir(), siteDir, inputs)) {
  next.kill('SIGTERM');
  console.log(
    `build: ${path.relative(process.cwd(), siteDir) || '.'} kept in ${seconds(started)}s: nothing it is made from changed since it was built; ${content.posts.length} posts, ${filesRead} Markdown files read, ${filesParsed} of them parsed (${loadSeconds}s); 0 pages rendered, ${graph.length} reused from the page store`,
  );
  process.exit(0);
}
const renderStarted = performance.now();
const nextCode = await nextExit;
if (nextCode !== 0) fail(`next build failed (exit code ${nextCode})`);
const renderSeconds = seconds(renderStarted);

// 6. The final static site, in the staging folder.
const exportStarted = performance.now();
// Originals from another folder than public/, which Next copies itself, so that pages may still link to them.
if (publicDir() !== path.resolve('public')) fs.cpSync(publicDir(), staging, { recursive: true });
// Every SVG a reader can open by its URL keeps only what draws (public/'s were checked and reported in step 4).
const svgProblems = makeSvgsSafe(staging, publicDir()).problems;
if (svgProblems.length > 0) fail(new ContentError(svgProblems).message);
const variantFiles = images!.publish(staging);
// Redirect pages first, so that the cache rules finishExport writes cover their folders too.
try {
  writeRedirects(staging, content);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(error.message);
}
const exported = await finishExport(
  staging,
  content.posts.filter(isPublished).map((post) => post.url),
  store && { restore: (dir) => store.restore(dir, plan.reuse), references: store.references(plan.reuse), records: store.records(plan.reuse) },
);
for (const script of exported.runtime?.unknownScripts ?? []) console.warn(unknownScriptWarning(script));
const disagreement = graphMismatchMessage(graphMismatch(staging, siteOutputs(content), [path.resolve('public'), publicDir()], Boolean(site.clientRuntime)));
if (disagreement) fail(disagreement);
const stale = store?.staleFiles(staging, checked) ?? [];
if (stale.length > 0) fail(`--verify-store: the page store would have published ${stale.length} stale files, which a clean build renders otherwise:\n${stale.map((file) => `  ${file}`).join('\n')}`);
store?.save(staging, siteFingerprint, plan, (file) => exported.runtime?.references.get(file) ?? [], exported.records);
const exportSeconds = seconds(exportStarted);

// 7. Publish: out/ now names this build's folder.
publishFolder(staging, siteDir);
if (inputs) recordPublished(cacheDir(), siteDir, inputs);

// 8. Tidy the cache and report.
const pruned = cacheEnabled() ? pruneUnused(cacheDir(), buildTime) : 0;
console.log(
  [
    `build: ${path.relative(process.cwd(), siteDir) || '.'} ready in ${seconds(started)}s${preview ? ' (a preview: drafts and scheduled posts included, nothing indexed)' : ''}`,
    `${content.posts.length} posts, ${content.authors.length} authors; ${filesRead} Markdown files read, ${filesParsed} of them parsed, the others from the cache (${loadSeconds}s)`,
    `${images!.images} images in ${variantFiles} variant files, ${images!.encoded} of them encoded, the others from the cache (${imageSeconds}s)`,
    `${plan.render.length} pages rendered, ${plan.reuse.length} reused from the page store${clean ? ' (--clean)' : ''}${verify ? ` (--verify-store: ${checked.length} it would have reused are the same)` : ''}; Next done ${renderSeconds}s after the snapshot`,
    exported.runtime ? `client runtime removed from ${exported.runtime.pages} pages` : 'client runtime kept (clientRuntime: true)',
    exported.placeholders ? `${exported.placeholders} placeholder files removed` : '',
    `${exported.indexed} posts indexed for search (${exportSeconds}s)`,
    pruned ? `${pruned} unused cache entries pruned` : '',
  ]
    .filter(Boolean)
    .join('; '),
);
