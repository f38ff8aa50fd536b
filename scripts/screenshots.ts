// Screenshots of the built site as readers see it: home, a post, a tag page and an author page, at phone
// (390 px) and desktop (1280 px) widths, in light and dark. Writes PNGs to screenshots/ (not committed).
// Usage: npm run build && npm run screenshots [-- /blog/some-post/ ...]
import fs from 'node:fs';
import path from 'node:path';
import { outDir as siteOutDir } from '../lib/build-contract';
import { ARCHIVE_SEGMENTS } from '../lib/site/paths';
import { launchChromium } from './browser';
import { builtBasePath, serve } from './lib/static-server';

const outDir = siteOutDir();
const target = path.resolve('screenshots');
const pages = process.argv.slice(2);
if (pages.length === 0) {
  // A post with a table of contents and code, a tag and an author of the sample site.
  const firstPost = fs
    .readdirSync(path.join(outDir, 'blog')).find((name) => fs.existsSync(path.join(outDir, 'blog', name, 'index.html')) && !ARCHIVE_SEGMENTS.includes(name));
  const firstTag = fs.readdirSync(path.join(outDir, 'blog', 'tag'))[0];
  const firstAuthor = fs.readdirSync(path.join(outDir, 'blog', 'author'))[0];
  pages.push('/', `/blog/${process.env.SCREENSHOT_POST ?? firstPost}/`, `/blog/tag/${firstTag}/`, `/blog/author/${firstAuthor}/`);
}

fs.mkdirSync(target, { recursive: true });
// A site built under a sub-path is served under it; `url` is then the site's address there.
const { server, url } = await serve(outDir, { basePath: builtBasePath(outDir) });
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const pagePath of pages) {
        await page.goto(url + encodeURI(pagePath), { waitUntil: 'networkidle' });
        const name = (pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home') + `-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(target, name), fullPage: true });
        console.log(`screenshots/${name}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
