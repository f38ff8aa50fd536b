import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { searchRecord } from '@/scripts/lib/search-record';

// A post page as Next writes it, cut down: what Pagefind reads (the body, the tagged title, date, author and tags,
// the cover after the <h1>) among what it must not (the runtime, the navigation, ignored sections, related posts
// with their own covers and tags).
const page = [
  '<!DOCTYPE html><html lang="fr" class="light"><head><meta charSet="utf-8"/><title>Un titre - Blog</title>',
  '<link rel="stylesheet" href="/_next/static/a.css"/><script src="/_next/static/c.js" async=""></script></head>',
  '<body><nav aria-label="Fil" data-pagefind-ignore="true"><a href="/">Accueil</a></nav><article><header>',
  '<h1 data-pagefind-meta="title" class="text-3xl">Un titre</h1>',
  '<p>Par <a rel="author" data-pagefind-filter="author" href="/blog/author/ada/">Ada</a>',
  ' <time dateTime="2025-05-03T00:00:00.000Z" data-pagefind-meta="date">3 mai 2025</time></p>',
  '<section data-pagefind-ignore="true"><h2 id="share-heading">Partager</h2><svg><path d="M0 0"></path></svg></section></header>',
  '<picture><source srcSet="/_img/c-480.webp 480w" type="image/webp"/><img src="/_img/c-1200.png" alt="Une couverture" class="h-auto"/></picture>',
  '<div data-pagefind-body="true" class="min-w-0"><div class="prose"><p>Premier <code>mot</code>.</p>',
  '<div class="heading-group"><h2 id="une-partie">Une partie</h2><a class="heading-anchor" data-pagefind-ignore="" href="#une-partie"><span aria-hidden="true">#</span></a></div>',
  '<p>Suite<!-- --> du texte.</p></div></div>',
  '<footer><ul><li><a href="/blog/tag/css/">#<span data-pagefind-filter="tag">CSS</span></a></li></ul>',
  '<div data-pagefind-ignore="true"><section><img src="/images/ada.png" alt="Ada"/><p>Ada écrit.</p></section></div></footer></article>',
  '<section data-pagefind-ignore="all"><h2>Lire aussi</h2><img src="/_img/other-480.png" alt=""/><span data-pagefind-filter="tag">HTML</span></section>',
  '<script>self.__next_f.push([1,"x"])</script></body></html>',
].join('');

describe('searchRecord', () => {
  it('keeps the html tag, the title, and in page order the tagged elements, the first h1, the image after it and the body', () => {
    expect(searchRecord(page)).toBe(
      [
        '<html lang="fr" class="light"><head><title>Un titre - Blog</title></head><body>',
        '<h1 data-pagefind-meta="title" class="text-3xl">Un titre</h1>',
        '<a rel="author" data-pagefind-filter="author" href="/blog/author/ada/">Ada</a>',
        '<time dateTime="2025-05-03T00:00:00.000Z" data-pagefind-meta="date">3 mai 2025</time>',
        '<img src="/_img/c-1200.png" alt="Une couverture" class="h-auto"/>',
        '<div data-pagefind-body="true" class="min-w-0"><div class="prose"><p>Premier <code>mot</code>.</p>',
        '<div class="heading-group"><h2 id="une-partie">Une partie</h2><a class="heading-anchor" data-pagefind-ignore="" href="#une-partie"><span aria-hidden="true">#</span></a></div>',
        '<p>Suite<!-- --> du texte.</p></div></div>',
        '<span data-pagefind-filter="tag">CSS</span>',
        '</body></html>',
      ].join(''),
    );
  });

  it('keeps, for a post without a cover, the first image after the h1 that Pagefind does not ignore entirely', () => {
    const withoutCover = page.replace(/<picture>.*<\/picture>/, '');
    expect(searchRecord(withoutCover)).toContain('<span data-pagefind-filter="tag">CSS</span><img src="/images/ada.png" alt="Ada"/></body>');
  });

  it('is the whole page when the page has no data-pagefind-body, as Pagefind then indexes all of it', () => {
    const noBody = '<html lang="en"><body><h1>All</h1><p>Every word.</p></body></html>';
    expect(searchRecord(noBody)).toBe(noBody);
  });

  describe('indexed by Pagefind', () => {
    afterAll(() => pagefind.close());

    /** Pagefind's fragment of one page: its content, word count, headings (sub-results), metadata and filters. */
    async function fragment(content: string): Promise<unknown> {
      const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
      await index!.addHTMLFile({ url: '/blog/un-titre/', content });
      const { files } = await index!.getFiles();
      await index!.deleteIndex();
      const file = files.find((candidate) => candidate.path.startsWith('fragment/'))!;
      return JSON.parse(gunzipSync(file.content).toString('utf8').replace(/^pagefind_dcd/, ''));
    }

    it('gives the same content, sub-results, metadata and filters as the page', async () => {
      expect(await fragment(searchRecord(page))).toEqual({
        url: '/blog/un-titre/',
        content: 'Premier mot. Une partie. Suite du texte.',
        word_count: 7,
        filters: { author: ['Ada'], tag: ['CSS'] },
        meta: { date: '3 mai 2025', image: '/_img/c-1200.png', image_alt: 'Une couverture', title: 'Un titre' },
        anchors: [{ element: 'h2', id: 'une-partie', text: 'Une partie', location: 2 }],
      });
      expect(await fragment(page)).toEqual(await fragment(searchRecord(page)));
    });
  });
});
