import fs from 'node:fs';
import { parse } from 'node-html-parser';
import { ENHANCEMENT_ATTRIBUTE, SITE_SCRIPT_ATTRIBUTE } from '../../lib/build-contract';
import { servedFile } from './site-files';

/** Raw and compressed bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one page makes a browser download, images excluded. */
export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
  /**
   * Scripts the page loads that are neither the site's enhancements (files in /scripts/, or inline, marked)
   * nor the site config's third-party scripts, which the owner chose (must be none).
   */
  foreignScripts: string[];
}

/**
 * Measures a built page: its HTML, the stylesheets it links and the scripts it loads (inline ones too). `basePath`
 * is the one the site was built for (scripts/lib/static-server.ts: builtBasePath), before every URL it names.
 */
export function measurePage(outDir: string, page: string, gzip: (bytes: Buffer) => number, basePath = ''): PageWeight {
  // `page` is a site path (`/blog/a/`); the URLs the page names carry the base path.
  const read = (url: string, base: string) => {
    const file = servedFile(outDir, url, base);
    if (!file) throw new Error(`${outDir} serves no file at ${url}${base ? ` (base path ${base})` : ''}`);
    return fs.readFileSync(file);
  };
  const html = read(page, '');
  const document = parse(html.toString('utf8'));
  const stylesheets = document.querySelectorAll('link[rel="stylesheet"][href]').map((link) => link.getAttribute('href')!);
  const scripts: string[] = [];
  const foreignScripts: string[] = [];
  for (const script of document.querySelectorAll('script:not([type="application/ld+json"])')) {
    const src = script.getAttribute('src');
    if (src) scripts.push(src);
    const enhancement = script.hasAttribute(ENHANCEMENT_ATTRIBUTE) && (src === undefined || src.startsWith(`${basePath}/scripts/`));
    if (!enhancement && !script.hasAttribute(SITE_SCRIPT_ATTRIBUTE)) foreignScripts.push(src ?? 'an inline script');
  }
  const files = (urls: string[]) => urls.map((url) => read(url, basePath));
  const sum = (buffers: Buffer[]): Bytes => ({
    raw: buffers.reduce((n, b) => n + b.length, 0),
    gzip: buffers.reduce((n, b) => n + gzip(b), 0),
  });
  const htmlBytes = sum([html]);
  const cssBytes = sum(files(stylesheets));
  const jsBytes = sum(files(scripts.filter((src) => src.startsWith('/'))));
  return {
    page,
    html: htmlBytes,
    css: cssBytes,
    js: jsBytes,
    total: { raw: htmlBytes.raw + cssBytes.raw + jsBytes.raw, gzip: htmlBytes.gzip + cssBytes.gzip + jsBytes.gzip },
    foreignScripts,
  };
}
