// Serves a built site (out/) the way a static host does: /path/ -> /path/index.html, unknown paths ->
// 404.html with status 404. Used by `npm run preview`, the browser tests, Lighthouse and the screenshots.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

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

/** Starts a static server for `root`; resolves with the server and its base URL. */
export function serve(root: string, { port = 0, host = '127.0.0.1' } = {}): Promise<{ server: http.Server; url: string }> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    let file = path.join(base, pathname);
    const inside = path.relative(base, file);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(308, { Location: `${encodeURI(pathname)}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      status = 404;
      file = path.join(base, '404.html');
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(status, { 'Content-Type': type });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(file).on('error', () => response.end()).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${boundPort}` });
    });
  });
}
