import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveRequest, serve } from '@/scripts/lib/static-server';

// A tiny built site in a temporary folder, with a file next to it (outside the served root) that no
// request may ever reach.
let parent: string;
let root: string;
let server: http.Server;
let port: number;

beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-serve-'));
  root = path.join(parent, 'site');
  fs.mkdirSync(path.join(root, 'blog', 'tag', 'タグ'), { recursive: true });
  fs.writeFileSync(path.join(parent, 'secret.txt'), 'SECRET OUTSIDE THE ROOT');
  fs.writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  fs.writeFileSync(path.join(root, '404.html'), '<p>not found</p>');
  fs.writeFileSync(path.join(root, 'blog', 'index.html'), '<p>blog index</p>');
  fs.writeFileSync(path.join(root, 'style.css'), 'body{}');
  // A broken file the server cannot read: it must answer 500 and keep serving.
  fs.symlinkSync('loop', path.join(root, 'loop'));
  const served = await serve(root);
  server = served.server;
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  port = address.port;
});

afterAll(() => {
  server.close();
  fs.rmSync(parent, { recursive: true, force: true });
});

/** Sends `rawPath` exactly as written (Node does not normalize `path`) and collects the answer. */
function get(
  rawPath: string,
  method = 'GET',
): Promise<{ status: number; location?: string; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          type: response.headers['content-type'],
          body,
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the preview server', () => {
  it('serves a folder index with its bytes and type', async () => {
    expect(await get('/blog/')).toEqual({
      status: 200,
      location: undefined,
      type: 'text/html; charset=utf-8',
      body: '<p>blog index</p>',
    });
    expect(await get('/style.css')).toEqual({
      status: 200,
      location: undefined,
      type: 'text/css; charset=utf-8',
      body: 'body{}',
    });
  });

  it('gzips text for a client that accepts it, as hosts do, and leaves images alone', async () => {
    fs.writeFileSync(path.join(root, 'pixel.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const fetchRaw = (rawPath: string) =>
      new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, path: rawPath, headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers.vary, body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
        request.end();
      });
    const page = await fetchRaw('/blog/');
    expect([page.encoding, page.vary]).toEqual(['gzip', 'Accept-Encoding']);
    expect(gunzipSync(page.body).toString('utf8')).toBe('<p>blog index</p>');
    const image = await fetchRaw('/pixel.png');
    expect(image.encoding).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('answers HEAD without a body', async () => {
    expect(await get('/blog/', 'HEAD')).toEqual({
      status: 200,
      location: undefined,
      type: 'text/html; charset=utf-8',
      body: '',
    });
  });

  it('redirects a folder without its trailing slash', async () => {
    expect(await get('/blog')).toEqual({ status: 308, location: '/blog/', type: undefined, body: '' });
  });

  it('answers an unknown path with 404.html', async () => {
    expect(await get('/nothing-here/')).toEqual({
      status: 404,
      location: undefined,
      type: 'text/html; charset=utf-8',
      body: '<p>not found</p>',
    });
  });

  it('answers a null byte with 400 and keeps serving', async () => {
    expect((await get('/%00')).status).toBe(400);
    expect((await get('/blog/')).body).toBe('<p>blog index</p>');
  });

  it('answers a path through a file with 404 and keeps serving', async () => {
    expect((await get('/index.html/x')).status).toBe(404);
    expect((await get('/blog/')).body).toBe('<p>blog index</p>');
  });

  it('answers an unreadable file with 500, logs why and keeps serving', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await get('/loop')).toEqual({
      status: 500,
      location: undefined,
      type: 'text/plain; charset=utf-8',
      body: 'Server error',
    });
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ code: 'ELOOP' }));
    logged.mockRestore();
    expect((await get('/blog/')).body).toBe('<p>blog index</p>');
  });

  it.each(['/%01', '/blog%7F', '/%E0%A4%A', '/%ZZ', '/%C0%AF'])(
    'answers the malformed %s with 400',
    async (rawPath) => {
      expect((await get(rawPath)).status).toBe(400);
    },
  );

  it.each([
    '/..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..\\..\\x',
    '/..%2Fsecret.txt',
    '/%2E%2E/secret.txt',
    '/..%5Csecret.txt',
    '/blog/..%2F..%2Fsecret.txt',
  ])('refuses the traversal %s with 400', async (rawPath) => {
    expect(await get(rawPath)).toEqual({
      status: 400,
      location: undefined,
      type: 'text/plain; charset=utf-8',
      body: 'Bad request',
    });
  });

  it.each([
    '/%2F%2Fevil.example%2F..%2Fblog',
    '/%2F%2Fevil.example/',
    '/%5Cevil.example',
    '/%5C%5Cevil.example%2F..%2Fblog',
    '//evil.example/..%2Fblog',
  ])('never redirects %s to another host', async (rawPath) => {
    const { location } = await get(rawPath);
    expect(location?.startsWith('//')).not.toBe(true);
    expect(location?.startsWith('/\\')).not.toBe(true);
  });

  it('redirects doubled slashes to the single-slash folder on the same host', async () => {
    expect((await get('//blog')).location).toBe('/blog/');
    expect((await get('/%2F%2Fblog')).location).toBe('/blog/');
  });
});

describe('resolveRequest', () => {
  it('maps a folder to its index.html and a file to itself, ignoring the query', () => {
    expect(resolveRequest(root, '/')).toEqual({ status: 200, file: `${root}/index.html` });
    expect(resolveRequest(root, '/blog/?page=2')).toEqual({ status: 200, file: `${root}/blog/index.html` });
    expect(resolveRequest(root, '/style.css')).toEqual({ status: 200, file: `${root}/style.css` });
    expect(resolveRequest(root, '/blog%2Findex.html')).toEqual({
      status: 200,
      file: `${root}/blog/index.html`,
    });
  });

  it('redirects a folder without its trailing slash to the clean path on the same host', () => {
    expect(resolveRequest(root, '/blog')).toEqual({ status: 308, location: '/blog/' });
    expect(resolveRequest(root, '/blog?page=2')).toEqual({ status: 308, location: '/blog/' });
    expect(resolveRequest(root, '///blog')).toEqual({ status: 308, location: '/blog/' });
    expect(resolveRequest(root, '/%2F%2Fblog')).toEqual({ status: 308, location: '/blog/' });
    expect(resolveRequest(root, '/blog/tag/%E3%82%BF%E3%82%B0')).toEqual({
      status: 308,
      location: '/blog/tag/%E3%82%BF%E3%82%B0/',
    });
  });

  it('answers what is not there with 404.html', () => {
    expect(resolveRequest(root, '/missing')).toEqual({ status: 404, file: `${root}/404.html` });
    expect(resolveRequest(root, '/index.html/x')).toEqual({ status: 404, file: `${root}/404.html` });
    expect(resolveRequest(root, `/${'a'.repeat(300)}`)).toEqual({ status: 404, file: `${root}/404.html` });
  });

  it.each([
    '/%00',
    '/blog%00/',
    '/%0A',
    '/%ZZ',
    '/%E0%A4%A',
    '/..',
    '/./blog/',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/blog/%2E%2E/%2E%2E/secret.txt',
    '/..\\secret.txt',
    '/%5C%5Cevil.example',
    '/%2F%2Fevil.example%2F..%2Fblog',
    'blog',
    'http://evil.example/blog',
  ])('refuses the malformed %s', (requestTarget) => {
    expect(resolveRequest(root, requestTarget)).toEqual({ status: 400 });
  });
});
