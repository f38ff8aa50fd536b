// A site served under a sub-path (SITE_URL=https://user.github.io/my-blog): the base path is derived once
// (site.config.ts) and put before every URL the browser receives; site paths stay without it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, basePathOf, getSite, loadSiteConfig, setSite, srcsetWithBasePath, withBasePath, withoutBasePath } from '@/lib/site';
import { normalizeSiteUrl } from '@/lib/site/config';
import { renderMarkdown } from '@/lib/posts/markdown/pipeline';
import { writeRedirects } from '@/scripts/lib/redirects';
import { cacheHeaders } from '@/scripts/lib/cache-headers';
import { findBrokenLinks } from '@/scripts/lib/check-links';
import { builtBasePath, resolveRequest } from '@/scripts/lib/static-server';
import { stripClientRuntime } from '@/scripts/lib/strip-runtime';
import { ROOT } from '../helpers';

const SUB_PATH_URL = 'https://user.github.io/my-blog';

/** A temporary folder holding `files` (path -> text). */
function folder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-base-path-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Makes the site config the one a build with SITE_URL on the sub-path reads. */
function underSubPath(): void {
  setSite(loadSiteConfig({ SITE_URL: `${SUB_PATH_URL}/` }));
}

afterEach(() => setSite(undefined));

describe('the site URL and its base path', () => {
  it('keeps the path of a site URL, without its trailing slash', () => {
    expect(normalizeSiteUrl('https://user.github.io/my-blog/')).toEqual({ url: 'https://user.github.io/my-blog' });
    expect(normalizeSiteUrl('https://User.GitHub.io/my-blog')).toEqual({ url: 'https://user.github.io/my-blog' });
    expect(normalizeSiteUrl('https://example.com/a/b.c/')).toEqual({ url: 'https://example.com/a/b.c' });
    expect(normalizeSiteUrl('https://example.com/')).toEqual({ url: 'https://example.com' });
  });

  it('refuses a path that would need encoding, a query, a fragment and credentials, naming what it expects', () => {
    expect(() => loadSiteConfig({ SITE_URL: 'https://example.com/my blog/' })).toThrow(
      'SITE_URL → url: found "https://example.com/my blog/", expected a path of plain names (letters, digits, ".", "_", "~" and "-") such as https://user.github.io/my-blog',
    );
    const plainNames = { expected: 'a path of plain names (letters, digits, ".", "_", "~" and "-") such as https://user.github.io/my-blog' };
    expect(normalizeSiteUrl('https://example.com/blög')).toEqual(plainNames);
    expect(normalizeSiteUrl('https://example.com/.hidden')).toEqual(plainNames);
    const address = { expected: 'the address the site is served from, without a query, fragment or credentials, such as https://blog.example.com' };
    expect(normalizeSiteUrl('https://example.com/blog?x=1')).toEqual(address);
    expect(normalizeSiteUrl('https://example.com/blog#top')).toEqual(address);
    expect(normalizeSiteUrl('https://me:secret@example.com/')).toEqual(address);
  });

  it('derives the base path from the site URL', () => {
    expect(basePathOf('https://blog.example.com')).toBe('');
    expect(basePathOf('https://user.github.io/my-blog')).toBe('/my-blog');
    expect(basePathOf('https://user.github.io/my-blog/')).toBe('/my-blog');
    expect(basePathOf('https://example.com/a/b')).toBe('/a/b');
  });

  it('puts the base path before root-relative paths only', () => {
    expect(withBasePath('/blog/a/', '/my-blog')).toBe('/my-blog/blog/a/');
    expect(withBasePath('/', '/my-blog')).toBe('/my-blog/');
    expect(withBasePath('/feed.xml', '/my-blog')).toBe('/my-blog/feed.xml');
    expect(withBasePath('https://example.com/a/', '/my-blog')).toBe('https://example.com/a/');
    expect(withBasePath('//cdn.example/a.js', '/my-blog')).toBe('//cdn.example/a.js');
    expect(withBasePath('#part', '/my-blog')).toBe('#part');
    expect(withBasePath('../other/', '/my-blog')).toBe('../other/');
    expect(withBasePath('mailto:a@b.c', '/my-blog')).toBe('mailto:a@b.c');
    expect(withBasePath('/blog/a/', '')).toBe('/blog/a/');
  });

  it('takes the base path off URL paths under it, and has no site path for the others', () => {
    expect(withoutBasePath('/my-blog/blog/a/', '/my-blog')).toBe('/blog/a/');
    expect(withoutBasePath('/my-blog/', '/my-blog')).toBe('/');
    expect(withoutBasePath('/my-blog', '/my-blog')).toBe('/');
    expect(withoutBasePath('/my-blogger/', '/my-blog')).toBeUndefined();
    expect(withoutBasePath('/blog/a/', '/my-blog')).toBeUndefined();
    expect(withoutBasePath('/blog/a/', '')).toBe('/blog/a/');
  });

  it('puts the base path before each candidate of a srcset', () => {
    expect(srcsetWithBasePath('/_img/a-480.webp 480w, /_img/a-800.webp 800w', '/my-blog')).toBe('/my-blog/_img/a-480.webp 480w, /my-blog/_img/a-800.webp 800w');
    expect(srcsetWithBasePath('/_img/a-480.webp 480w, https://cdn.example/a.webp 800w', '/my-blog')).toBe('/my-blog/_img/a-480.webp 480w, https://cdn.example/a.webp 800w');
    expect(srcsetWithBasePath('/_img/a-480.webp 480w,/_img/a-800.webp 800w', '')).toBe('/_img/a-480.webp 480w,/_img/a-800.webp 800w');
  });

  it('comes from SITE_URL: absolute URLs keep the path, site paths get it', async () => {
    underSubPath();
    expect(getSite().url).toBe('https://user.github.io/my-blog');
    expect(basePath()).toBe('/my-blog');
    expect(absoluteUrl('/blog/post/')).toBe('https://user.github.io/my-blog/blog/post/');
    expect(absoluteUrl('/')).toBe('https://user.github.io/my-blog/');
    expect(withBasePath('/scripts/search.js')).toBe('/my-blog/scripts/search.js');
  });
});

describe('Markdown under a sub-path', () => {
  const body = [
    '[a post](/blog/hello-world/) [relative](../other/) [section](#part) [absolute](https://user.github.io/my-blog/blog/third/)',
    '[another project](https://user.github.io/other-project/) [elsewhere](https://example.com/x/) [mail](mailto:a@b.c)',
    '',
    '![A diagram](/images/authors/zoe-martin.png)',
    '',
    '<img src="/images/missing.png" alt="raw"> <a href="/about/">about</a> <blockquote cite="/blog/source/">q</blockquote>',
    '',
    '## Part',
  ].join('\n');

  it('puts the base path before the root-relative links and images authors write; the rest stays', async () => {
    underSubPath();
    const rendered = renderMarkdown(body, { publicDir: path.join(ROOT, 'public'), pageUrl: `${SUB_PATH_URL}/blog/post/` });
    const urls = [...rendered.html.matchAll(/ (href|src|cite)="([^"]*)"/g)].map((match) => `${match[1]}=${match[2]}`);
    expect(urls).toEqual([
      'href=/my-blog/blog/hello-world/',
      'href=../other/',
      'href=#part',
      'href=https://user.github.io/my-blog/blog/third/',
      'href=https://user.github.io/other-project/',
      'href=https://example.com/x/',
      'href=mailto:a@b.c',
      'src=/my-blog/images/authors/zoe-martin.png',
      'src=/my-blog/images/missing.png',
      'href=/my-blog/about/',
      'cite=/my-blog/blog/source/',
      'href=#part',
    ]);
  });

  it('makes the same URLs absolute, under the base path, in feed HTML', async () => {
    underSubPath();
    const rendered = renderMarkdown(body, { publicDir: path.join(ROOT, 'public'), pageUrl: `${SUB_PATH_URL}/blog/post/` });
    const urls = [...rendered.feedHtml.matchAll(/ (href|src|cite)="([^"]*)"/g)].map((match) => match[2]);
    expect(urls).toEqual([
      'https://user.github.io/my-blog/blog/hello-world/',
      '../other/',
      'https://user.github.io/my-blog/blog/post/#part',
      'https://user.github.io/my-blog/blog/third/',
      'https://user.github.io/other-project/',
      'https://example.com/x/',
      'mailto:a@b.c',
      'https://user.github.io/my-blog/images/authors/zoe-martin.png',
      'https://user.github.io/my-blog/images/missing.png',
      'https://user.github.io/my-blog/about/',
      'https://user.github.io/my-blog/blog/source/',
      'https://user.github.io/my-blog/blog/post/#part',
    ]);
  });

  it('still checks links and images as site paths: the link check and the image step see what the author wrote', async () => {
    underSubPath();
    const rendered = renderMarkdown(body, { publicDir: path.join(ROOT, 'public'), pageUrl: `${SUB_PATH_URL}/blog/post/` });
    expect(rendered.siteLinks.map((link) => link.href)).toEqual(['/blog/hello-world/', '/blog/other/', '/blog/post/#part', '/blog/third/', '/about/']);
    expect(rendered.localImages).toEqual(['/images/authors/zoe-martin.png', '/images/missing.png']);
    expect(rendered.missingImages.map((image) => image.src)).toEqual(['/images/missing.png']);
  });
});

describe('post-export steps under a sub-path', () => {
  it('writes redirect pages and _redirects rules with the base path on both sides', async () => {
    underSubPath();
    const { loadFixture } = await import('../helpers');
    const outDir = folder({});
    writeRedirects(outDir, loadFixture('other-engines'));
    const page = fs.readFileSync(path.join(outDir, 'posts/planning-the-move/index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://user.github.io/my-blog/blog/hugo-planning/">');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/my-blog/blog/hugo-planning/">');
    expect(page).toContain('<a href="/my-blog/blog/hugo-planning/">Planning the move</a>');
    expect(fs.readFileSync(path.join(outDir, '_redirects'), 'utf8')).toBe(
      '/my-blog/posts/planning-the-move/ /my-blog/blog/hugo-planning/ 301\n/my-blog/2023/03/planning/ /my-blog/blog/hugo-planning/ 301\n',
    );
  });

  it('writes _headers rules for the URL paths under the base path', () => {
    const outDir = folder({ 'index.html': '', 'feed.xml': '', 'blog/index.html': '', '_img/a-800.webp': '', '_next/static/chunks/a.css': '', '_redirects': '' });
    expect(cacheHeaders(outDir, '/my-blog')).toBe(
      [
        '/my-blog/',
        '  Cache-Control: public, max-age=300',
        '/my-blog/_img/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/my-blog/_next/static/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/my-blog/blog/*',
        '  Cache-Control: public, max-age=300',
        '/my-blog/feed.xml',
        '  Cache-Control: public, max-age=300',
        '/my-blog/index.html',
        '  Cache-Control: public, max-age=300',
        '',
      ].join('\n'),
    );
  });

  it("knows Next's runtime under the base path, and reports a script outside it", () => {
    const page = [
      '<html><head><link rel="stylesheet" href="/my-blog/_next/static/chunks/a.css"/></head><body>',
      '<script src="/my-blog/_next/static/chunks/c.js" async=""></script>',
      '<script src="/_next/static/chunks/other.js"></script>',
      '<script src="/my-blog/scripts/search.js" defer="" data-enhancement="search"></script>',
      '</body></html>',
    ].join('');
    const stripped = stripClientRuntime(page, () => true, '/my-blog');
    expect(stripped.unknownScripts).toEqual(['/_next/static/chunks/other.js']);
    expect(stripped.references).toEqual(['/my-blog/_next/static/chunks/a.css', '/my-blog/scripts/search.js']);
  });

  it('checks the links of a built site as served under the base path', () => {
    const root = folder({
      'index.html': '<a href="/my-blog/blog/">blog</a><a href="/blog/">outside</a><img src="/my-blog/_img/a.png" srcset="/my-blog/_img/a.png 1x, /_img/a.png 2x"><a href="blog/">relative</a><a href="/my-blog/blog/#nope">fragment</a>',
      'blog/index.html': '<h1 id="top">Blog</h1><a href="../">home</a><a href="/my-blog/">home</a><a href="/my-blog">home</a>',
      '_img/a.png': '',
    });
    expect(findBrokenLinks(root, { basePath: '/my-blog' })).toEqual([
      'index.html: /blog/ (outside the base path /my-blog)',
      'index.html: /_img/a.png (outside the base path /my-blog)',
      'index.html: /my-blog/blog/#nope (no element with id "nope")',
    ]);
  });
});

describe('the preview server under a sub-path', () => {
  const root = folder({ 'index.html': 'home', '404.html': 'not found', 'blog/index.html': 'blog', 'style.css': 'body{}' });

  it('serves the site under the base path, redirecting folders without their slash', () => {
    expect(resolveRequest(root, '/my-blog/', '/my-blog')).toEqual({ status: 200, file: `${root}/index.html` });
    expect(resolveRequest(root, '/my-blog/blog/?q=1', '/my-blog')).toEqual({ status: 200, file: `${root}/blog/index.html` });
    expect(resolveRequest(root, '/my-blog/style.css', '/my-blog')).toEqual({ status: 200, file: `${root}/style.css` });
    expect(resolveRequest(root, '/my-blog', '/my-blog')).toEqual({ status: 308, location: '/my-blog/' });
    expect(resolveRequest(root, '/my-blog/blog', '/my-blog')).toEqual({ status: 308, location: '/my-blog/blog/' });
  });

  it("finds the base path a site was built for in its home page's canonical URL", () => {
    expect(builtBasePath(folder({ 'index.html': '<head><link rel="canonical" href="https://user.github.io/my-blog/"/></head>' }))).toBe('/my-blog');
    expect(builtBasePath(folder({ 'index.html': '<head><link rel="canonical" href="https://blog.example.com/"/></head>' }))).toBe('');
    expect(builtBasePath(folder({}))).toBe('');
  });

  it('answers 404 outside the base path, as the host of a project site does', () => {
    expect(resolveRequest(root, '/', '/my-blog')).toEqual({ status: 404, file: `${root}/404.html` });
    expect(resolveRequest(root, '/blog/', '/my-blog')).toEqual({ status: 404, file: `${root}/404.html` });
    expect(resolveRequest(root, '/style.css', '/my-blog')).toEqual({ status: 404, file: `${root}/404.html` });
    expect(resolveRequest(root, '/my-blogger/', '/my-blog')).toEqual({ status: 404, file: `${root}/404.html` });
    expect(resolveRequest(root, '/my-blog/../style.css', '/my-blog')).toEqual({ status: 400 });
  });
});
