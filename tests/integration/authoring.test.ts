import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_OUT, FIXTURE_SITE_URL, page, readOut } from '../build-fixture';
import { PAGE_IDS } from '@/lib/site/page-ids';

const about = page('/about/');

describe('a page outside the blog (pages/about.md of the fixture site)', () => {
  it('is served at /<slug>/ with its title as the only h1 and its Markdown body', () => {
    expect(about.querySelectorAll('h1').map((h1) => h1.text)).toEqual(['About this fixture']);
    expect(about.querySelector('main article p')?.text).toBe('Updated May 1, 2025');
    expect(about.querySelector('main article #contact')?.text).toBe('Contact');
    expect(about.querySelector('main article a[href="/blog/hello-world/"]')?.text).toBe('the first post');
  });

  it('has WebPage JSON-LD and none of a post’s share links, author card or related posts', () => {
    const data = about.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.innerHTML));
    expect(data).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: 'About this fixture',
        description: "The fixture site's About page, linked from the footer, with a heading and a link to a post.",
        url: `${FIXTURE_SITE_URL}/about/`,
        dateModified: '2025-05-01T00:00:00.000Z',
        isPartOf: { '@type': 'WebSite', name: 'Margins', url: `${FIXTURE_SITE_URL}/` },
        publisher: { '@type': 'Organization', name: 'Margins', url: `${FIXTURE_SITE_URL}/`, logo: { '@type': 'ImageObject', url: `${FIXTURE_SITE_URL}/og/site.png` } },
        inLanguage: 'en',
      },
    ]);
    expect(about.querySelector(`#${PAGE_IDS.share}`)).toBeNull();
    expect(about.querySelector('main [rel="author"]')).toBeNull();
    expect(about.querySelectorAll('main h2').map((h2) => h2.text)).toEqual(['Contact']);
  });

  it('is linked from the footer menu, as its nav field says, and not from the header', () => {
    const links = (label: string) => about.querySelectorAll(`nav[aria-label="${label}"] a`).map((a) => a.getAttribute('href'));
    expect(links('Footer')).toEqual(['/blog/', '/blog/tags/', '/about/']);
    expect(links('Main')).toEqual(['/blog/', '/blog/tags/']);
    expect(page('/').querySelectorAll('nav[aria-label="Footer"] a').map((a) => a.getAttribute('href'))).toContain('/about/');
  });

  it('is in the sitemap with its updated date', () => {
    expect(readOut('sitemap.xml')).toContain(`<url><loc>${FIXTURE_SITE_URL}/about/</loc><lastmod>2025-05-01T00:00:00.000Z</lastmod></url>`);
  });
});

describe('math', () => {
  it('ships KaTeX’s stylesheet and fonts, which only posts with math: true link to', () => {
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'katex', 'katex.min.css'))).toBe(true);
    expect(fs.existsSync(path.join(FIXTURE_OUT, 'katex', 'fonts', 'KaTeX_Main-Regular.woff2'))).toBe(true);
    expect(readOut('blog/hello-world/index.html')).not.toContain('katex');
  });
});
