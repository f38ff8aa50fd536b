import { describe, expect, it } from 'vitest';
import { runAxe } from '@/scripts/lib/axe';
import { validateHtml } from '@/scripts/lib/check-html';
import { FIXTURE_OUT } from '../build-fixture';
import { ROOT } from '../helpers';
import { serveSite } from './harness';

const site = serveSite(FIXTURE_OUT);

describe('accessibility (axe-core, WCAG 2.2 A/AA and best practices)', () => {
  const pages = ['/', '/blog/long-read/', '/blog/japanese/', '/blog/csharp-notes/', '/about/', '/blog/tag/next-js/', '/blog/author/grace-hopper/', '/blog/', '/blog/page/2/', '/blog/tags/', '/search/?q=quokka', '/no-such-page/'];

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no violations in the ${colorScheme} theme`, async (url) => {
      const { page } = await site.open({ colorScheme });
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
      if (url.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
      expect(await runAxe(page)).toEqual([]);
    });
  }

  // A theme chosen with the switch, against the system's: the colours come from data-theme, not the media query.
  for (const [colorScheme, chosen] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    it.each(['/', '/blog/long-read/', '/search/?q=quokka'])(`%s has no violations with ${chosen} chosen on a ${colorScheme} system`, async (url) => {
      const { page } = await site.open({ colorScheme });
      await page.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
      if (url.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(chosen);
      expect(await runAxe(page)).toEqual([]);
    });
  }
});

describe('valid HTML (html-validate, .htmlvalidate.json)', () => {
  it('every page of the built site validates with zero errors', async () => {
    expect(await validateHtml(FIXTURE_OUT, ROOT)).toEqual([]);
  });
});

