import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheHeaders, writeCacheHeaders } from '@/scripts/lib/cache-headers';

/** A small exported site: each path a file. */
function site(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-headers-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  return root;
}

describe('the _headers file', () => {
  const outDir = site([
    'index.html',
    '404.html',
    'feed.xml',
    'sitemap.xml',
    'blog/index.html',
    'blog/a-post/index.html',
    'images/cover.png',
    '_img/0123456789abcdef0123-800.webp',
    '_next/static/chunks/0abc.css',
    '_next/static/media/font.woff2',
    'icons/0123456789ab.svg',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/fragment/en_12ab.pf_fragment',
    'pagefind/index/en_34cd.pf_index',
    '_redirects',
  ]);

  it('caches hashed files for a year as immutable and everything else for five minutes, in rules that never overlap', () => {
    expect(cacheHeaders(outDir)).toBe(
      [
        '/',
        '  Cache-Control: public, max-age=300',
        '/404.html',
        '  Cache-Control: public, max-age=300',
        '/_img/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/_next/static/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/blog/*',
        '  Cache-Control: public, max-age=300',
        '/feed.xml',
        '  Cache-Control: public, max-age=300',
        '/icons/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/images/*',
        '  Cache-Control: public, max-age=300',
        '/index.html',
        '  Cache-Control: public, max-age=300',
        '/pagefind/fragment/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/pagefind/index/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/pagefind/pagefind-entry.json',
        '  Cache-Control: public, max-age=300',
        '/pagefind/pagefind.js',
        '  Cache-Control: public, max-age=300',
        '/sitemap.xml',
        '  Cache-Control: public, max-age=300',
        '/*.svg',
        "  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
        '',
      ].join('\n'),
    );
  });

  it('is written at the top of the site, and leaves itself out when written again', () => {
    writeCacheHeaders(outDir);
    const first = fs.readFileSync(path.join(outDir, '_headers'), 'utf8');
    writeCacheHeaders(outDir);
    expect(fs.readFileSync(path.join(outDir, '_headers'), 'utf8')).toBe(first);
    expect(first).not.toContain('/_headers');
    expect(first).not.toContain('/_redirects');
  });

  it('forbids script to every SVG, in any folder, with one rule after the cache rules', () => {
    const withSvg = site(['index.html', 'icon.svg', 'images/a-post/logo.svg']);
    expect(cacheHeaders(withSvg, '/notes')).toBe(
      [
        '/notes/',
        '  Cache-Control: public, max-age=300',
        '/notes/icon.svg',
        '  Cache-Control: public, max-age=300',
        '/notes/images/*',
        '  Cache-Control: public, max-age=300',
        '/notes/index.html',
        '  Cache-Control: public, max-age=300',
        '/notes/*.svg',
        "  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
        '',
      ].join('\n'),
    );
  });
});
