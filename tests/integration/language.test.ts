// The fixture site built in German, in Honolulu's time zone (UTC-10, where a date-only date read as midnight
// UTC would fall on the day before): no English interface string anywhere a reader or a screen reader meets
// one, German ones instead, and dates on the day the author wrote, in pages, feeds, sitemap and JSON-LD.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../build-fixture';
import { fixture, ROOT } from '../helpers';
import { listHtmlFiles } from '../../scripts/lib/check-links';

const OUT = path.join(ROOT, 'tests', '.output', 'german');
const CONTENT = path.join(ROOT, 'tests', '.output', 'german-content');
const read = (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8');
const page = (file: string) => parse(read(file));

// A series of two posts whose bodies have every label the Markdown pipeline writes: footnotes, a callout, a
// task list, a table, headings with anchors. Their own words are German, as a German blog's would be.
const SERIES_POSTS = {
  'teil-eins.md': `---
title: Erster Teil
date: "2025-03-14"
author: ada-lovelace
series: Eine Serie
tags: ["Serie"]
---
Ein Absatz mit Fußnote.[^1]

## Erstens

> [!NOTE]
> Ein Hinweis.

## Zweitens

- [x] Erledigt
- [ ] Offen

## Drittens

| Name | Wert |
| --- | --- |
| a | 1 |

[^1]: Die Fußnote.
`,
  'teil-zwei.md': `---
title: Zweiter Teil
date: "2025-03-20"
author: grace-hopper
series: Eine Serie
aliases: ["/alt/teil-zwei/"]
tags: ["Serie"]
---
Der zweite Teil.
`,
};

beforeAll(() => {
  fs.rmSync(CONTENT, { recursive: true, force: true });
  fs.cpSync(fixture('sites', 'valid'), CONTENT, { recursive: true });
  for (const [file, text] of Object.entries(SERIES_POSTS)) fs.writeFileSync(path.join(CONTENT, 'posts', file), text);
  buildSite(CONTENT, OUT, { SITE_LANGUAGE: 'de', SITE_TIME_ZONE: 'Pacific/Honolulu', POSTS_PER_PAGE: '2' });
}, 300_000);

/**
 * What of a page a person meets: the title, the meta description, the text of the body (scripts and styles
 * aside, noscript included), and the attributes that are read aloud or shown (aria-label, title, placeholder,
 * alt), plus the strings handed to the enhancement scripts.
 */
function interfaceText(root: HTMLElement): string {
  const attributes = root
    .querySelectorAll('[aria-label], [title], [placeholder], [alt], [data-strings]')
    .flatMap((element) => ['aria-label', 'title', 'placeholder', 'alt', 'data-strings'].map((name) => element.getAttribute(name) ?? ''));
  const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const body = root.querySelector('body')!.clone() as HTMLElement;
  for (const element of body.querySelectorAll('script, style')) element.remove();
  return [root.querySelector('title')?.text ?? '', description, body.textContent, ...attributes].join('\n');
}

// The English dictionary's words, written out: none may be left in a German build. ("and", which joins
// authors' names, and "Published" are left out: the fixture's English content has them.)
const ENGLISH = [
  'Skip to content', 'RSS feed', 'Breadcrumb', 'Light theme', 'Dark theme', "The system's theme", 'Search posts',
  'Search every post', 'Search runs in your browser', 'Latest posts', 'All posts in the archive', 'Topics',
  'Popular tags', 'All tags', 'All categories', 'most used first', 'No posts yet', 'Posts by', 'posts on', 'post on',
  'newest first', 'tagged', 'Pagination', 'Newer posts', 'Older posts', 'Page 1 of', 'Updated',
  'min read', 'Share', 'opens in a new tab', 'Copy link', 'Link copied', 'Could not copy', 'Copy code', 'Press Ctrl',
  'On this page', 'Related posts', 'Previous and next posts', 'Previous post', 'Next post', 'About Ada', 'elsewhere',
  'Part 1 of', 'in the series', 'A series of', 'Link to section', 'Footnotes', 'Back to reference', 'Table', 'Task',
  'Note', 'Page not found', 'There is nothing at this address', 'Go to the home page', 'Browse all posts',
  'Browse by tag', 'Moved', 'This page has moved', 'Searching', 'not available right now', 'match',
  'Home', 'Categories', 'Tags', 'Theme', 'Main', 'Footer', 'Email', 'Search', 'By', 'sections', 'Pages', 'Follow',
];

// English month names that German spells otherwise: dates must be German too.
const ENGLISH_MONTHS = ['January', 'February', 'March', 'May', 'June', 'July', 'October', 'December'];

const wordPattern = (phrase: string) => new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');

describe('the fixture site built in German', () => {
  it('shows no English interface string on any page', () => {
    const files = listHtmlFiles(OUT);
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) {
      const text = interfaceText(page(file));
      for (const phrase of [...ENGLISH, ...ENGLISH_MONTHS]) if (wordPattern(phrase).test(text)) found.push(`${file}: ${phrase}`);
    }
    expect(found).toEqual([]);
  });

  it('shows the German ones instead', () => {
    const post = interfaceText(page('blog/teil-eins/index.html'));
    for (const phrase of [
      'Zum Inhalt springen', 'Startseite', 'Veröffentlicht am', '14. März 2025', '1 Min. Lesezeit', 'Teilen',
      '(öffnet in einem neuen Tab)', 'Link kopieren', 'Auf dieser Seite', 'Teil 1 von 2 der Serie', 'Fußnoten',
      'Zurück zum Verweis 1', 'Link zum Abschnitt: Erstens', 'Hinweis', 'Tabelle: Name, Wert', 'Über Ada Lovelace',
      'Nächster Beitrag', 'Ähnliche Beiträge', 'Helles Farbschema', 'Farbschema des Systems', 'Folgen', 'Abschnitte',
      'Beiträge durchsuchen', 'Kopieren', 'Code in die Zwischenablage kopieren', 'Link kopiert',
    ]) {
      expect(post, phrase).toContain(phrase);
    }
    const home = interfaceText(page('index.html'));
    for (const phrase of ['Neueste Beiträge', 'Alle Beiträge im Archiv →', 'Themen', 'Beliebte Schlagwörter', 'Schlagwörter']) expect(home, phrase).toContain(phrase);
    expect(interfaceText(page('blog/index.html'))).toContain('Seite 1 von 4');
    expect(interfaceText(page('blog/page/2/index.html'))).toContain('Neuere Beiträge');
    expect(interfaceText(page('blog/tags/index.html'))).toContain('Schlagwörter im Blog, die häufigsten zuerst.');
    expect(interfaceText(page('blog/tag/serie/index.html'))).toContain('2 Beiträge mit dem Schlagwort „Serie“ auf Margins.');
    expect(interfaceText(page('blog/author/ada-lovelace/index.html'))).toContain('Beiträge von Ada Lovelace');
    expect(interfaceText(page('404.html'))).toContain('Seite nicht gefunden');
    const moved = interfaceText(page('alt/teil-zwei/index.html'));
    for (const phrase of ['Umgezogen: Zweiter Teil', 'Diese Seite ist umgezogen: Zweiter Teil.']) expect(moved, phrase).toContain(phrase);
    const search = interfaceText(page('search/index.html'));
    for (const phrase of ['Suche', 'Die Suche läuft in Ihrem Browser', 'Suche läuft …', 'Keine Beiträge zu „{q}“.']) expect(search, phrase).toContain(phrase);
  });

  it('keeps a date-only date on its day in the site time zone, on the page and in every machine-readable date', () => {
    const post = page('blog/teil-eins/index.html');
    const time = post.querySelector('time[data-pagefind-meta="date"]')!;
    expect(time.text).toBe('14. März 2025');
    expect(time.getAttribute('datetime')).toBe('2025-03-14T00:00:00.000-10:00');
    const jsonLd = post.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text) as Record<string, unknown>);
    expect(jsonLd.find((data) => data['@type'] === 'BlogPosting')).toMatchObject({ datePublished: '2025-03-14T00:00:00.000-10:00', inLanguage: 'de' });
    expect(post.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe('2025-03-14T00:00:00.000-10:00');
    expect(read('sitemap.xml')).toContain('<loc>https://fixture.example/blog/teil-eins/</loc><lastmod>2025-03-14T00:00:00.000-10:00</lastmod>');
    expect(read('feed.xml')).toContain('<pubDate>Fri, 14 Mar 2025 00:00:00 -1000</pubDate>');
    expect(read('atom.xml')).toContain('<published>2025-03-14T00:00:00.000-10:00</published>');
    const item = (JSON.parse(read('feed.json')) as { items: Array<{ url: string; date_published: string }> }).items.find((entry) => entry.url.endsWith('/teil-eins/'));
    expect(item?.date_published).toBe('2025-03-14T00:00:00.000-10:00');
  });

  it('shows an instant on its day in the site time zone', () => {
    // "2025-02-15T09:30:00+02:00" is 21:30 on February 14 in Honolulu.
    const time = page('blog/csharp-notes/index.html').querySelector('time[data-pagefind-meta="date"]')!;
    expect(time.text).toBe('14. Februar 2025');
    expect(time.getAttribute('datetime')).toBe('2025-02-14T21:30:00.000-10:00');
  });

  it('tells browsers, social networks, feed readers and the search index the language', () => {
    for (const file of ['index.html', 'blog/teil-eins/index.html', '404.html', 'search/index.html']) {
      expect(page(file).querySelector('html')?.getAttribute('lang'), file).toBe('de');
    }
    expect(page('index.html').querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('de_DE');
    expect(read('feed.xml')).toContain('<language>de</language>');
    expect(read('blog/tag/serie/feed.xml')).toContain('<language>de</language>');
    expect(read('atom.xml')).toContain('xml:lang="de"');
    expect((JSON.parse(read('feed.json')) as { language: string }).language).toBe('de');
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages.de!.page_count).toBe(8);
  });
});
