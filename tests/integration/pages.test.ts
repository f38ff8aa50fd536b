import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fileForUrl, FIXTURE_OUT, htmlFiles, page } from '../build-fixture';
import { findBrokenLinks } from '@/scripts/lib/check-links';
import { FIXTURE_AUTHOR_URLS, FIXTURE_CATEGORY_URLS, FIXTURE_POST_URLS, FIXTURE_POSTS, FIXTURE_TAG_URLS } from '../fixture-posts';

const hrefs = (root: HTMLElement, selector = 'a') => root.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');

describe('routes', () => {
  it.each([
    '/',
    '/blog/',
    '/blog/page/2/',
    '/blog/page/3/',
    '/blog/tags/',
    '/blog/tag/next-js/',
    '/blog/tag/next-js/page/2/',
    '/blog/category/engineering/',
    '/blog/category/engineering/page/2/',
    '/blog/author/ada-lovelace/',
    '/blog/author/grace-hopper/page/2/',
    ...FIXTURE_POST_URLS,
  ])('%s exists with one h1 and the landmarks', (url) => {
    const html = page(url);
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    for (const landmark of ['header', 'nav', 'main#main', 'footer']) expect(html.querySelector(landmark), landmark).not.toBeNull();
  });

  it('has a page per tag, category and author, and none left over from placeholders', () => {
    const urls = [...FIXTURE_TAG_URLS, ...FIXTURE_CATEGORY_URLS, ...FIXTURE_AUTHOR_URLS];
    expect(urls).toHaveLength(12);
    for (const url of urls) expect(fileForUrl(url), url).toBeDefined();
    expect(htmlFiles().filter((file) => file.includes('placeholder'))).toEqual([]);
  });

  it('has a real not-found page that is not indexed', () => {
    const html = page('/404.html');
    expect(html.querySelector('h1')?.text).toBe('Page not found');
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  it('starts every page with a skip link to the main content and ends it with the build year', () => {
    for (const url of ['/', '/blog/hello-world/', '/404.html']) {
      const html = page(url);
      const first = html.querySelector('body a');
      expect(first?.getAttribute('href')).toBe('#main');
      expect(first?.text).toBe('Skip to content');
      expect(html.querySelectorAll('footer').at(-1)?.text).toContain(`© ${new Date().getFullYear()}`);
    }
  });
});

describe('the post page', () => {
  const post = page('/blog/long-read/');
  const body = post.querySelector('main')!;
  const positionOf = (selector: string) => {
    const element = body.querySelector(selector);
    expect(element, selector).not.toBeNull();
    return body.toString().indexOf(element!.toString());
  };

  it('lays out the anatomy of the design, in order', () => {
    const order = [
      'nav[aria-label="Breadcrumb"]',
      'ul[aria-label="Categories"]',
      'h1',
      'time',
      'section[aria-labelledby="share-heading"]',
      'img[alt="An abstract cover"]',
      'nav[aria-labelledby="toc-heading"]',
      '.prose',
      'ul[aria-label="Tags"]',
      'section[aria-label="About Grace Hopper"]',
      'nav[aria-label="Previous and next posts"]',
      'section[aria-labelledby="related-heading"]',
    ];
    const positions = order.map(positionOf);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has breadcrumbs Home / Blog / title', () => {
    const crumbs = post.querySelectorAll('nav[aria-label="Breadcrumb"] li').map((li) => li.text.replace('/', '').trim());
    expect(crumbs).toEqual(['Home', 'Blog', 'A long read']);
    expect(hrefs(post, 'nav[aria-label="Breadcrumb"] a')).toEqual(['/', '/blog/']);
  });

  it('shows author link, machine-readable date, reading time and the updated date', () => {
    const meta = post.querySelector('main header')!;
    expect(hrefs(meta, 'a[rel="author"]')).toEqual(['/blog/author/grace-hopper/']);
    expect(meta.querySelector('time')?.getAttribute('datetime')).toBe('2025-04-01T00:00:00.000Z');
    expect(meta.text).toContain('6 min read');
    const updated = page('/blog/custom-slug/').querySelector('main header')!;
    expect(updated.text).toContain('Updated');
    expect(updated.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual([
      '2025-03-15T00:00:00.000Z',
      '2025-04-20T00:00:00.000Z',
    ]);
  });

  it('gives the cover its size, so it cannot shift the layout, and its variants', () => {
    const cover = post.querySelector('img[alt="An abstract cover"]')!;
    expect(cover.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{20}-1200\.png$/);
    expect(cover.parentNode!.tagName).toBe('PICTURE');
    expect(Number(cover.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(cover.getAttribute('height'))).toBeGreaterThan(0);
  });

  it('lists the h2/h3 headings in a table of contents only when there are at least three', () => {
    const toc = post.querySelector('nav[aria-labelledby="toc-heading"]')!;
    expect(hrefs(toc, 'a')).toEqual([
      '#part-one', '#part-two', '#part-three', '#part-four', '#part-five', '#part-six', '#part-seven', '#part-eight', '#part-nine', '#part-ten', '#part-eleven', '#part-twelve', '#part-thirteen', '#part-fourteen', '#part-fifteen', '#part-sixteen', '#part-seventeen', '#part-eighteen', '#part-nineteen', '#part-twenty', '#part-twenty-one', '#part-twenty-two', '#part-twenty-three', '#part-twenty-four', '#part-twenty-five', '#part-twenty-six',
    ]);
    // One list for every width: folded in a <details> (closed) on narrow screens, a column from 1280 px.
    expect(toc.querySelectorAll('details:not([open]) > ol')).toHaveLength(1);
    expect(toc.querySelector('summary')?.text).toBe('On this page· 26 sections');
    expect(page('/blog/hello-world/').querySelector('nav[aria-labelledby="toc-heading"]')).toBeNull();
  });

  it('links tags as #Tag, and previous/next posts in date order', () => {
    expect(post.querySelectorAll('article footer ul[aria-label="Tags"] a').map((a) => a.text)).toEqual(['#next.js', '#Rare Tag']);
    expect(hrefs(post, 'nav[aria-label="Previous and next posts"] a')).toEqual(['/blog/custom-slug/']);
    const middle = page('/blog/japanese/');
    expect(hrefs(middle, 'nav[aria-label="Previous and next posts"] a')).toEqual(['/blog/csharp-notes/', '/blog/custom-slug/']);
  });

  it('shows up to three related posts', () => {
    expect(hrefs(page('/blog/hello-world/'), 'section[aria-labelledby="related-heading"] h3 a')).toEqual([
      '/blog/custom-slug/',
      '/blog/long-read/',
      '/blog/japanese/',
    ]);
  });

  it('shows every author of a post with their card', () => {
    const japanese = page('/blog/japanese/');
    expect(hrefs(japanese, 'main header a[rel="author"]')).toEqual(['/blog/author/ada-lovelace/', '/blog/author/grace-hopper/']);
    expect(japanese.querySelectorAll('section[aria-label^="About "]')).toHaveLength(2);
    const ada = japanese.querySelector('section[aria-label="About Ada Lovelace"]')!;
    expect(ada.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(hrefs(ada, 'ul a')).toEqual(['https://ada.example.org', 'https://github.com/ada']);
  });
});

describe('share links', () => {
  it('carry the canonical URL and the title, exactly URL-encoded', () => {
    const html = page('/blog/japanese/');
    const url = 'https%3A%2F%2Ffixture.example%2Fblog%2Fjapanese%2F';
    const title = '%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E3%83%8E%E3%83%BC%E3%83%88%20%F0%9F%8E%8C';
    expect(hrefs(html, 'a[data-share]')).toEqual([
      `https://x.com/intent/post?url=${url}&text=${title}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
      `https://news.ycombinator.com/submitlink?u=${url}&t=${title}`,
      `https://www.reddit.com/submit?url=${url}&title=${title}`,
      `mailto:?subject=${title}&body=${url}`,
    ]);
  });

  it('use the canonical URL of a post first published elsewhere', () => {
    expect(hrefs(page('/blog/custom-slug/'), 'a[data-share]')).toEqual([
      'https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Ffirst-published-here%2F&text=A%20post%20with%20its%20own%20slug',
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Ffirst-published-here%2F',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Ffirst-published-here%2F',
      'https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fexample.org%2Ffirst-published-here%2F&t=A%20post%20with%20its%20own%20slug',
      'https://www.reddit.com/submit?url=https%3A%2F%2Fexample.org%2Ffirst-published-here%2F&title=A%20post%20with%20its%20own%20slug',
      'mailto:?subject=A%20post%20with%20its%20own%20slug&body=https%3A%2F%2Fexample.org%2Ffirst-published-here%2F',
    ]);
  });

  it('open in a new tab without giving it the opener', () => {
    const links = page('/blog/hello-world/').querySelectorAll('a[data-share]');
    // X, LinkedIn, Facebook, Hacker News, Reddit and email.
    expect(links).toHaveLength(6);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.text.trim()).not.toBe('');
    }
  });
});

describe('tags', () => {
  it('keeps C++, C# and a Japanese tag on distinct, reachable pages', () => {
    const pages = { 'c-plus-plus': 'Notes on C++', 'c-sharp': 'Notes on C#', '日本語': '日本語のノート 🎌' };
    for (const [slug, title] of Object.entries(pages)) {
      const html = page(`/blog/tag/${slug}/`);
      expect(html.querySelectorAll('main article h2').map((h) => h.text)).toEqual([title]);
    }
    expect(hrefs(page('/blog/japanese/'), 'ul[aria-label="Tags"] a')).toContain('/blog/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E/');
  });

  it('sends every spelling of a tag to one page, named by its most common spelling', () => {
    expect(hrefs(page('/blog/hello-world/'), 'ul[aria-label="Tags"] a')).toContain('/blog/tag/next-js/');
    expect(hrefs(page('/blog/long-read/'), 'ul[aria-label="Tags"] a')).toContain('/blog/tag/next-js/');
    const first = page('/blog/tag/next-js/');
    const second = page('/blog/tag/next-js/page/2/');
    expect(first.querySelector('h1')?.text).toBe('#next.js');
    const listed = [...first.querySelectorAll('main article h2 a'), ...second.querySelectorAll('main article h2 a')];
    expect(listed.map((a) => a.getAttribute('href'))).toEqual(['/blog/long-read/', '/blog/japanese/', '/blog/hello-world/']);
  });

  it('lists every tag with its count on the tags page', () => {
    const tags = page('/blog/tags/').querySelectorAll('ul[aria-label="All tags"] a');
    expect(tags.map((a) => a.getAttribute('href'))).toEqual(FIXTURE_TAG_URLS);
    expect(tags[0]?.text.replace(/\s+/g, ' ').trim()).toBe('next.js 3 posts');
  });
});

describe('pagination', () => {
  const nav = (url: string) => {
    const pagination = page(url).querySelector('nav[aria-label="Pagination"]');
    return {
      prev: pagination?.querySelector('a[rel="prev"]')?.getAttribute('href'),
      next: pagination?.querySelector('a[rel="next"]')?.getAttribute('href'),
      label: pagination?.querySelector('p')?.text,
    };
  };

  it('links the first page only forward, the middle both ways and the last only back', () => {
    expect(nav('/blog/')).toEqual({ prev: undefined, next: '/blog/page/2/', label: 'Page 1 of 3' });
    expect(nav('/blog/page/2/')).toEqual({ prev: '/blog/', next: '/blog/page/3/', label: 'Page 2 of 3' });
    expect(nav('/blog/page/3/')).toEqual({ prev: '/blog/page/2/', next: undefined, label: 'Page 3 of 3' });
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog', 'page', '1'))).toBe(false);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'blog', 'page', '4'))).toBe(false);
  });

  it('paginates tags, categories and authors the same way, and shows no pagination on one page', () => {
    expect(nav('/blog/author/grace-hopper/')).toEqual({ prev: undefined, next: '/blog/author/grace-hopper/page/2/', label: 'Page 1 of 2' });
    expect(nav('/blog/category/engineering/page/2/')).toEqual({ prev: '/blog/category/engineering/', next: undefined, label: 'Page 2 of 2' });
    expect(page('/blog/tag/c-sharp/').querySelector('nav[aria-label="Pagination"]')).toBeNull();
  });

  it('shows every post exactly once across the pages of the blog, newest first', () => {
    const listed = ['/blog/', '/blog/page/2/', '/blog/page/3/'].flatMap((url) => hrefs(page(url), 'main article h2 a'));
    expect(listed).toEqual(FIXTURE_POST_URLS);
  });

  it('shows each post’s date, reading time and excerpt on its card and its page, as its file says', () => {
    const cards = ['/blog/', '/blog/page/2/', '/blog/page/3/'].flatMap((url) => page(url).querySelectorAll('main article'));
    expect(cards).toHaveLength(6);
    let checked = 0;
    for (const [index, post] of FIXTURE_POSTS.entries()) {
      const card = cards[index]!;
      expect(card.querySelector('time')?.getAttribute('datetime'), post.url).toBe(post.date);
      expect(card.text, post.url).toContain(`${post.minutes} min read`);
      expect(card.querySelectorAll('p').map((p) => p.text), post.url).toContain(post.excerpt);
      const header = page(post.url).querySelector('main header')!;
      expect(header.querySelector('time')?.getAttribute('datetime'), post.url).toBe(post.date);
      expect(header.text, post.url).toContain(`${post.minutes} min read`);
      checked += 1;
    }
    expect(checked).toBe(6);
  });
});

describe('links', () => {
  it('every internal href, src and srcset resolves to a file, and every #fragment to an id', () => {
    expect(findBrokenLinks(FIXTURE_OUT)).toEqual([]);
  });

  it('every image has a width and height', () => {
    const missing = htmlFiles().flatMap((file) =>
      page(`/${file}`)
        .querySelectorAll('main img')
        .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
        .map((img) => `${file}: ${img.getAttribute('src')}`),
    );
    expect(missing).toEqual([]);
  });
});
