// The fixture site built for a sub-path (SITE_URL=https://fixture.example/my-blog) and served from it, as GitHub
// Pages serves a project site: out/ at /my-blog/, nothing outside it. A reader clicks through it, and every link
// of every page is followed over HTTP.
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serve } from '@/scripts/lib/static-server';
import { buildSubPathSite, FIXTURE_OUT, htmlFiles, SUB_PATH, SUB_PATH_OUT } from '../build-fixture';
import { clickOnFromLongRead, serveSite } from './harness';

beforeAll(buildSubPathSite, 300_000);
const site = serveSite(SUB_PATH_OUT, { basePath: SUB_PATH });

/** Every page of the built site as a path under the site's address (`/blog/`), the not-found pages aside. */
const pagePaths = () =>
  htmlFiles(SUB_PATH_OUT)
    .filter((file) => !file.startsWith('404') && !file.startsWith('_not-found'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

/**
 * Follows every `href`, `src` and `srcset` of every page that stays on the server, over HTTP: each must be under
 * the base path, answer 200 without a redirect, and its `#fragment` must be an id of the page (or SVG) it names.
 */
async function brokenServedLinks(siteUrl: string, paths: string[]): Promise<string[]> {
  const origin = new URL(siteUrl).origin;
  const answers = new Map<string, Promise<{ status: number; ids?: Set<string> }>>();
  const fetchOnce = (url: string) => {
    let answer = answers.get(url);
    if (!answer) {
      answer = fetch(url, { redirect: 'manual' }).then(async (response) => {
        // HTML pages, and SVG files: an icon's `<use href>` names a symbol of the sprite by its id.
        const html = /^(text\/html|image\/svg\+xml)/.test(response.headers.get('content-type') ?? '') ? await response.text() : (await response.arrayBuffer(), undefined);
        return { status: response.status, ids: html === undefined ? undefined : new Set(parse(html).querySelectorAll('[id]').map((element) => element.id)) };
      });
      answers.set(url, answer);
    }
    return answer;
  };
  const broken: string[] = [];
  for (const pagePath of paths) {
    const pageUrl = `${siteUrl}${pagePath}`;
    const page = parse(await (await fetch(pageUrl)).text());
    for (const element of page.querySelectorAll('[href], [src], [srcset]')) {
      const srcset = element.getAttribute('srcset')?.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) ?? [];
      for (const reference of [element.getAttribute('href'), element.getAttribute('src'), ...srcset]) {
        if (!reference) continue;
        const url = new URL(reference, pageUrl);
        if (url.origin !== origin) continue;
        if (!url.pathname.startsWith(`${SUB_PATH}/`)) {
          broken.push(`${pagePath}: ${reference} (outside ${SUB_PATH}/)`);
          continue;
        }
        const { status, ids } = await fetchOnce(`${url.origin}${url.pathname}${url.search}`);
        if (status !== 200) broken.push(`${pagePath}: ${reference} (HTTP ${status})`);
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && ids && !ids.has(fragment)) broken.push(`${pagePath}: ${reference} (no element with id "${fragment}")`);
      }
    }
  }
  return broken;
}

/** Whether the page's stylesheet came from Next's assets under /my-blog/ and applies. */
const styledFromBasePath = (page: Page) =>
  page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/my-blog/_next/static/') && sheet.cssRules.length > 0));

describe('a reader of the site served under /my-blog/', () => {
  it('clicks from home to a post, a link the author wrote from the root, a tag, an author and the next page of the archive', async () => {
    const { page, problems } = await site.open();
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/my-blog$/);
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Hello world' }).first().click();
    await page.waitForURL(`${site.url}/blog/hello-world/`);
    await page.getByRole('link', { name: 'part two of the long read' }).click();
    await page.waitForURL(`${site.url}/blog/long-read/#part-two`);
    await clickOnFromLongRead(page, site.url);
    expect(problems).toEqual([]);
  });

  it('loads every page, styled, with its images and scripts, and no console error or failed request', async () => {
    const { page, problems } = await site.open();
    // The redirect page moves on at once (its own test follows); Chromium asks the origin for /favicon.ico meanwhile.
    const paths = pagePaths().filter((path) => path !== '/2020/01/hello/');
    expect(paths.length).toBeGreaterThan(25);
    for (const path of paths) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(problems, path).toEqual([]);
    }
    expect(await styledFromBasePath(page)).toBe(true);
  });

  it('searches from the header form and lands on results that link under /my-blog/', async () => {
    const { page, problems } = await site.open();
    await page.goto(`${site.url}/blog/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('quokka');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site.url}/search/?q=quokka`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/my-blog/blog/hello-world/']);
    await page.locator('.search-result h2 a').click();
    await page.waitForURL(`${site.url}/blog/hello-world/`);
    expect(problems).toEqual([]);
  });

  it('is moved on from an old address to the post', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/2020/01/hello/`);
    await page.waitForURL(`${site.url}/blog/hello-world/`);
    expect(await page.locator('h1').textContent()).toBe('Hello world');
  });

  it('gets the styled not-found page under /my-blog/, and a 404 for anything outside it', async () => {
    const { page, problems } = await site.open();
    const missing = await page.goto(`${site.url}/blog/no-such-post/`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/my-blog/');
    // The page's own status is the one failed request: its stylesheet and scripts load from under /my-blog/.
    expect(problems.filter((problem) => !problem.startsWith('console:'))).toEqual([`HTTP 404: ${site.url}/blog/no-such-post/`]);
    expect(await styledFromBasePath(page)).toBe(true);
    const origin = new URL(site.url).origin;
    for (const outside of ['/', '/blog/', '/blog/hello-world/', '/_next/', '/scripts/search.js']) expect((await fetch(origin + outside)).status, outside).toBe(404);
  });
});

describe('the link check of the site served under /my-blog/', () => {
  it('follows every link, asset and fragment of every page to a 200 under /my-blog/', async () => {
    expect(await brokenServedLinks(site.url, pagePaths())).toEqual([]);
  });

  it('fails a site built for the root and served under /my-blog/: its links leave the base path', async () => {
    const { server, url } = await serve(FIXTURE_OUT, { basePath: SUB_PATH });
    try {
      const broken = await brokenServedLinks(url, ['/blog/hello-world/']);
      expect(broken).toContain('/blog/hello-world/: /blog/ (outside /my-blog/)');
      expect(broken.some((line) => /^\/blog\/hello-world\/: \/_next\/static\/.+\.css \(outside \/my-blog\/\)$/.test(line))).toBe(true);
      expect(broken.some((line) => line.startsWith('/blog/hello-world/: /scripts/'))).toBe(true);
    } finally {
      server.close();
    }
  });
});
