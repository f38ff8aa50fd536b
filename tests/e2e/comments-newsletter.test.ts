import type { BrowserContext, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from '@/scripts/lib/axe';
import { FIXTURE_OUT } from '../build-fixture';
import { serveSite } from './harness';

// The fixture site has giscus comments and a newsletter on (tests/fixtures/sites/valid.site.json). No request
// leaves the machine: giscus.app and the newsletter provider are answered by stubs below, anything else foreign
// is refused.
const site = serveSite(FIXTURE_OUT);

// Stand-ins for giscus: its client adds a frame of class giscus-frame into .giscus (as the real one does), and
// the frame records the theme the page sends it.
const GISCUS_CLIENT_STUB = `(function () {
  var data = document.currentScript.dataset;
  var frame = document.createElement('iframe');
  frame.className = 'giscus-frame';
  frame.title = 'Comments';
  frame.src = 'https://giscus.app/widget?' + new URLSearchParams({ term: data.term, theme: data.theme, repo: data.repo });
  document.querySelector('.giscus').appendChild(frame);
})();`;
const GISCUS_WIDGET_STUB = `<!doctype html><html lang="en"><title>Comments</title><body><p>Stub comments</p><script>
addEventListener('message', function (event) { document.body.dataset.theme = event.data.giscus.setConfig.theme; });
</script></body></html>`;

/** Answers giscus.app and the newsletter provider with stubs and refuses every other foreign host; returns every request made. */
async function offline(context: BrowserContext, local: string) {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  await context.route(
    (url) => !url.href.startsWith(local),
    (route) => {
      const url = new URL(route.request().url());
      if (url.href === 'https://giscus.app/client.js') return route.fulfill({ contentType: 'text/javascript', body: GISCUS_CLIENT_STUB });
      if (url.origin === 'https://giscus.app' && url.pathname === '/widget') return route.fulfill({ contentType: 'text/html', body: GISCUS_WIDGET_STUB });
      if (url.origin === 'https://newsletter.example') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Thanks</title><h1>Thanks for subscribing</h1>' });
      return route.abort();
    },
  );
  return { foreign: () => requests.map((request) => request.url()).filter((url) => !url.startsWith(local)), requests };
}

describe('comments', () => {
  it('request nothing from giscus before "Show comments" is clicked, then load it in the site theme', async () => {
    const { page, problems } = await site.open({ colorScheme: 'light' });
    const network = await offline(page.context(), site.url);
    await page.goto(`${site.url}/blog/hello-world/`, { waitUntil: 'networkidle' });
    const show = page.getByRole('button', { name: 'Show comments' });
    await show.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(network.foreign()).toEqual([]);

    await show.click();
    const frame = page.locator('.giscus iframe.giscus-frame');
    await page.frameLocator('.giscus iframe.giscus-frame').getByText('Stub comments').waitFor();
    const widgetUrl = new URL((await frame.getAttribute('src')) ?? '');
    expect(network.foreign()).toEqual(['https://giscus.app/client.js', widgetUrl.href]);
    expect(Object.fromEntries(widgetUrl.searchParams)).toEqual({ term: 'blog/hello-world/', theme: 'light', repo: 'margins-fixture/blog' });
    // The script tag giscus reads its settings from, as the page wrote it.
    const script = await page.locator('section[data-comments] script[src="https://giscus.app/client.js"]').evaluate((element) => ({
      attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    }));
    expect(script.attributes).toEqual({
      src: 'https://giscus.app/client.js',
      crossorigin: 'anonymous',
      'data-repo': 'margins-fixture/blog',
      'data-repo-id': 'R_kgDOFixture',
      'data-category': 'Comments',
      'data-category-id': 'DIC_kwDOFixture4CAbCd',
      'data-mapping': 'specific',
      'data-term': 'blog/hello-world/',
      'data-strict': '0',
      'data-reactions-enabled': '1',
      'data-emit-metadata': '0',
      'data-input-position': 'bottom',
      'data-lang': 'en',
      'data-theme': 'light',
    });
    expect(await show.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('giscus');
    expect(problems).toEqual([]);
  });

  it('follow the site theme switch into giscus', async () => {
    const { page } = await site.open({ colorScheme: 'light' });
    await offline(page.context(), site.url);
    await page.goto(`${site.url}/blog/hello-world/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Show comments' }).click();
    const widget = page.frameLocator('iframe.giscus-frame');
    await widget.locator('body').waitFor();
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => widget.locator('body').getAttribute('data-theme')).toBe('dark');
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Light theme' }).click();
    await expect.poll(() => widget.locator('body').getAttribute('data-theme')).toBe('light');
  });

  it('are a plain link to the discussion without JavaScript', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    const network = await offline(page.context(), site.url);
    await page.goto(`${site.url}/blog/hello-world/`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('button', { name: 'Show comments' }).count()).toBe(0);
    const link = page.getByRole('region', { name: 'Comments' }).getByRole('link', { name: 'Read the discussion on GitHub' });
    expect(await link.getAttribute('href')).toBe('https://github.com/margins-fixture/blog/discussions?discussions_q=in%3Atitle+%22blog%2Fhello-world%2F%22');
    expect(network.foreign()).toEqual([]);
  });

  it('pass axe, light and dark, before and after loading', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.open({ colorScheme });
      await offline(page.context(), site.url);
      await page.goto(`${site.url}/blog/hello-world/`, { waitUntil: 'networkidle' });
      expect(await runAxe(page)).toEqual([]);
      await page.getByRole('button', { name: 'Show comments' }).click();
      await page.frameLocator('iframe.giscus-frame').locator('body').waitFor();
      expect(await runAxe(page)).toEqual([]);
    }
  });
});

describe('the newsletter form', () => {
  it('posts the email address and hidden fields to the provider without JavaScript', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    const network = await offline(page.context(), site.url);
    await page.goto(`${site.url}/blog/hello-world/`);
    const form = page.getByRole('region', { name: 'Get new posts by email' });
    await form.getByLabel('Email address').fill('reader@example.com');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL('https://newsletter.example/api/subscribe/fixture');
    const post = network.requests.find((request) => request.url() === 'https://newsletter.example/api/subscribe/fixture');
    expect(post?.method()).toBe('POST');
    expect(post?.postData()).toBe('email=reader%40example.com&embed=1');
    expect(await page.locator('h1').textContent()).toBe('Thanks for subscribing');
  });

  it('will not post without an email address', async () => {
    const { page } = await site.open();
    const network = await offline(page.context(), site.url);
    await page.goto(`${site.url}/blog/hello-world/`);
    await page.getByRole('region', { name: 'Get new posts by email' }).getByRole('button', { name: 'Subscribe' }).click();
    expect(await page.getByLabel('Email address').evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
    expect(page.url()).toBe(`${site.url}/blog/hello-world/`);
    expect(network.foreign()).toEqual([]);
  });
});
