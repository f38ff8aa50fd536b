import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '@/scripts/lib/check-links';
import { resolveRequest } from '@/scripts/lib/static-server';
import { followedTarget, servedFile, siteTarget } from '@/scripts/lib/site-files';

// One resolver serves the preview server and the link checker; these are the cases where the two used to
// disagree, each checked through both.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-site-files-'));
const files: Record<string, string> = {
  'index.html': '<a href="/blog">no slash</a><a href="/index.html/x">under a file</a><a href="/a%ZZ">bad escape</a>',
  '404.html': 'not found',
  'blog/index.html': `<a href="/${'a'.repeat(300)}">too long</a><a href="/empty">folder without index</a>`,
  'empty/.keep': '',
  'style.css': 'body{}',
};
for (const [file, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('siteTarget', () => {
  it('maps folders with their slash to index.html, files to themselves, and says what is not a file', () => {
    expect(siteTarget(root, '/')).toEqual({ kind: 'file', file: `${root}/index.html` });
    expect(siteTarget(root, '/blog/#top')).toEqual({ kind: 'file', file: `${root}/blog/index.html` });
    expect(siteTarget(root, '/blog')).toEqual({ kind: 'folder', location: '/blog/' });
    expect(siteTarget(root, '/empty/')).toEqual({ kind: 'missing' });
    expect(siteTarget(root, '/index.html/x')).toEqual({ kind: 'missing' });
    expect(siteTarget(root, `/${'a'.repeat(300)}`)).toEqual({ kind: 'missing' });
    expect(siteTarget(root, '/a%ZZ')).toEqual({ kind: 'malformed' });
    expect(siteTarget(root, '/blog/%2e%2e/%2e%2e/secret')).toEqual({ kind: 'malformed' });
  });

  it('serves a site built under a base path under it and nowhere else', () => {
    expect(siteTarget(root, '/my-blog/style.css', '/my-blog')).toEqual({ kind: 'file', file: `${root}/style.css` });
    expect(siteTarget(root, '/my-blog', '/my-blog')).toEqual({ kind: 'folder', location: '/my-blog/' });
    expect(siteTarget(root, '/style.css', '/my-blog')).toEqual({ kind: 'outside-base' });
    expect(siteTarget(root, '/my-blogger/', '/my-blog')).toEqual({ kind: 'outside-base' });
  });
});

describe('a folder without its trailing slash', () => {
  it('is a redirect for the server and, followed, the folder page for a reader', () => {
    expect(resolveRequest(root, '/blog')).toEqual({ status: 308, location: '/blog/' });
    expect(followedTarget(root, '/blog')).toEqual({ kind: 'file', file: `${root}/blog/index.html` });
    expect(servedFile(root, '/blog')).toBe(`${root}/blog/index.html`);
    expect(servedFile(root, '/my-blog', '/my-blog')).toBe(`${root}/index.html`);
    expect(servedFile(root, '/empty')).toBeUndefined();
  });
});

describe('the link checker', () => {
  // It used to stat the path itself: `/index.html/x` (ENOTDIR) and an over-long name (ENAMETOOLONG) threw
  // instead of being reported, and a bad escape was called a missing file.
  it('reports what the server would not serve, and accepts a folder link without its slash', () => {
    expect(findBrokenLinks(root)).toEqual([
      `blog/index.html: /${'a'.repeat(300)} (no such file)`,
      'blog/index.html: /empty (no such file)',
      'index.html: /index.html/x (no such file)',
      'index.html: /a%ZZ (not a valid URL path)',
    ]);
  });
});
