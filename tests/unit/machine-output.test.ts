import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/posts/markdown/pipeline';
import { chunkEntries, sitemapIndexXml, SITEMAP_LIMIT, urlsetXml } from '@/lib/output/sitemap';
import { serializeJsonLd } from '@/lib/output/structured-data';

describe('serializeJsonLd', () => {
  const hostile = 'Ends </script><script>alert(1)</script> and <!-- comments --> & \u2028 separators';

  it('cannot close the script element or open a comment, and parses back to the same data', () => {
    const json = serializeJsonLd({ description: hostile, nested: { list: [hostile] } });
    expect(json).not.toMatch(/<\/script|<!--|<|>/i);
    expect(JSON.parse(json)).toEqual({ description: hostile, nested: { list: [hostile] } });
  });
});

describe('sitemap', () => {
  it('fits 50,000 URLs in one file and splits beyond that', () => {
    const urls = Array.from({ length: SITEMAP_LIMIT + 1 }, (_, i) => ({ url: `https://x.test/${i}/` }));
    expect(chunkEntries(urls.slice(0, SITEMAP_LIMIT))).toHaveLength(1);
    const chunks = chunkEntries(urls);
    expect(chunks.map((chunk) => chunk.length)).toEqual([SITEMAP_LIMIT, 1]);
  });

  it('writes escaped URLs, one a line, and lastmod only where given', () => {
    const xml = urlsetXml([{ url: 'https://x.test/a?b=1&c=2' }, { url: 'https://x.test/p/', lastModified: new Date('2025-03-14T00:00:00Z') }]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '<url><loc>https://x.test/a?b=1&amp;c=2</loc></url>',
        '<url><loc>https://x.test/p/</loc><lastmod>2025-03-14T00:00:00.000Z</lastmod></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
    expect(urlsetXml([])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n');
    expect(sitemapIndexXml(['https://x.test/sitemaps/1.xml', 'https://x.test/sitemaps/2.xml?a&b'])).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '<sitemap><loc>https://x.test/sitemaps/1.xml</loc></sitemap>',
        '<sitemap><loc>https://x.test/sitemaps/2.xml?a&amp;b</loc></sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
  });
});

describe('feed HTML', () => {
  it('makes root-relative links, images and fragments absolute, and leaves the rest alone', () => {
    const { html, feedHtml } = renderMarkdown('[x](/blog/x/) [part](#part) [e](https://e.test/) ![a](/images/a.png) [m](mailto:a@b.c)', {
      pageUrl: 'https://site.test/blog/post/',
    });
    expect(html).toBe('<p><a href="/blog/x/">x</a> <a href="#part">part</a> <a href="https://e.test/">e</a> <img src="/images/a.png" alt="a" loading="lazy" decoding="async"> <a href="mailto:a@b.c">m</a></p>');
    expect(feedHtml).toBe(
      '<p><a href="https://margins.example/blog/x/">x</a> <a href="https://site.test/blog/post/#part">part</a> <a href="https://e.test/">e</a> <img src="https://margins.example/images/a.png" alt="a" loading="lazy" decoding="async"> <a href="mailto:a@b.c">m</a></p>',
    );
  });
});
