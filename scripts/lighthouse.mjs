#!/usr/bin/env node
// Lighthouse scores of the built site (npm run build first), served locally and measured with Debian's
// Chromium: home, a post, a tag page and /search/, with the mobile and desktop presets. Writes
// lighthouse/report.json and lighthouse/report.md and prints the table. Nothing leaves this machine.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from './browser.mjs';
import { serve } from './serve.mjs';

const outDir = process.env.OUT_DIR ?? 'out';
const firstEntry = (dir, skip = []) => fs.readdirSync(path.join(outDir, dir)).find((name) => !skip.includes(name) && fs.existsSync(path.join(outDir, dir, name, 'index.html')));
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', `/blog/${process.env.LIGHTHOUSE_POST ?? firstEntry('blog', ['page', 'tag', 'tags', 'category', 'author'])}/`, `/blog/tag/${firstEntry('blog/tag')}/`, '/search/'];

const { server, url } = await serve(outDir);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
try {
  for (const preset of ['mobile', 'desktop']) {
    for (const page of pages) {
      const result = await lighthouse(url + encodeURI(page), { port: chrome.port, output: 'json', logLevel: 'error' }, preset === 'desktop' ? desktopConfig : undefined);
      const { categories, audits } = result.lhr;
      rows.push({
        preset,
        page,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        seo: Math.round(categories.seo.score * 100),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        totalKB: Math.round(audits['total-byte-weight'].numericValue / 1024),
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
  ...rows.map((r) => `| ${r.preset} | ${decodeURI(r.page)} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.totalKB} |`),
].join('\n');
fs.mkdirSync('lighthouse', { recursive: true });
fs.writeFileSync('lighthouse/report.json', `${JSON.stringify(rows, null, 2)}\n`);
fs.writeFileSync('lighthouse/report.md', `# Lighthouse (${new Date().toISOString().slice(0, 10)})\n\n${table}\n`);
console.log(table);
