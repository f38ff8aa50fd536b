import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_OUT, FIXTURE_SITE_URL, htmlFiles, page, readOut } from '../build-fixture';
import { FIXTURE_POST_URLS, FIXTURE_POSTS } from '../fixture-posts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const abs = (p: string) => FIXTURE_SITE_URL + p;
const meta = (html: HTMLElement, key: string) =>
  html.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content'));
const canonical = (html: HTMLElement) => html.querySelector('link[rel="canonical"]')?.getAttribute('href');
const jsonLd = (html: HTMLElement) => html.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.innerHTML));
const hidden = ['draft', 'future'];

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(file: string) {
  const bytes = fs.readFileSync(path.join(FIXTURE_OUT, file));
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('every page', () => {
  const pages = htmlFiles().filter((file) => file !== '404.html' && !file.startsWith('_not-found') && !file.startsWith('404'));

  it('are the 29 pages of the fixture site: home, about, search, 6 posts, /blog/ and its 2 more pages, the tags index, 12 tag, category and author pages and 4 second pages of those', () => {
    expect(pages).toHaveLength(29);
  });

  it.each(pages)('%s has a title, description, self canonical, cards and feed links', (file) => {
    const html = page(`/${file}`);
    const urlPath = `/${file.replace(/index\.html$/, '')}`;
    const title = html.querySelector('title')?.text ?? '';
    expect(title === 'Margins' || title.endsWith(' - Margins'), title).toBe(true);
    expect(meta(html, 'description')[0]).toBeTruthy();
    const expectedCanonical = urlPath === '/blog/custom-slug/' ? 'https://example.org/first-published-here/' : abs(encodeURI(decodeURI(urlPath)));
    expect(canonical(html)).toBe(expectedCanonical);
    expect(meta(html, 'og:url')).toEqual([expectedCanonical]);
    for (const key of ['og:title', 'og:description', 'og:site_name', 'og:locale', 'og:type', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt']) {
      expect(meta(html, key), key).toHaveLength(1);
    }
    // A generated card (PNG) or a cover cropped for sharing (JPEG).
    expect(meta(html, 'og:image')[0]).toMatch(/^https:\/\/fixture\.example\/.+\.(png|jpg)$/);
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta(html, key), key).toHaveLength(1);
    const feeds = html.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(feeds).toEqual([
      ['application/rss+xml', abs('/feed.xml')],
      ['application/atom+xml', abs('/atom.xml')],
      ['application/feed+json', abs('/feed.json')],
    ]);
    expect(meta(html, 'robots')).toEqual([]);
  });

  it('has og:type article on posts and website elsewhere, and keywords only from a post’s own tags', () => {
    const articles: string[] = [];
    for (const file of pages) {
      const html = page(`/${file}`);
      const [type] = meta(html, 'og:type');
      expect(['article', 'website'], file).toContain(type);
      if (type === 'article') articles.push(`/${file.replace(/index\.html$/, '')}`);
      else expect(meta(html, 'keywords'), file).toEqual([]);
    }
    expect(articles.sort()).toEqual([...FIXTURE_POST_URLS].sort());
  });

  it('is titled "Page - Site" and the home page by the site name alone', () => {
    expect(page('/').querySelector('title')?.text).toBe('Margins');
    expect(page('/blog/hello-world/').querySelector('title')?.text).toBe('Hello world - Margins');
    expect(page('/blog/page/2/').querySelector('title')?.text).toBe('Blog (page 2) - Margins');
  });

  it('keeps the not-found page out of search engines', () => {
    expect(meta(page('/404.html'), 'robots')[0]).toContain('noindex');
    expect(canonical(page('/404.html'))).toBeUndefined();
  });
});

describe('a post page', () => {
  const html = page('/blog/japanese/');

  it('carries the article fields, one article:tag per tag and keywords from its tags', () => {
    expect(meta(html, 'og:type')).toEqual(['article']);
    expect(meta(html, 'article:published_time')).toEqual(['2025-03-01T00:00:00.000Z']);
    expect(meta(html, 'article:modified_time')).toEqual(['2025-03-01T00:00:00.000Z']);
    expect(meta(html, 'article:author')).toEqual([abs('/blog/author/ada-lovelace/'), abs('/blog/author/grace-hopper/')]);
    expect(meta(html, 'article:section')).toEqual(['Writing']);
    expect(meta(html, 'article:tag')).toEqual(['日本語', 'next.js']);
    expect(meta(html, 'keywords')).toEqual(['日本語,next.js']);
    expect(meta(html, 'description')).toEqual(['こんにちは、世界。Ünïcödé survives.']);
  });

  it('shares with its cover when it has one, cropped to a 1200x630 JPEG, with its size and alt', () => {
    const withCover = page('/blog/long-read/');
    expect(meta(withCover, 'og:image')).toEqual([expect.stringMatching(/^https:\/\/fixture\.example\/_img\/[0-9a-f]{20}-share\.jpg$/)]);
    expect(meta(withCover, 'og:image:alt')).toEqual(['An abstract cover']);
    expect(meta(withCover, 'og:image:width')).toEqual(['1200']);
    expect(meta(withCover, 'og:image:height')).toEqual(['630']);
  });

  it('shares a generated 1200x630 PNG when it has no cover', () => {
    const image = meta(html, 'og:image')[0]!;
    expect(image).toBe(abs('/og/posts/japanese.png'));
    expect(pngSize('og/posts/japanese.png')).toEqual({ width: 1200, height: 630 });
    expect(pngSize('og/site.png')).toEqual({ width: 1200, height: 630 });
    // Every post without a cover has one; the others share their cover.
    for (const slug of ['custom-slug', 'japanese', 'csharp-notes', 'hello-world']) expect(pngSize(`og/posts/${slug}.png`)).toEqual({ width: 1200, height: 630 });
    expect(fs.readdirSync(path.join(FIXTURE_OUT, 'og/posts')).sort()).toEqual(['csharp-notes.png', 'custom-slug.png', 'hello-world.png', 'japanese.png']);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'og/posts/long-read.png'))).toBe(false);
  });

  it('has BlogPosting and BreadcrumbList JSON-LD that agree with the page', () => {
    const [posting, breadcrumbs] = jsonLd(html);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: '日本語のノート 🎌',
      description: 'こんにちは、世界。Ünïcödé survives.',
      image: abs('/og/posts/japanese.png'),
      datePublished: '2025-03-01T00:00:00.000Z',
      dateModified: '2025-03-01T00:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'Margins' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical(html) },
      keywords: ['日本語', 'next.js'],
      wordCount: 4,
    });
    expect(posting.author).toEqual([
      { '@type': 'Person', name: 'Ada Lovelace', url: abs('/blog/author/ada-lovelace/'), jobTitle: 'Analyst', image: abs('/images/authors/zoe-martin.png'), sameAs: ['https://ada.example.org', 'https://github.com/ada'] },
      { '@type': 'Person', name: 'Grace Hopper', url: abs('/blog/author/grace-hopper/'), jobTitle: 'Rear admiral' },
    ]);
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((item: { name: string; item: string }) => [item.name, item.item])).toEqual([
      ['Home', abs('/')],
      ['Blog', abs('/blog/')],
      ['日本語のノート 🎌', abs('/blog/japanese/')],
    ]);
  });

  it('keeps a hostile excerpt inside its JSON-LD and meta tags', () => {
    const hostile = page('/blog/hello-world/');
    const raw = readOut('blog/hello-world/index.html');
    const scripts = raw.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(script.slice(0, -'</script>'.length)).not.toMatch(/<\/script|<!--/i);
    const excerpt = 'A first post </script><script>alert(1)</script> <!-- with "quotes" & ampersands';
    expect(jsonLd(hostile)[0].description).toBe(excerpt);
    expect(meta(hostile, 'description')).toEqual([excerpt]);
    expect(raw).not.toContain('<script>alert(1)</script>');
  });
});

describe('other structured data', () => {
  it('has ProfilePage with a Person on author pages', () => {
    const [profile] = jsonLd(page('/blog/author/ada-lovelace/'));
    expect(profile).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Ada Lovelace', url: abs('/blog/author/ada-lovelace/') } });
  });

  it('has Blog with its newest posts on the index', () => {
    const [blog] = jsonLd(page('/blog/'));
    expect(blog['@type']).toBe('Blog');
    expect(blog.blogPost.map((p: { url: string }) => p.url)).toEqual([abs('/blog/long-read/'), 'https://example.org/first-published-here/']);
  });
});

describe('sitemap and robots', () => {
  const sitemap = xml.parse(readOut('sitemap.xml')).urlset.url as Array<{ loc: string; lastmod?: string }>;
  const locs = sitemap.map((u) => u.loc);

  it('lists every published post, list, tag, category and author page with absolute canonical URLs', () => {
    // Every post but custom-slug, whose canonical URL is elsewhere.
    const posts = locs.filter((loc) => FIXTURE_POST_URLS.some((url) => loc === abs(url)));
    expect(posts).toEqual(['/blog/long-read/', '/blog/japanese/', '/blog/csharp-notes/', '/blog/cpp-notes/', '/blog/hello-world/'].map(abs));
    for (const url of ['/', '/blog/', '/blog/page/2/', '/blog/page/3/', '/blog/tags/', '/blog/tag/next-js/', '/blog/tag/next-js/page/2/', '/blog/category/engineering/', '/blog/author/ada-lovelace/']) {
      expect(locs).toContain(abs(url));
    }
    expect(locs).toContain(abs('/blog/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E/'));
    expect(new Set(locs).size).toBe(locs.length);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'sitemaps'))).toBe(false);
  });

  it('gives posts their last change as lastmod, and tag pages none', () => {
    const byLoc = new Map(sitemap.map((u) => [u.loc, u.lastmod]));
    expect(byLoc.get(abs('/blog/hello-world/'))).toBe('2025-01-10T00:00:00.000Z');
    expect(byLoc.get(abs('/blog/tag/next-js/'))).toBeUndefined();
    expect(byLoc.get(abs('/blog/page/2/'))).toBeUndefined();
    expect(byLoc.get(abs('/'))).toBe('2025-04-20T00:00:00.000Z');
  });

  it('points robots.txt at the sitemap', () => {
    expect(readOut('robots.txt')).toContain(`Sitemap: ${abs('/sitemap.xml')}`);
  });
});

describe('feeds', () => {
  const rss = xml.parse(readOut('feed.xml')).rss.channel;
  const atom = xml.parse(readOut('atom.xml')).feed;
  const json = JSON.parse(readOut('feed.json'));
  const items = [...rss.item];

  it('carry every published post, newest first, in RSS, Atom and JSON Feed', () => {
    const urls = FIXTURE_POST_URLS.map(abs);
    expect(urls).toHaveLength(6);
    expect(items.map((item: { link: string }) => item.link)).toEqual(urls);
    expect(atom.entry.map((entry: { id: string }) => entry.id)).toEqual(urls);
    expect(json.items.map((item: { url: string }) => item.url)).toEqual(urls);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  });

  it('agree with the posts’ files on titles and dates', () => {
    let checked = 0;
    for (const [index, post] of FIXTURE_POSTS.entries()) {
      expect(items[index].title).toBe(post.title);
      expect(new Date(items[index].pubDate).toISOString()).toBe(post.date);
      expect(json.items[index].date_published).toBe(post.date);
      checked += 1;
    }
    expect(checked).toBe(6);
    const japanese = items.find((item: { link: string }) => item.link === abs('/blog/japanese/'));
    expect(japanese.title).toBe('日本語のノート 🎌');
    expect(new Date(japanese.pubDate).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    const jsonItem = json.items.find((item: { url: string }) => item.url === abs('/blog/custom-slug/'));
    expect(jsonItem.date_published).toBe('2025-03-15T00:00:00.000Z');
    expect(jsonItem.date_modified).toBe('2025-04-20T00:00:00.000Z');
    const coauthored = json.items.find((item: { url: string }) => item.url === abs('/blog/japanese/'));
    expect(coauthored.authors.map((a: { name: string }) => a.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(atom.entry.find((e: { id: string }) => e.id === abs('/blog/japanese/')).author.map((a: { name: string }) => a.name)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ]);
  });

  it('carry full HTML with absolute links and images', () => {
    const cpp = json.items.find((item: { url: string }) => item.url === abs('/blog/cpp-notes/'));
    // One variant of the body image, its own width (1000 pixels) being under 1200.
    expect(cpp.content_html).toMatch(/<img src="https:\/\/fixture\.example\/_img\/[0-9a-f]{20}-1000\.png" alt="A diagram"/);
    expect(cpp.content_html).not.toMatch(/(href|src)="\//);
    const long = json.items.find((item: { url: string }) => item.url === abs('/blog/long-read/'));
    expect(long.content_html).toContain(`href="${abs('/blog/long-read/')}#part-one"`);
  });

  it('keep non-ASCII text and emoji intact', () => {
    expect(readOut('feed.xml')).toContain('日本語のノート 🎌');
    expect(readOut('atom.xml')).toContain('こんにちは、世界。');
  });

  it('has a feed per tag', () => {
    const tagItems = [xml.parse(readOut('blog/tag/c-sharp/feed.xml')).rss.channel.item].flat();
    expect(tagItems.map((item: { link: string }) => item.link)).toEqual([abs('/blog/csharp-notes/')]);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog/tag/日本語/feed.xml'))).toBe(true);
  });

  it('leave out drafts and future posts, as does every other output', () => {
    const outputs = ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', ...htmlFiles()].map(readOut).join('\n');
    for (const slug of hidden) expect(outputs).not.toContain(`/blog/${slug}/`);
    expect(outputs).not.toContain('Not ready yet');
    expect(outputs).not.toContain('From the future');
  });
});
