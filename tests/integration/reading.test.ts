import { describe, expect, it } from 'vitest';
import { page, readOut } from '../build-fixture';
import { loadFixture } from '../helpers';

const content = loadFixture('valid');

describe('what search indexes', () => {
  it('is the body of each post and nothing around it; the title comes from the h1', () => {
    for (const post of content.posts) {
      const html = page(post.url);
      const indexed = html.querySelectorAll('[data-pagefind-body]');
      expect(indexed, post.url).toHaveLength(1);
      expect(indexed[0]!.querySelector('.prose'), post.url).not.toBeNull();
      // Sections of the page (share, series, related, comments) are labelled by their heading; a table's
      // scrolling region in the body is labelled by aria-label and stays.
      for (const chrome of ['nav', 'time', 'section[aria-labelledby]', 'h1', '[rel="author"]', 'ul[aria-label="Tags"]']) {
        expect(indexed[0]!.querySelector(chrome), `${post.url} ${chrome}`).toBeNull();
      }
      expect(html.querySelector('h1')?.getAttribute('data-pagefind-meta')).toBe('title');
    }
  });

  it('leaves out the heading anchors’ #', () => {
    const anchors = page('/blog/long-read/').querySelectorAll('[data-pagefind-body] a.heading-anchor');
    expect(anchors).toHaveLength(26);
    for (const anchor of anchors) expect(anchor.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});

describe('post cards', () => {
  it('show the cover small and lazy when there is one, WebP first, sized so nothing shifts; no image otherwise', () => {
    const [withCover, withoutCover] = page('/blog/').querySelectorAll('main ol > li > article');
    expect(withCover!.querySelector('h2')?.text).toBe('A long read');
    const image = withCover!.querySelector('img')!;
    expect(image.getAttribute('alt')).toBe('');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{20}-480\.png$/);
    expect(image.getAttribute('srcset')).toMatch(/^\/_img\/[0-9a-f]{20}-480\.webp 480w, \/_img\/[0-9a-f]{20}-720\.webp 720w, \/_img\/[0-9a-f]{20}-800\.webp 800w, \/_img\/[0-9a-f]{20}-1200\.webp 1200w$/);
    expect(image.getAttribute('sizes')).toBe('(min-width: 640px) 192px, 96px');
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['1200', '630']);
    expect(withoutCover!.querySelector('h2')?.text).toBe('A post with its own slug');
    expect(withoutCover!.querySelector('img')).toBeNull();
  });

  it('give related posts their cover, excerpt, reading time and tags', () => {
    const cards = page('/blog/hello-world/').querySelectorAll('section[aria-labelledby="related-heading"] article');
    expect(cards.map((card) => card.querySelector('h3')?.text)).toEqual(['A post with its own slug', 'A long read', '日本語のノート 🎌']);
    expect(cards.map((card) => card.querySelector('p')?.text.replace(/\s+/g, ' '))).toEqual([
      'March 15, 2025 · 1 min read',
      'April 1, 2025 · 6 min read',
      'March 1, 2025 · 1 min read',
    ]);
    expect(cards.map((card) => card.querySelectorAll('p')[1]?.text)).toEqual([
      'Published first somewhere else.',
      'lorem ipsum dolor sit amet consectetur adipiscing elit lorem ipsum dolor sit amet consectetur adipiscing elit lorem ipsum dolor sit amet consectetur adipiscing…',
      'こんにちは、世界。Ünïcödé survives.',
    ]);
    expect(cards.map((card) => card.querySelectorAll('ul[aria-label="Tags"] a').map((a) => a.text))).toEqual([['#Static Sites'], ['#next.js', '#Rare Tag'], ['#日本語', '#next.js']]);
    expect(cards.map((card) => card.querySelector('img') !== null)).toEqual([false, true, false]);
  });
});

describe('the footer', () => {
  const footer = page('/').querySelectorAll('footer').at(-1)!;
  const hrefs = (selector: string) => footer.querySelectorAll(`${selector} a`).map((a) => a.getAttribute('href'));

  it('links the site’s pages, its feeds and its profiles with their marks, then the copyright line', () => {
    expect(hrefs('nav[aria-label="Footer"]')).toEqual(['/blog/', '/blog/tags/', '/about/']);
    expect(hrefs('ul[aria-label="Feeds"]')).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
    expect(footer.querySelectorAll('ul[aria-label="Feeds"] a').map((a) => a.text)).toEqual(['RSS', 'Atom', 'JSON Feed']);
    const profiles = footer.querySelectorAll('ul[aria-label="Margins elsewhere"] a');
    expect(profiles.map((a) => [a.text, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Mastodon', 'https://mastodon.example/@margins', 'me noopener'],
      ['Bluesky', 'https://bsky.app/profile/margins.example', 'me noopener'],
    ]);
    expect(profiles.map((a) => a.querySelector('svg use')?.getAttribute('href')?.replace(/^.*#/, ''))).toEqual(['mastodon', 'bluesky']);
    expect(footer.querySelectorAll('p').at(-1)?.text).toBe(`© ${new Date().getFullYear()} Margins`);
  });
});

describe('icons', () => {
  const post = page('/blog/hello-world/');
  const hrefs = post.querySelectorAll('svg use').map((use) => use.getAttribute('href') ?? '');

  it('are drawn from the one sprite, each from a symbol it has, with no script in it', () => {
    const files = [...new Set(hrefs.map((href) => href.replace(/#.*$/, '')))];
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\/icons\/[0-9a-f]{12}\.svg$/);
    const sprite = readOut(files[0]!.slice(1));
    const symbols = [...sprite.matchAll(/<symbol id="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs.map((href) => href.replace(/^.*#/, '')).filter((id) => !symbols.includes(id))).toEqual([]);
    expect(sprite).not.toMatch(/<script|\son[a-z]+=/i);
  });

  it('are the post page’s, in order, and none is drawn inline', () => {
    // Header, byline, share links, author card, next post, footer.
    expect(hrefs.map((href) => href.replace(/^.*#/, ''))).toEqual([
      'search', 'sun', 'moon', 'monitor',
      'user-round', 'calendar-days', 'clock',
      'share-2', 'x', 'briefcase-business', 'facebook', 'ycombinator', 'reddit', 'mail', 'link', 'check',
      'globe', 'github',
      'arrow-right',
      'rss', 'rss', 'rss', 'mastodon', 'bluesky',
    ]);
    expect(post.querySelectorAll('svg path, svg circle, svg rect, svg line')).toEqual([]);
  });
});
