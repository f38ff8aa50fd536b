// A site whose content is a real git repository (tests/git-fixture.ts), built as a preview with edit links on: the
// dates and redirects git history gives, what a preview shows and hides; and that a normal build has no draft.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_ENV } from '@/lib/build-contract';
import { buildSite, FIXTURE_OUT, FIXTURE_SITE_URL, htmlFiles } from '../build-fixture';
import { makeGitSite } from '../git-fixture';
import { ROOT } from '../helpers';

const OUT = path.join(ROOT, 'tests', '.output', 'git-site');
const REPO = `${OUT}.repo`;

const read = (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8');
const html = (urlPath: string) => parse(read(`${urlPath.replace(/^\//, '')}index.html`));
const meta = (root: HTMLElement, key: string) => root.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content'));
const blogPosting = (root: HTMLElement) =>
  root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.innerHTML)).find((data) => data['@type'] === 'BlogPosting');

beforeAll(() => {
  // Outside this repository's own work tree would be better, but tests/.output is ignored by git, so the fixture
  // repository nested here has a history of its own.
  const site = makeGitSite(REPO);
  // Not committed: a draft and a post scheduled far ahead, which only the preview shows.
  fs.writeFileSync(path.join(site, 'posts', 'unfinished.md'), '---\ntitle: Unfinished\ndate: "2025-08-01"\nauthor: ada\npublished: false\n---\nHalf a thought.\n');
  fs.writeFileSync(path.join(site, 'posts', 'tomorrow.md'), '---\ntitle: Tomorrow\ndate: "2099-03-01"\nauthor: ada\n---\nNot yet.\n');
  const config = `${OUT}.site.json`;
  fs.writeFileSync(config, JSON.stringify({ repository: { url: 'https://github.com/you/blog', branch: 'main' } }));
  buildSite(site, OUT, { [BUILD_ENV.siteConfig]: config, [BUILD_ENV.preview]: '1' });
}, 300_000);

describe('dates from git history', () => {
  it("are a post's dateModified and article:modified_time: its last body commit, not a front-matter or whitespace one", () => {
    const first = html('/blog/first/');
    expect(blogPosting(first).dateModified).toBe('2025-05-10T09:00:00.000Z');
    expect(meta(first, 'article:modified_time')).toEqual(['2025-05-10T09:00:00.000Z']);
    expect(first.querySelector('main article header time[datetime="2025-05-10T09:00:00.000Z"]')?.text).toBe('May 10, 2025');
  });

  it("are each post's and page's lastmod in the sitemap", () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain(`<url><loc>${FIXTURE_SITE_URL}/blog/first/</loc><lastmod>2025-05-10T09:00:00.000Z</lastmod></url>`);
    expect(sitemap).toContain(`<url><loc>${FIXTURE_SITE_URL}/blog/new-name/</loc><lastmod>2025-01-10T09:00:00.000Z</lastmod></url>`);
    expect(sitemap).toContain(`<url><loc>${FIXTURE_SITE_URL}/about/</loc><lastmod>2025-07-10T09:00:00.000Z</lastmod></url>`);
  });
});

describe('renamed posts', () => {
  it('redirect from their old addresses, as a written alias does', () => {
    const redirect = read('blog/old-name/index.html');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/blog/new-name/">');
    expect(read('blog/old-custom/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/blog/sluggy-2/">');
    expect(read('_redirects').split('\n').sort()).toEqual(['', '/blog/old-custom/ /blog/sluggy-2/ 301', '/blog/old-name/ /blog/new-name/ 301']);
  });

  it('leave an old address another post has now to that post', () => {
    expect(html('/blog/moved/').querySelector('h1')?.text).toBe('Moved in');
  });
});

describe('a preview build', () => {
  it('builds drafts and scheduled posts, each with its status', () => {
    expect(html('/blog/unfinished/').querySelector('[data-post-status]')?.text).toBe('Draft: not published');
    expect(html('/blog/tomorrow/').querySelector('[data-post-status]')?.text).toBe('Scheduled: goes live on March 1, 2099');
    expect(html('/blog/first/').querySelector('[data-post-status]')).toBeNull();
  });

  it('marks every page noindex and shows the Preview banner on it', () => {
    for (const file of htmlFiles(OUT).filter((file) => !file.startsWith('blog/old-') && file !== '404.html' && !file.startsWith('_not-found'))) {
      const root = parse(read(file));
      expect(meta(root, 'robots')[0], file).toMatch(/^noindex/);
      expect(root.querySelector('[data-preview-banner]')?.text, file).toMatch(/^Preview: Not the published site/);
    }
    expect(read('robots.txt')).toBe('User-Agent: *\nDisallow: /\n\n');
  });

  it('keeps drafts and scheduled posts out of the sitemap and feeds', () => {
    for (const file of ['sitemap.xml', 'feed.xml', 'atom.xml', 'feed.json']) {
      expect(read(file), file).toContain('/blog/first/');
      expect(read(file), file).not.toContain('/blog/unfinished/');
      expect(read(file), file).not.toContain('/blog/tomorrow/');
    }
  });

  it('prints which scheduled post goes live next', () => {
    expect(fs.readFileSync(`${OUT}.log`, 'utf8')).toContain('next scheduled post: tests/.output/git-site.repo/site/posts/tomorrow.md goes live at 2099-03-01T00:00:00.000Z');
  });
});

describe('edit and history links (site config: repository)', () => {
  it('lead to the file in the repository from each post and page', () => {
    const links = (urlPath: string) => html(urlPath).querySelectorAll('[data-source-links] a').map((a) => [a.text, a.getAttribute('href')]);
    expect(links('/blog/first/')).toEqual([
      ['Edit this post', 'https://github.com/you/blog/edit/main/site/posts/first.md'],
      ['History', 'https://github.com/you/blog/commits/main/site/posts/first.md'],
    ]);
    expect(links('/about/')).toEqual([
      ['Edit this page', 'https://github.com/you/blog/edit/main/site/pages/about.md'],
      ['History', 'https://github.com/you/blog/commits/main/site/pages/about.md'],
    ]);
  });
});

describe('a normal build (the fixture site)', () => {
  it('contains no draft or scheduled post, no preview banner and no edit links', () => {
    for (const file of htmlFiles(FIXTURE_OUT)) {
      const text = fs.readFileSync(path.join(FIXTURE_OUT, file), 'utf8');
      expect(text, file).not.toContain('Not ready yet');
      expect(text, file).not.toContain('From the future');
      expect(text, file).not.toContain('data-preview-banner');
      expect(text, file).not.toContain('data-source-links');
    }
  });
});
