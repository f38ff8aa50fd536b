import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ENHANCEMENT_ATTRIBUTE } from '../../lib/build-contract';

type Node = DefaultTreeAdapterMap['node'];

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
  /** Scripts the page loads that are not the site's enhancements (must be none). */
  foreignScripts: string[];
}

/** Measures a built page: its HTML, the stylesheets it links and the scripts it loads (inline ones too). */
export function measurePage(outDir: string, page: string, gzip: (bytes: Buffer) => number): PageWeight {
  const html = fs.readFileSync(path.join(outDir, decodeURI(page), 'index.html'));
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const foreignScripts: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
      if (node.tagName === 'link' && attrs.rel === 'stylesheet' && attrs.href) stylesheets.push(attrs.href);
      if (node.tagName === 'script' && attrs.type !== 'application/ld+json') {
        if (attrs.src) scripts.push(attrs.src);
        if (!(ENHANCEMENT_ATTRIBUTE in attrs) || !attrs.src?.startsWith('/scripts/')) foreignScripts.push(attrs.src ?? 'an inline script');
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html.toString('utf8')));
  const files = (urls: string[]) => urls.map((url) => fs.readFileSync(path.join(outDir, decodeURI(url.replace(/[?#].*$/, '')))));
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
