import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '@/scripts/browser';
import { serve } from '@/scripts/lib/static-server';

/**
 * A served site and a browser, opened once per test file. `basePath` serves the site under a sub-path, as its
 * host would (`/my-blog`); `url` is then the site's address under it.
 */
export function serveSite(outDir: string, { basePath = '' }: { basePath?: string } = {}) {
  const state: { browser?: Browser; server?: Server; url: string } = { url: '' };
  beforeAll(async () => {
    const served = await serve(outDir, { basePath });
    state.server = served.server;
    state.url = served.url;
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return {
    get url() {
      return state.url;
    },
    /** A fresh page in a fresh context; errors and failed requests are collected in `problems`. */
    async open(options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
      const context = await state.browser!.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A request the browser drops because the test navigated on (the favicon, mid-load) is not a fault of
        // the site; a missing file shows up as an HTTP 404 below.
        const reason = request.failure()?.errorText;
        if (reason !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${reason}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      return { page, problems };
    },
  };
}

/**
 * The fixture site's reading path from the post "A long read" on: its tag #next.js, that tag's second page, the
 * post "Hello world", its author, the blog and the blog's second page; each click lands on the page it names.
 */
export async function clickOnFromLongRead(page: Page, siteUrl: string): Promise<void> {
  expect(await page.locator('h1').textContent()).toBe('A long read');
  // The post's own tags: related posts' cards carry tags too.
  await page.locator('article footer').getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#next.js' }).click();
  await page.waitForURL(`${siteUrl}/blog/tag/next-js/`);
  expect(await page.locator('h1').textContent()).toBe('#next.js');
  await page.getByRole('link', { name: 'Older posts' }).click();
  await page.waitForURL(`${siteUrl}/blog/tag/next-js/page/2/`);
  await page.getByRole('link', { name: 'Hello world' }).click();
  await page.waitForURL(`${siteUrl}/blog/hello-world/`);
  await page.locator('main header').getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.waitForURL(`${siteUrl}/blog/author/ada-lovelace/`);
  expect(await page.locator('h1').textContent()).toBe('Ada Lovelace');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click();
  await page.waitForURL(`${siteUrl}/blog/`);
  await page.getByRole('link', { name: 'Older posts' }).click();
  await page.waitForURL(`${siteUrl}/blog/page/2/`);
  expect(await page.getByRole('navigation', { name: 'Pagination' }).textContent()).toContain('Page 2 of 3');
}
