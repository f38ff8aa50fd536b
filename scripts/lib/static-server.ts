// Serves a built site (out/) the way a static host does: /path/ -> /path/index.html, /path -> 308 to /path/
// when it is a folder, unknown paths -> 404.html with status 404, text gzipped for clients that accept it. A
// site built under a base path (SITE_URL=https://user.github.io/my-blog) is served under it, as GitHub Pages
// serves a project site: out/ at /my-blog/, and nothing outside it. Used by `npm run preview`, the browser
// tests, Lighthouse and the screenshots.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'node-html-parser';
import { basePathOf } from '../../lib/site';
import { siteTarget } from './site-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types every static host compresses; images, fonts and the search index's own files are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

/** What to answer to one request: a file with its status, a same-host redirect, or a bad request. */
export type Resolution =
  | { status: 200 | 404; file: string }
  | { status: 308; location: string }
  | { status: 400 };

/**
 * How a static host answers the raw request target `requestTarget` (`/blog?x=1`) from the folder `root`, served
 * at `basePath` (`/my-blog`, or `''` for the root of the host): site-files.ts decides where it leads.
 */
export function resolveRequest(root: string, requestTarget: string, basePath = ''): Resolution {
  const target = siteTarget(root, requestTarget, basePath);
  switch (target.kind) {
    case 'file':
      return { status: 200, file: target.file };
    case 'folder':
      return { status: 308, location: target.location };
    case 'malformed':
      return { status: 400 };
    case 'missing':
    case 'outside-base':
      return { status: 404, file: path.join(path.resolve(root), '404.html') };
  }
}

/**
 * The base path a built site was built for (`''`, or `/my-blog` for SITE_URL=https://user.github.io/my-blog),
 * as its home page's canonical URL says, so that the tools serving out/ need not be told.
 */
export function builtBasePath(root: string): string {
  const home = path.join(root, 'index.html');
  const canonical = fs.existsSync(home) ? parse(fs.readFileSync(home, 'utf8')).querySelector('link[rel="canonical"]')?.getAttribute('href') : undefined;
  return canonical ? basePathOf(canonical) : '';
}

/**
 * Starts a static server for `root`, under `basePath` (see {@link resolveRequest}); resolves with the server and
 * the URL of the site, without a trailing slash: `http://127.0.0.1:4000`, or `http://127.0.0.1:4000/my-blog`.
 */
export function serve(root: string, { port = 0, host = '127.0.0.1', basePath = '' } = {}): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((request, response) => {
    let resolution: Resolution;
    try {
      resolution = resolveRequest(root, request.url ?? '/', basePath);
    } catch (error) {
      // An unreadable file or folder is the server's problem, not a reason to stop serving.
      console.error(error);
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error');
      return;
    }
    if (resolution.status === 400) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (resolution.status === 308) {
      response.writeHead(308, { Location: resolution.location }).end();
      return;
    }
    const type = TYPES[path.extname(resolution.file).toLowerCase()] ?? 'application/octet-stream';
    // As hosts do, so that Lighthouse weighs pages as readers download them.
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(resolution.status, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const file = fs.createReadStream(resolution.file).on('error', () => response.end());
    if (gzip) file.pipe(zlib.createGzip()).pipe(response);
    else file.pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${boundPort}${basePath}` });
    });
  });
}
