// Lighthouse scores of the built site (npm run build first), served locally and measured with Debian's
// Chromium: home, a post, a tag page and /search/, with the mobile and desktop presets. Writes
// lighthouse/report.json and lighthouse/report.md and prints the table. Nothing leaves this machine.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from './browser';
import { builtBasePath, serve } from './lib/static-server';
import { ARCHIVE_SEGMENTS } from '../lib/paths';

const outDir = process.env.OUT_DIR ?? 'out';
const firstEntry = (dir: string, skip: string[] = []) => fs.readdirSync(path.join(outDir, dir)).find((name) => !skip.includes(name) && fs.existsSync(path.join(outDir, dir, name, 'index.html')));
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', `/blog/${process.env.LIGHTHOUSE_POST ?? firstEntry('blog', [...ARCHIVE_SEGMENTS])}/`, `/blog/tag/${firstEntry('blog/tag')}/`, '/search/'];

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
      });
      console.error(`lighthouse: ${preset} ${page} done`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const table = [
  '| preset | page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS | total (KB) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.preset} | ${decodeURI(String(r.page))} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.totalKB} |`),
].join('\n');
fs.mkdirSync('lighthouse', { recursive: true });
fs.writeFileSync('lighthouse/report.json', `${JSON.stringify(rows, null, 2)}\n`);
fs.writeFileSync('lighthouse/report.md', `# Lighthouse (${new Date().toISOString().slice(0, 10)})\n\n${table}\n`);
console.log(table);
