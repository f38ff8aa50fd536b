import { describe, expect, it } from 'vitest';
import { runAxe } from '@/scripts/lib/axe';
import { FIXTURE_OUT } from '../build-fixture';
import { serveSite } from './harness';

const site = serveSite(FIXTURE_OUT);
const PHONE = { width: 390, height: 844 };

// /blog/csharp-notes/ has a task list and a seven-column table wider than a phone.
describe('a post with a task list and a wide table on a 390 px phone', () => {
  it('has no axe violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.open({ viewport: PHONE, colorScheme });
      await page.goto(`${site.url}/blog/csharp-notes/`, { waitUntil: 'networkidle' });
      expect(await runAxe(page)).toEqual([]);
    }
  });

  it('names every task-list checkbox after its item', async () => {
    const { page } = await site.open({ viewport: PHONE });
    await page.goto(`${site.url}/blog/csharp-notes/`);
    const checkboxes = page.locator('main .prose').getByRole('checkbox');
    expect(await checkboxes.count()).toBe(2);
    expect(await page.getByRole('checkbox', { name: 'Measure allocations', checked: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Remove boxing in the hot loop', checked: false }).isDisabled()).toBe(true);
  });

  it('scrolls the table inside its focusable, labelled region, and the page not at all', async () => {
    const { page } = await site.open({ viewport: PHONE });
    await page.goto(`${site.url}/blog/csharp-notes/`);
    const region = page.getByRole('region', {
      name: 'Table: Benchmark, Runtime, Allocated bytes, Gen0 collections, Median nanoseconds, Standard deviation, Baseline ratio',
      exact: true,
    });
    const size = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    // The table is really wider than the screen: the region, not the page, takes the overflow.
    expect(size.scrollWidth).toBeGreaterThan(PHONE.width);
    expect(size.clientWidth).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Keyboard users reach it with Tab and scroll it with the arrow keys.
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement && element.tabIndex === 0)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, window.scrollX])).toEqual([PHONE.width, 0]);
  });

  it('leaves no page of the site wider than the phone', async () => {
    const { page } = await site.open({ viewport: PHONE });
    for (const url of ['/', '/blog/', '/blog/csharp-notes/', '/blog/long-read/', '/blog/japanese/', '/blog/tags/', '/blog/tag/next-js/', '/search/?q=quokka', '/about/']) {
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(PHONE.width);
    }
  });
});
