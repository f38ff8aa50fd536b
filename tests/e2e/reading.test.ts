import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_OUT } from '../build-fixture';
import { serveSite } from './harness';

const site = serveSite(FIXTURE_OUT);

// The fixture's long read has 26 h2/h3 headings and a 1200×630 cover, like the long posts of the blog Margins replaces.
const LONG_POST = '/blog/long-read/';

/** Where the body's first paragraph starts, from the top of the page, and the page's cumulative layout shift. */
async function measure(page: Page) {
  await page.evaluate(() => {
    const shifts = { total: 0 };
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Scroll down and back, letting frames render, so that everything lazy (images, the enhancements) has had its
  // chance to move things.
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await frames();
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames();
  return page.evaluate(() => ({
    firstParagraph: Math.round(document.querySelector('article .prose > p')!.getBoundingClientRect().top + window.scrollY),
    shift: (window as unknown as { shifts: { total: number } }).shifts.total,
  }));
}

describe('a long post puts reading first', () => {
  it('starts the body within the first screen at 1280×900, and shifts nothing', async () => {
    const { page, problems } = await site.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + LONG_POST, { waitUntil: 'networkidle' });
    const { firstParagraph, shift } = await measure(page);
    console.log(`1280×900: first paragraph at y = ${firstParagraph}, layout shift ${shift}`);
    expect(firstParagraph).toBeLessThan(900);
    expect(shift).toBe(0);
    expect(problems).toEqual([]);
  });

  it('starts the body within 1.25 screens at 390×844, and shifts nothing', async () => {
    const { page, problems } = await site.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(site.url + LONG_POST, { waitUntil: 'networkidle' });
    const { firstParagraph, shift } = await measure(page);
    console.log(`390×844: first paragraph at y = ${firstParagraph}, layout shift ${shift}`);
    expect(firstParagraph).toBeLessThan(844 * 1.25);
    expect(shift).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('post cards', () => {
  for (const width of [390, 1280]) {
    it(`put the cover beside the title at ${width} px, level with the date line`, async () => {
      const { page } = await site.open({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}/blog/`, { waitUntil: 'networkidle' });
      const card = page.locator('main ol > li > article').first();
      const box = async (selector: string) => (await card.locator(selector).first().boundingBox())!;
      const [date, title, cover] = [await box('p'), await box('h2'), await box('img')];
      expect(cover.x).toBeGreaterThanOrEqual(title.x + title.width);
      expect(cover.y).toBeCloseTo(date.y, 0);
      expect(cover.width).toBe(width < 640 ? 96 : 192);
    });
  }
});

describe('search reads well', () => {
  it('shows the post body in the excerpt: no byline, no reading time, no heading anchors', async () => {
    const { page, problems } = await site.open();
    // "quokka" is in the body of Hello world, under a heading, a few words after its start.
    await page.goto(`${site.url}/search/?q=quokka`);
    const first = page.locator('.search-result').first();
    await first.waitFor();
    expect(await first.locator('h2').textContent()).toBe('Hello world');
    const excerpt = (await first.locator('.search-excerpt').textContent()) ?? '';
    expect(excerpt).toContain('quokka');
    expect(excerpt).not.toMatch(/Hello world|Ada Lovelace|\bBy\b|Published|min read|Share|On this page|#/);
    // The date and tags still come with the result, from the page around the body.
    expect(await first.locator('.search-meta').textContent()).toBe('January 10, 2025');
    expect(await first.locator('.search-tags').textContent()).toBe('#next.js  #Static Sites');
    expect(problems).toEqual([]);
  });

  for (const width of [390, 768, 1280]) {
    it(`gives the search page one box, filling its form, at ${width} px`, async () => {
      const { page } = await site.open({ viewport: { width, height: 800 } });
      await page.goto(`${site.url}/search/`);
      const visibleSearchBoxes = await page.locator('input[type="search"]').evaluateAll((inputs) => inputs.filter((input) => input.getClientRects().length > 0).length);
      expect(visibleSearchBoxes).toBe(1);
      expect(await page.getByRole('search', { name: 'Site' }).isVisible()).toBe(false);
      const form = page.getByRole('search', { name: 'Search posts' });
      const { formWidth, mainWidth, boxWidth, inputWidth, buttonWidth } = await form.evaluate((element) => ({
        formWidth: element.getBoundingClientRect().width,
        mainWidth: element.closest('main')!.getBoundingClientRect().width,
        boxWidth: element.querySelector('label')!.getBoundingClientRect().width,
        inputWidth: element.querySelector('input')!.getBoundingClientRect().width,
        buttonWidth: element.querySelector('button')!.getBoundingClientRect().width,
      }));
      // The form takes the column up to 36rem; the box all of the form but the button; the field all of the box
      // but its icon and padding (under 50 px).
      expect(formWidth).toBeCloseTo(Math.min(mainWidth - (width < 640 ? 32 : 48), 576), 0);
      expect(boxWidth + buttonWidth + 8).toBeCloseTo(formWidth, 0);
      expect(boxWidth - inputWidth).toBeLessThan(50);
    });
  }
});
