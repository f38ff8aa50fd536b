import { describe, expect, it } from 'vitest';
import { FIXTURE_OUT, FIXTURE_SITE_URL, htmlFiles } from '../build-fixture';
import { loadFixture } from '../helpers';
import { clickOnFromLongRead, serveSite } from './harness';

const site = serveSite(FIXTURE_OUT);
const content = loadFixture('valid');
const pageUrls = htmlFiles()
  .filter((file) => !file.startsWith('404') && !file.startsWith('_not-found'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

describe('a reader in Chromium', () => {
  it('clicks from home to a post, a tag, an author and the next page of the archive', async () => {
    const { page, problems } = await site.open();
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'A long read' }).first().click();
    await page.waitForURL(`${site.url}/blog/long-read/`);
    await clickOnFromLongRead(page, site.url);
    expect(problems).toEqual([]);
  });

  it('follows a heading anchor: the URL gets its hash and the heading scrolls to the top', async () => {
    const { page } = await site.open({ viewport: { width: 390, height: 500 } });
    await page.goto(`${site.url}/blog/long-read/`);
    await page.getByRole('link', { name: 'Link to section: Part three' }).click();
    await page.waitForURL(`${site.url}/blog/long-read/#part-three`);
    const top = await page.locator('#part-three').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
  });

  it('gives every share link exactly the canonical URL and title', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/blog/japanese/`);
    const hrefs = await page.locator('a[data-share]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // Written out in full, not built the way lib/output/share.ts builds them.
    const url = 'https%3A%2F%2Ffixture.example%2Fblog%2Fjapanese%2F';
    const title = '%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E3%83%8E%E3%83%BC%E3%83%88%20%F0%9F%8E%8C';
    expect(hrefs).toEqual([
      `https://x.com/intent/post?url=${url}&text=${title}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
      `https://news.ycombinator.com/submitlink?u=${url}&t=${title}`,
      `https://www.reddit.com/submit?url=${url}&title=${title}`,
      `mailto:?subject=${title}&body=${url}`,
    ]);
    expect(await page.locator('a[data-share]').evaluateAll((links) => links.every((l) => l.getAttribute('target') === '_blank' && l.getAttribute('rel') === 'noopener noreferrer'))).toBe(true);
  });

  it('shows the not-found page, with status 404, for an unknown URL', async () => {
    const { page } = await site.open();
    const response = await page.goto(`${site.url}/blog/no-such-post/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
  });

  it('loads every page with no console error and no failed request', async () => {
    const { page, problems } = await site.open();
    for (const url of [...pageUrls, '/search/?q=quokka']) {
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
      expect(problems, url).toEqual([]);
    }
    expect(pageUrls.length).toBeGreaterThan(25);
  });

  it('reads every page in full with JavaScript disabled', async () => {
    const withJs = await site.open();
    const withoutJs = await site.open({ javaScriptEnabled: false });
    const mainText = (page: typeof withJs.page) =>
      page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('button, [data-search-status], [data-search-results]').forEach((element) => element.remove());
        return copy.innerText.replace(/\s+/g, ' ').trim();
      });
    for (const url of pageUrls.filter((u) => u !== '/search/')) {
      await withJs.page.goto(site.url + url);
      await withoutJs.page.goto(site.url + url);
      const text = await mainText(withoutJs.page);
      expect(text.length, url).toBeGreaterThan(30);
      expect(text, url).toBe(await mainText(withJs.page));
    }
    for (const post of content.posts) {
      await withoutJs.page.goto(site.url + post.url);
      expect(await withoutJs.page.locator('h1').textContent()).toBe(post.title);
    }
  });

  it('reaches the skip link, the navigation and the post links by keyboard, each with a visible focus ring', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/blog/`, { waitUntil: 'networkidle' });
    const focused = async () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent?.trim() ?? '',
          href: element.getAttribute('href'),
          inNav: Boolean(element.closest('nav[aria-label="Main"]')),
          inMain: Boolean(element.closest('main')),
          visible: box.width > 0 && box.height > 0,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
    await page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip).toMatchObject({ text: 'Skip to content', href: '#main', visible: true, ring: true });
    const stops = [];
    // The skip link, the site name, two nav links, search (box and button) and the theme switch's three
    // buttons come before the main content.
    for (let i = 0; i < 17; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    expect(stops.some((stop) => stop.inNav && stop.text === 'Blog')).toBe(true);
    expect(stops.some((stop) => stop.inMain && stop.href === '/blog/long-read/')).toBe(true);
    for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ visible: true, ring: true });

    await page.goto(`${site.url}/blog/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/blog/#main`);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ inMain: true });
  });
});

describe('the enhancements', () => {
  it('find a post by a word that is only in its body', async () => {
    const { page, problems } = await site.open();
    await page.goto(`${site.url}/search/?q=quokka`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/blog/hello-world/']);
    expect(await page.locator('.search-result mark').first().textContent()).toBe('quokka');
    expect(await page.locator('[data-search-status]').textContent()).toBe('1 post matches “quokka”.');
    expect(problems).toEqual([]);
  });

  it('search from the header form lands on the results', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/blog/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('quokka');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site.url}/search/?q=quokka`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').count()).toBe(1);
  });

  it('the theme switch applies a choice before the first paint on the next page, and returns to the system', async () => {
    const { page, problems } = await site.open({ colorScheme: 'light' });
    const state = () =>
      page.evaluate(() => ({
        theme: document.documentElement.dataset.theme ?? null,
        colorScheme: getComputedStyle(document.documentElement).colorScheme,
        pressed: [...document.querySelectorAll('[data-theme-choice][aria-pressed="true"]')].map((button) => button.getAttribute('data-theme-choice')),
        switchVisible: getComputedStyle(document.querySelector('[data-theme-switch]')!).visibility === 'visible',
      }));
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    expect(await state()).toEqual({ theme: null, colorScheme: 'light dark', pressed: ['system'], switchVisible: true });
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark theme' }).click();
    expect(await state()).toEqual({ theme: 'dark', colorScheme: 'dark', pressed: ['dark'], switchVisible: true });
    // On the next page the inline script in <head> applies the choice before the deferred switch script runs.
    await page.goto(`${site.url}/blog/`, { waitUntil: 'commit' });
    await page.waitForSelector('head script[data-enhancement="theme-init"]', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.waitForLoadState('networkidle');
    expect(await state()).toEqual({ theme: 'dark', colorScheme: 'dark', pressed: ['dark'], switchVisible: true });
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: "The system's theme" }).click();
    expect(await state()).toEqual({ theme: null, colorScheme: 'light dark', pressed: ['system'], switchVisible: true });
    expect(problems).toEqual([]);
  });

  it('the theme switch stays hidden without JavaScript, and the page follows the system', async () => {
    const { page } = await site.open({ colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    expect(await page.locator('[data-theme-switch]').evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
    expect(await page.getByRole('button', { name: 'Dark theme' }).count()).toBe(0);
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  });

  it('copy code and copy the link with the Clipboard API', async () => {
    const { page } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.url}/blog/hello-world/`);
    const copyLink = page.getByRole('button', { name: 'Copy link' });
    await copyLink.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${FIXTURE_SITE_URL}/blog/hello-world/`);
    await page.goto(`${site.url}/blog/csharp-notes/`);
    await page.getByRole('button', { name: 'Copy code to clipboard' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('var answer = 42;\n');
    expect(await page.getByRole('button', { name: 'Copy code to clipboard' }).textContent()).toBe('Copied');
  });
});
