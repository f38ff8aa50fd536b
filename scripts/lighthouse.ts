// Lighthouse scores of the built site (npm run build first), served locally and measured with Debian's
// Chromium: home, a post, a tag page and /search/, with the mobile and desktop presets. Writes
// lighthouse/report.json and lighthouse/report.md and prints the table. Nothing leaves this machine.
// `npm run lighthouse -- --photo` builds the photo site instead (scripts/lib/photo-site.ts: a post whose cover
// is a 4 MB, 4032x3024 phone photo) into lighthouse/photo-site/ and measures that post.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from './browser';
import { builtBasePath, serve } from './lib/static-server';
import { BUILD_ENV, outDir as siteOutDir } from '../lib/build-contract';
import { ARCHIVE_SEGMENTS } from '../lib/site/paths';
import { PHOTO_POST, writePhotoSite } from './lib/photo-site';

const photo = process.argv.includes('--photo');
const outDir = photo ? await buildPhotoSite(path.join('lighthouse', 'photo-site')) : siteOutDir();
const firstEntry = (dir: string, skip: string[] = []) => fs.readdirSync(path.join(outDir, dir)).find((name) => !skip.includes(name) && fs.existsSync(path.join(outDir, dir, name, 'index.html')));
const named = process.argv.slice(2).filter((arg) => arg !== '--photo');
const pages = photo
  ? [PHOTO_POST]
  : named.length
    ? named
    : ['/', `/blog/${process.env.LIGHTHOUSE_POST ?? firstEntry('blog', [...ARCHIVE_SEGMENTS])}/`, `/blog/tag/${firstEntry('blog/tag')}/`, '/search/'];

/** The bytes of the images a page loaded, from Lighthouse's resource summary. */
function imageBytes(details: unknown): number {
  const items = (details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
  return items.find((item) => item.resourceType === 'image')?.transferSize ?? 0;
}

/** Writes the photo site into `dir` and builds it there from a cold cache, offline; returns its export folder. */
async function buildPhotoSite(dir: string): Promise<string> {
  const { contentDir, publicDir } = await writePhotoSite(dir);
  const siteOut = path.join(dir, 'out');
  console.error(`lighthouse: building the photo site into ${siteOut}`);
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      [BUILD_ENV.contentDir]: contentDir,
      [BUILD_ENV.publicDir]: publicDir,
      [BUILD_ENV.outDir]: siteOut,
      [BUILD_ENV.cacheDir]: path.join(dir, 'cache'),
      [BUILD_ENV.offline]: '1',
    },
  });
  return siteOut;
}

// A site built under a sub-path is served under it; `url` is then the site's address there.
const { server, url } = await serve(outDir, { basePath: builtBasePath(outDir) });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Array<Record<string, string | number>> = [];
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const page of pages) {
      const result = await lighthouse(url + encodeURI(page), { port: chrome.port, output: 'json', logLevel: 'error' }, preset === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { categories, audits } = result.lhr;
      const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
      const value = (name: string) => audits[name]?.numericValue ?? Number.NaN;
      rows.push({
        preset,
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(value('largest-contentful-paint')),
        tbtMs: Math.round(value('total-blocking-time')),
        cls: Number(value('cumulative-layout-shift').toFixed(3)),
        totalKB: Math.round(value('total-byte-weight') / 1024),
        imagesKB: Math.round(imageBytes(audits['resource-summary']?.details) / 1024),
      });
      console.error(`lighthouse: ${preset} ${page} done`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const table = [
  '| preset | page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS | total (KB) | images (KB) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.preset} | ${decodeURI(String(r.page))} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.totalKB} | ${r.imagesKB} |`),
].join('\n');
fs.mkdirSync('lighthouse', { recursive: true });
fs.writeFileSync('lighthouse/report.json', `${JSON.stringify(rows, null, 2)}\n`);
fs.writeFileSync('lighthouse/report.md', `# Lighthouse (${new Date().toISOString().slice(0, 10)})\n\n${table}\n`);
console.log(table);
