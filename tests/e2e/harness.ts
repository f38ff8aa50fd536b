import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
