import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '@/scripts/lib/axe';
import { validateHtml } from '@/scripts/lib/check-html';
import { findBrokenLinks } from '@/scripts/lib/check-links';
import { buildSite } from '../build-fixture';
import { fixture, ROOT } from '../helpers';
import { serveSite } from './harness';

// A site with a broken link, an image without alt text and an icon link without a name: the checks that
// pass on the real fixture must fail here, each for its own reason.
const BROKEN_OUT = path.join(ROOT, 'tests', '.output', 'a11y-broken');

beforeAll(() => buildSite(fixture('sites', 'a11y-broken'), BROKEN_OUT), 300_000);
const site = serveSite(BROKEN_OUT);

describe('the checks catch a broken site', () => {
  it('the link check reports the missing page and the missing fragment', () => {
    expect(findBrokenLinks(BROKEN_OUT)).toEqual([
      'blog/flawed/index.html: /blog/no-such-post/ (no such file)',
      'blog/flawed/index.html: #no-such-heading (no element with id "no-such-heading")',
    ]);
  });

  it('html-validate reports the image without alt text', async () => {
    const errors = await validateHtml(BROKEN_OUT, ROOT);
    expect(errors.some((error) => error.startsWith('blog/flawed/index.html') && error.includes('wcag/h37'))).toBe(true);
  });

  it('axe reports the missing alt text and the icon link without a name', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/blog/flawed/`);
    const ids = (await runAxe(page)).map((violation) => violation.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('link-name');
  });
});
