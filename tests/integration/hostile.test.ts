// The hostile fixture site: markup in every text field, raw HTML in a first paragraph, control characters,
// `&` and `<` in tags, emoji excerpts and id-collision bait, an SVG with every kind of script in its public/
// folder and an alias spelt with index.html, built with the real `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '@/lib/posts/files';
import { buildSite } from '../build-fixture';
import { fixture, ROOT } from '../helpers';
import { activeMarkup, wellFormednessProblems } from '../output-checks';

const OUT = path.join(ROOT, 'tests', '.output', 'hostile');
const read = (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8');
const HOSTILE_TITLE = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)>';

// Images of its own: an SVG with script, a cover that is a text file named .jpg.
beforeAll(() => buildSite(fixture('sites', 'hostile'), OUT, { PUBLIC_DIR: fixture('sites', 'hostile', 'public') }), 300_000);

describe('a site built from hostile content', () => {
  it('writes only well-formed XML', () => {
    const xmlFiles = listFiles(OUT).filter((file) => file.endsWith('.xml'));
    expect(xmlFiles).toEqual(expect.arrayContaining(['atom.xml', 'blog/tag/r-and-d/feed.xml', 'feed.xml', 'sitemap.xml']));
    for (const file of xmlFiles) expect(wellFormednessProblems(read(file)), file).toEqual([]);
  });

  it.each(['feed.xml', 'atom.xml'])('has a %s that a feed reader reads whole, every entry with its title, date, author, tags and content', (file) => {
    const feed = parseFeed(read(file));
    expect(feed.items.map((item) => item.title)).toEqual([HOSTILE_TITLE, 'Raw HTML first', 'Emoji 🚀', 'A cover that is not an image', 'A cover from an image CDN']);
    for (const item of feed.items) {
      expect(item.published, item.title ?? '').toBeInstanceOf(Date);
      expect(item.authors.map((author) => author.name).join(), item.title ?? '').toContain('Mallory');
      expect(item.content, item.title ?? '').toBeTruthy();
      expect(activeMarkup(item.content ?? ''), item.title ?? '').toEqual([]);
    }
    expect(feed.items[0]!.categories.map((category) => category.label ?? category.term)).toEqual(['R&D', 'a<b', 'Quotes "here"']);
  });

  it('carries no script or event handler in any HTML field of the JSON feed', () => {
    const items: Array<{ content_html: string; summary: string }> = JSON.parse(read('feed.json')).items;
    expect(items.map((item) => activeMarkup(item.content_html))).toEqual([[], [], [], [], []]);
    expect(items.map((item) => item.summary)).toEqual([
      'An excerpt with </script><script>alert(2)</script> markup & ampersands',
      'Para x text and a link.',
      'lift off lift off lift off lift off lift off lift off lift off lift off lift off lift off lift off lift off lift off lift off lift off 👨‍👩‍👧‍👦 🚀 🇯🇵 👨‍👩‍👧‍👦 🚀 🇯🇵 👨‍👩‍👧‍👦 🚀 🇯🇵 👨‍👩‍👧‍👦 🚀 🇯🇵 👨‍👩‍👧‍👦…',
      'The cover is a text file named like a photo: the page shows no cover and shares its drawn card.',
      "The cover's URL has no extension and cannot be downloaded here: it stays the cover and the shared image.",
    ]);
  });

  it('runs nothing on any page but JSON-LD and its own enhancements, and repeats no id', () => {
    for (const file of listFiles(OUT).filter((name) => name.endsWith('.html'))) {
      const html = parse(read(file));
      const scripts = html.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json' && !script.hasAttribute('data-enhancement'));
      expect(scripts.map((script) => script.toString()), file).toEqual([]);
      for (const jsonLd of html.querySelectorAll('script[type="application/ld+json"]')) expect(() => JSON.parse(jsonLd.text), file).not.toThrow();
      expect(html.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes).filter((name) => /^on/i.test(name))), file).toEqual([]);
      const ids = html.querySelectorAll('[id]').map((element) => element.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), file).toEqual([]);
    }
  });

  it('gives emoji-only headings numbered ids and keeps the post apart from the bio', () => {
    const ids = parse(read('blog/markup/index.html')).querySelectorAll('[id]').map((element) => element.id);
    expect(ids).toEqual(expect.arrayContaining(['hello', 'user-content-fn-1', 'user-content-fn-1-1', 'section-1', 'section-2', 'bio.mallory.hello', 'bio.mallory.user-content-fn-1']));
  });

  it('shows no cover it could not read, and shares, preloads and encloses none of it: the drawn card instead', () => {
    const html = read('blog/unreadable-cover/index.html');
    expect(html).not.toContain('notes.jpg');
    const head = parse(html);
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://fixture.example/og/posts/unreadable-cover.png');
    expect(head.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe('https://fixture.example/og/posts/unreadable-cover.png');
    expect(fs.existsSync(path.join(OUT, 'og', 'posts', 'unreadable-cover.png'))).toBe(true);
    const item = parseFeed(read('feed.xml')).items.find((entry) => entry.title === 'A cover that is not an image')!;
    expect(item.media.map((media) => [media.url, media.mimeType])).toEqual([['https://fixture.example/og/posts/unreadable-cover.png', 'image/png']]);
  });

  it('keeps a remote cover without an extension that it could not download as the cover and the shared image', () => {
    const page = parse(read('blog/cdn-cover/index.html'));
    expect(page.querySelector('main img')?.getAttribute('src')).toBe('https://images.example.com/photo-1500?w=1600&q=80');
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://images.example.com/photo-1500?w=1600&q=80');
    expect(fs.existsSync(path.join(OUT, 'og', 'posts', 'cdn-cover.png'))).toBe(false);
    // Its type is unknown: no RSS enclosure rather than a wrong one.
    expect(parseFeed(read('feed.xml')).items.find((entry) => entry.title === 'A cover from an image CDN')!.media).toEqual([]);
  });

  it('describes each page with visible text only, never half an emoji', () => {
    const description = (url: string) => parse(read(`${url}index.html`)).querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description('blog/raw-first-paragraph/')).toBe('Para x text and a link.');
    expect(description('blog/emoji-excerpt/')).toMatch(/👨‍👩‍👧‍👦…$/);
    expect(read('blog/emoji-excerpt/index.html')).not.toContain('\uFFFD');
  });

  it('publishes its SVG with only what draws, under a policy that forbids script', () => {
    expect(read('images/drawing.svg')).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">',
        '  ',
        '  ',
        '  <use/>',
        '  <a><rect width="10" height="10" fill="#0f766e"><set attributeName="fill"/></rect></a>',
        '  <text>&#x26;run;</text>',
        '</svg>',
        '',
      ].join('\n'),
    );
    expect(read('_headers')).toContain("/*.svg\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox\n");
  });

  it('redirects exactly one old address, whatever its spelling', () => {
    expect(read('_redirects')).toBe('/2019/05/raw-html/ /blog/raw-first-paragraph/ 301\n');
    expect(read('2019/05/raw-html/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/blog/raw-first-paragraph/">');
  });
});
