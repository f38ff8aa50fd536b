// The fixture site built for a sub-path (SITE_URL=https://fixture.example/my-blog, a GitHub Pages project site):
// out/ keeps its layout, and every URL in it that points into the site carries /my-blog/.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '@/lib/posts/files';
import { findBrokenLinks } from '@/scripts/lib/check-links';
import { buildSubPathSite, SUB_PATH_OUT } from '../build-fixture';

const read = (file: string) => fs.readFileSync(path.join(SUB_PATH_OUT, file), 'utf8');
const html = (file: string) => parse(read(file));

beforeAll(buildSubPathSite, 300_000);

/** The attributes of HTML elements that hold URLs, and those that hold lists of them. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'cite', 'longdesc'];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

/** Every URL an HTML document names in its attributes, a meta refresh included. */
function htmlUrls(document: string): string[] {
  const urls: string[] = [];
  for (const element of parse(document).querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (URL_ATTRIBUTES.includes(attribute)) urls.push(value);
      if (SRCSET_ATTRIBUTES.includes(attribute)) urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
      if (attribute === 'content' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') urls.push(value.replace(/^\d+;\s*url=/i, ''));
    }
  }
  return urls;
}

/** A URL that points into the site without the base path: root-relative outside /my-blog/, or absolute on the host outside it. */
const outsideBasePath = (url: string) =>
  (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/my-blog/')) || (/^https?:\/\/fixture\.example(\/|$)/.test(url) && !url.startsWith('https://fixture.example/my-blog/'));

describe('the fixture site built under /my-blog/', () => {
  it('keeps the layout of out/: the host maps /my-blog/ to its root', () => {
    expect(fs.existsSync(path.join(SUB_PATH_OUT, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(SUB_PATH_OUT, 'blog', 'hello-world', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(SUB_PATH_OUT, '2020', '01', 'hello', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(SUB_PATH_OUT, 'my-blog'))).toBe(false);
  });

  it('names no URL of the site outside /my-blog/ in any page: links, assets, images, scripts, forms, redirects', () => {
    const files = listFiles(SUB_PATH_OUT).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(25);
    const outside = files.flatMap((file) => htmlUrls(read(file)).filter(outsideBasePath).map((url) => `${file}: ${url}`));
    expect(outside).toEqual([]);
    // The scanner sees what it must: Next's assets, variants, enhancements, the search form, the redirect.
    const home = htmlUrls(read('index.html'));
    for (const prefix of ['/my-blog/_next/static/', '/my-blog/icon.svg', '/my-blog/icons/', '/my-blog/blog/hello-world/', '/my-blog/scripts/theme.js', '/my-blog/search/', '/my-blog/feed.xml', 'https://fixture.example/my-blog/']) {
      expect(home.some((url) => url.startsWith(prefix)), prefix).toBe(true);
    }
    expect(htmlUrls(read('2020/01/hello/index.html'))).toEqual(['https://fixture.example/my-blog/blog/hello-world/', '/my-blog/blog/hello-world/', '/my-blog/blog/hello-world/']);
  });

  it('names no URL of the site outside /my-blog/ in any other file: feeds, sitemaps, JSON-LD, styles, scripts', () => {
    const textFiles = listFiles(SUB_PATH_OUT).filter((file) => /\.(xml|json|txt|css|js|html)$/.test(file) && !file.startsWith('pagefind/'));
    const found = textFiles.flatMap((file) => {
      const text = read(file);
      // Absolute URLs on the site's host anywhere, and root-relative URLs in attributes, even escaped in feeds.
      const absolute = [...text.matchAll(/https?:\/\/fixture\.example[^\s"'<>&\\)]*/g)].map((match) => match[0]);
      const relative = [...text.matchAll(/(?:href|src|srcset|action)=(?:"|'|&quot;|\\")(\/[^"'&\\\s]*)/g)].map((match) => match[1]!);
      return [...absolute, ...relative].filter(outsideBasePath).map((url) => `${file}: ${url}`);
    });
    expect(found).toEqual([]);
    expect(read('sitemap.xml')).toContain('<loc>https://fixture.example/my-blog/blog/hello-world/</loc>');
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.filter((loc) => !loc.startsWith('https://fixture.example/my-blog/'))).toEqual([]);
  });

  it('puts the base path before the links and images authors wrote from the root, in pages and feeds', () => {
    const post = html('blog/hello-world/index.html');
    const body = post.querySelector('[data-pagefind-body] .prose')!;
    expect(body.querySelector('a[href*="long-read"]')?.getAttribute('href')).toBe('/my-blog/blog/long-read/#part-two');
    expect(body.querySelector('img')?.getAttribute('src')).toMatch(/^\/my-blog\/_img\/[0-9a-f]{20}-\d+\.png$/);
    expect(html('about/index.html').querySelector('main a[href*="hello-world"]')?.getAttribute('href')).toBe('/my-blog/blog/hello-world/');
    const item = (JSON.parse(read('feed.json')) as { items: Array<{ url: string; content_html: string }> }).items.find((entry) => entry.url.endsWith('/hello-world/'))!;
    expect(item.url).toBe('https://fixture.example/my-blog/blog/hello-world/');
    expect(item.content_html).toContain('href="https://fixture.example/my-blog/blog/long-read/#part-two"');
    expect(item.content_html).toMatch(/src="https:\/\/fixture\.example\/my-blog\/_img\/[0-9a-f]{20}-\d+\.png"/);
  });

  it('describes each page at its address under /my-blog/: canonical, OpenGraph, JSON-LD', () => {
    const post = html('blog/hello-world/index.html');
    expect(post.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://fixture.example/my-blog/blog/hello-world/');
    expect(post.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://fixture.example/my-blog/blog/hello-world/');
    expect(post.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://fixture.example/my-blog/og/posts/hello-world.png');
    const jsonLd = post.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
    expect(jsonLd.find((data) => data['@type'] === 'BlogPosting')?.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': 'https://fixture.example/my-blog/blog/hello-world/' });
  });

  it('writes _redirects and _headers for the request paths under /my-blog/', () => {
    expect(read('_redirects')).toBe('/my-blog/2020/01/hello/ /my-blog/blog/hello-world/ 301\n');
    const patterns = read('_headers').split('\n').filter((line) => line && !line.startsWith(' '));
    expect(patterns.slice(0, 4)).toEqual(['/my-blog/', '/my-blog/2020/*', '/my-blog/404/*', '/my-blog/404.html']);
    expect(patterns).toContain('/my-blog/_next/static/*');
    expect(patterns.filter((pattern) => !pattern.startsWith('/my-blog/'))).toEqual([]);
  });

  it('indexes the posts for search by their site paths, which Pagefind puts under the folder it is served from', () => {
    const fragments = listFiles(path.join(SUB_PATH_OUT, 'pagefind', 'fragment'));
    const urls = fragments.map((file) => {
      const text = gunzipSync(fs.readFileSync(path.join(SUB_PATH_OUT, 'pagefind', 'fragment', file))).toString('utf8');
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
    });
    expect(urls.sort()).toEqual(['/blog/cpp-notes/', '/blog/csharp-notes/', '/blog/custom-slug/', '/blog/hello-world/', '/blog/japanese/', '/blog/long-read/']);
    // Results carry the base path in the browser (tests/e2e/sub-path.test.ts): Pagefind's default baseUrl is the
    // folder its bundle is served from.
  });

  it('has no broken link or fragment when served under /my-blog/', () => {
    expect(findBrokenLinks(SUB_PATH_OUT, { basePath: '/my-blog' })).toEqual([]);
  });
});
