// Content from elsewhere, built as a user would: the WordPress and dev.to fixtures imported offline (images stay
// remote), next to the posts and author file of tests/fixtures/sites/other-engines, written for Hugo, Astro and
// the Tailwind Next.js starter blog and copied unchanged. One real build covers them all.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDevto } from '@/lib/authoring/import/devto';
import { importWordPress } from '@/lib/authoring/import/wordpress';
import { buildSite, summaryOf } from '../build-fixture';
import { fixture, ROOT } from '../helpers';
import { tempSite, writeInto } from '../import-helpers';

const OUT = path.join(ROOT, 'tests', '.output', 'imported');
const site = tempSite();

const read = (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8');
const page = (urlPath: string): HTMLElement => parse(read(`${decodeURIComponent(urlPath).replace(/^\//, '')}index.html`));
const meta = (html: HTMLElement, name: string) => html.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

beforeAll(async () => {
  for (const source of ['export.xml', 'rest-embedded.json', 'rest-plain.json']) {
    await writeInto(importWordPress(fixture('import', 'wordpress', source)), site);
  }
  for (const source of ['api.json', 'folder']) {
    await writeInto(importDevto(fixture('import', 'devto', source), { canonicalDevto: false }), site);
  }
  fs.cpSync(fixture('sites', 'other-engines'), site.outDir, { recursive: true });
  buildSite(site.outDir, OUT);
}, 300_000);

describe('imported WordPress and dev.to posts, built', () => {
  it('builds every published post and leaves the drafts out', () => {
    expect(summaryOf(OUT)).toContain('12 posts, 8 authors');
    expect(fs.existsSync(path.join(OUT, 'blog', 'notes-on-a-draft'))).toBe(false);
    expect(fs.existsSync(path.join(OUT, 'blog', 'unfinished'))).toBe(false);
  });

  it.each([
    ['/blog/tables-and-code/', 'Tables & code: a “field” guide', '2021-03-14T09:30:00.000Z'],
    ['/blog/plain-text-lasts/', 'Plain text lasts', '2022-01-05T17:45:00.000Z'],
    ['/blog/were-static-now/', 'We’re static now', '2023-06-01T12:00:00.000Z'],
    ['/blog/deploying-in-one-command/', 'Deploying in one command', '2023-07-04T07:15:00.000Z'],
    ['/blog/images-and-the-web/', 'Images & the web', '2024-02-11T16:20:00.000Z'],
    ['/blog/five-things-i-learned-shipping-a-cli/', 'Five things I learned shipping a CLI', '2023-09-12T07:00:00.000Z'],
    ['/blog/tiny-servers/', 'Tiny servers', '2023-10-02T18:45:00.000Z'],
    ['/blog/liquid-tour/', "A tour of dev.to's Liquid tags", '2022-11-03T09:00:00.000Z'],
  ])('%s: its title, its UTC date and a description', (url, title, date) => {
    const html = page(url);
    expect(html.querySelector('h1')?.text).toBe(title);
    expect(html.querySelector('article header time')?.getAttribute('datetime')).toBe(date);
    expect(meta(html, 'description')?.trim()).toMatch(/\w{3}/);
  });

  it('shows when a post was updated', () => {
    const times = (url: string) => page(url).querySelectorAll('article header time').map((time) => time.getAttribute('datetime'));
    expect(times('/blog/tables-and-code/')).toEqual(['2021-03-14T09:30:00.000Z', '2021-04-02T08:15:00.000Z']);
    expect(times('/blog/five-things-i-learned-shipping-a-cli/')).toEqual(['2023-09-12T07:00:00.000Z', '2023-09-15T10:30:00.000Z']);
  });

  it('tags posts by the names WordPress and dev.to gave', () => {
    const tags = (url: string) => page(url).querySelectorAll('article footer ul[aria-label="Tags"] a').map((link) => [link.text, link.getAttribute('href')]);
    expect(tags('/blog/were-static-now/')).toEqual([
      ['#Static Sites', '/blog/tag/static-sites/'],
      ['#Tips & Tricks', '/blog/tag/tips-and-tricks/'],
    ]);
    expect(tags('/blog/images-and-the-web/')).toEqual([
      ['#core web vitals', '/blog/tag/core-web-vitals/'],
      ['#images', '/blog/tag/images/'],
    ]);
    expect(page('/blog/tag/static-sites/').querySelector('h1')?.text).toBe('#Static Sites');
  });

  it('renders tables as tables', () => {
    expect(page('/blog/tables-and-code/').querySelectorAll('article table')).toHaveLength(1);
    expect(page('/blog/images-and-the-web/').querySelector('article table th')?.text).toBe('Format');
  });

  it('leaves no Liquid tag as text outside code', () => {
    const article = page('/blog/liquid-tour/').querySelector('article')!;
    for (const code of article.querySelectorAll('pre')) code.remove();
    expect(article.text).not.toContain('{%');
    expect(article.querySelector('a[href="https://codepen.io/sam-example/pen/abcDEF"]')?.text).toBe('CodePen by sam-example');
  });

  it('redirects the old addresses to the posts', () => {
    const moved = page('/2021/03/tables-and-code/');
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/blog/tables-and-code/');
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://fixture.example/blog/tables-and-code/');
    expect(meta(moved, 'robots')).toBe('noindex');
    expect(moved.querySelector('a')?.getAttribute('href')).toBe('/blog/tables-and-code/');
    expect(read('_redirects').split('\n').sort()).toEqual([
      '',
      '/2021/03/tables-and-code/ /blog/tables-and-code/ 301',
      '/2022/01/plain-text-lasts/ /blog/plain-text-lasts/ 301',
      '/2023/03/planning/ /blog/hugo-planning/ 301',
      '/2023/06/01/were-static-now/ /blog/were-static-now/ 301',
      '/2023/07/04/deploying-in-one-command/ /blog/deploying-in-one-command/ 301',
      '/2024/02/11/images-and-the-web/ /blog/images-and-the-web/ 301',
      '/posts/planning-the-move/ /blog/hugo-planning/ 301',
    ]);
    // The redirect pages are written before the cache rules, so their folders get one.
    expect(read('_headers')).toContain('/2021/*\n  Cache-Control: public, max-age=300\n');
    expect(read('_headers')).toContain('/posts/*\n  Cache-Control: public, max-age=300\n');
  });

  it('shows a dev.to series', () => {
    const series = page('/blog/five-things-i-learned-shipping-a-cli/').querySelector('nav[aria-label="Series: Shipping tools"]');
    expect(series?.querySelector('p')?.text).toBe('Part 1 of 1 in the series Shipping tools');
  });
});

describe('posts and authors written for Hugo, Astro and the Tailwind Next.js starter, built unchanged', () => {
  it('builds their pages, with dates, excerpts and covers read from their own fields', () => {
    const astro = page('/blog/astro-markdown-style-guide/');
    expect(astro.querySelectorAll('article header time').map((time) => time.getAttribute('datetime'))).toEqual(['2022-07-01T00:00:00.000Z', '2022-07-10T00:00:00.000Z']);
    expect(meta(astro, 'description')).toBe('Here is a sample of some basic Markdown syntax that can be used when writing Markdown content in Astro.');
    // Astro's heroImage is the cover, served as a variant of the 1200-wide original.
    expect(astro.querySelector('article img')?.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{20}-1200\.png$/);
    const starter = page('/blog/starter-introducing/');
    expect(starter.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://tailwind-nextjs-starter-blog.vercel.app/blog/introducing-tailwind-nextjs-starter-blog',
    );
    expect(fs.existsSync(path.join(OUT, 'blog', 'starter-draft'))).toBe(false);
    expect(fs.existsSync(path.join(OUT, 'blog', 'hugo-unfinished'))).toBe(false);
  });

  it('shows the starter’s author with role, company and profiles', () => {
    const author = page('/blog/author/default/');
    expect(author.querySelector('h1')?.text).toBe('Tails Azimuth');
    expect(author.querySelector('section[aria-label="About Tails Azimuth"] p')?.text).toBe('Professor of Atmospheric Science at Stanford University');
    expect(author.querySelector('ul[aria-label="Tails Azimuth elsewhere"]')?.querySelectorAll('a').map((link) => link.text)).toEqual([
      'GitHub',
      'Bluesky',
      'X (Twitter)',
      'LinkedIn',
      'Email',
    ]);
  });

  it('shows a Hugo series in date order on each part and on its own page', () => {
    const nav = page('/blog/hugo-packing/').querySelector('nav[aria-label="Series: Moving house"]')!;
    expect(nav.querySelector('p')?.text).toBe('Part 2 of 2 in the series Moving house');
    expect(nav.querySelectorAll('li').map((item) => [item.text, item.querySelector('a')?.getAttribute('href')])).toEqual([
      ['Planning the move', '/blog/hugo-planning/'],
      ['Packing the posts', undefined],
    ]);
    const list = page('/blog/series/moving-house/');
    expect(list.querySelector('h1')?.text).toBe('Moving house');
    expect(list.querySelectorAll('main h2').map((heading) => heading.text.trim())).toEqual(['Planning the move', 'Packing the posts']);
    expect(read('sitemap.xml')).toContain('<loc>https://fixture.example/blog/series/moving-house/</loc>');
  });
});
