// The site config: site.config.ts, the environment variables and the MARGINS_SITE_CONFIG file, checked
// once by one schema (lib/site/config.ts), each mistake named by where it came from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '@/lib/site/i18n';
import { absoluteUrl, getSite, handOn, loadSiteConfig, setSite } from '@/lib/site';
import { siteConfigProblems } from '../helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-site-config-'));

/** The environment of a build whose MARGINS_SITE_CONFIG is a file holding `text`. */
function withFile(name: string, text: string, env: Record<string, string> = {}): Record<string, string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { ...env, MARGINS_SITE_CONFIG: file };
}

afterEach(() => setSite(undefined));

describe('the sample config', () => {
  it('is English, in UTC, with ten posts a page, the blog and tags in its nav and a default author', () => {
    const site = loadSiteConfig({});
    expect([site.url, site.language, site.locale, site.timeZone, site.postsPerPage]).toEqual(['https://margins.example', 'en', 'en_US', 'UTC', 10]);
    expect(site.nav).toEqual([
      { label: 'Blog', href: '/blog/' },
      { label: 'Tags', href: '/blog/tags/' },
    ]);
    // content/ has three authors: `npm run new` needs to know whose a new post is (tests/unit/scaffold.test.ts).
    expect(site.defaultAuthor).toBe('zoe-martin');
    expect(fs.existsSync(path.join('content', 'authors', 'zoe-martin.md'))).toBe(true);
  });
});

describe('environment variables', () => {
  it('set the URL without its trailing slash, the language with its words, the time zone and the page size', () => {
    const site = loadSiteConfig({ SITE_URL: 'https://Blog.example.com/', SITE_LANGUAGE: 'de', SITE_TIME_ZONE: 'Europe/Berlin', POSTS_PER_PAGE: '25' });
    expect([site.url, site.language, site.locale, site.timeZone, site.postsPerPage]).toEqual(['https://blog.example.com', 'de', 'de_DE', 'Europe/Berlin', 25]);
    expect(site.nav.map((link) => link.label)).toEqual(['Blog', 'Schlagwörter']);
  });

  it('are refused when wrong, each naming its variable, what it found and what it expected', () => {
    expect(siteConfigProblems({}, { POSTS_PER_PAGE: 'abc', SITE_URL: 'example.com', SITE_LANGUAGE: 'fr', SITE_TIME_ZONE: 'GMT+25' })).toBe(
      [
        'Margins found 4 problems in the site config:',
        '  SITE_URL → url: found "example.com", expected an absolute http(s) URL such as https://blog.example.com',
        '  SITE_LANGUAGE → language: found "fr", expected a BCP 47 language tag of a language Margins has a dictionary for: en, de (add one in lib/site/i18n/)',
        '  SITE_TIME_ZONE → timeZone: found "GMT+25", expected an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"',
        '  POSTS_PER_PAGE → postsPerPage: found "abc", expected a whole number of at least 1',
      ].join('\n'),
    );
    expect(siteConfigProblems({}, { POSTS_PER_PAGE: '0' })).toBe('Margins found 1 problem in the site config:\n  POSTS_PER_PAGE → postsPerPage: found "0", expected a whole number of at least 1');
    expect(siteConfigProblems({}, { SITE_URL: 'ftp://example.com' })).toBe('Margins found 1 problem in the site config:\n  SITE_URL → url: found "ftp://example.com", expected an http or https URL');
  });
});

describe('MARGINS_SITE_CONFIG', () => {
  it('replaces the fields it names, each as a whole, and keeps the others', () => {
    const giscus = { repo: 'ada/blog', repoId: 'R_kgDOAbCdEf', category: 'Comments', categoryId: 'DIC_kwDOAbCdEf4CZ1Yq' };
    const site = loadSiteConfig(withFile('ok.json', JSON.stringify({ name: 'Other', postsPerPage: 3, comments: giscus, images: { avif: true, remoteFailure: 'error' } })));
    expect([site.name, site.postsPerPage, site.description]).toEqual(['Other', 3, 'A content-first static blog: Markdown in, fast and correct HTML out.']);
    expect(site.comments).toEqual(giscus);
    expect(site.images).toEqual({ avif: true, remoteFailure: 'error' });
  });

  it('refuses postsPerPage: 0, naming the file and the field, which POSTS_PER_PAGE no longer saves', () => {
    const env = withFile('zero.json', '{ "postsPerPage": 0 }', { POSTS_PER_PAGE: '5' });
    expect(siteConfigProblems({}, env)).toBe(`Margins found 1 problem in the site config:\n  ${env.MARGINS_SITE_CONFIG} → postsPerPage: found 0, expected a whole number of at least 1`);
  });

  it.each([
    ['broken-links.json', '{ "brokenLinks": "maybe" }', 'brokenLinks: found "maybe", expected "warn" or "error"'],
    ['images.json', '{ "images": {} }', 'images.avif: found nothing, expected true or false', 'images.remoteFailure: found nothing, expected "warn" or "error"'],
    ['unknown.json', '{ "nmae": "Other" }', 'nmae: found "Other", expected a field of the site config: did you mean `name`?'],
    [
      'proto.json',
      '{ "__proto__": { "postsPerPage": 0 } }',
      '__proto__: found {"postsPerPage":0}, expected a field of the site config (name, description, url, language, timeZone, postsPerPage, nav, social, clientRuntime, scripts, brokenLinks, comments, newsletter, defaultAuthor, images, gitHistory, repository)',
    ],
    ['nested.json', '{ "comments": { "repo": "a/b", "repoId": "R_x", "category": "C", "categoryId": "D", "repoID": "R_y" } }', 'comments.repoID: found "R_y", expected a field of comments: did you mean `repoId`?'],
    ['script.json', '{ "scripts": [{ "name": "stats", "src": "http://cdn.example/s.js" }] }', 'scripts[0].src: found "http://cdn.example/s.js", expected an https URL or a site path such as /js/stats.js'],
    ['social.json', '{ "social": { "mastodon": "@me" } }', 'social.mastodon: found "@me", expected an absolute http(s) URL'],
    ['url.json', '{ "url": "https://y.example" }', 'url: found "https://y.example", expected no url here (set SITE_URL)'],
    // The language, its locale and the time zone of a build have one source, their variables.
    ['language.json', '{ "language": "de" }', 'language: found "de", expected no language here (set SITE_LANGUAGE)'],
    ['locale.json', '{ "locale": "de_DE" }', 'locale: found "de_DE", expected no locale here (it follows SITE_LANGUAGE)'],
    ['zone.json', '{ "timeZone": "Asia/Tokyo" }', 'timeZone: found "Asia/Tokyo", expected no timeZone here (set SITE_TIME_ZONE)'],
  ])('refuses %s, naming the file and the field', (name, text, ...problems) => {
    const env = withFile(name, text);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    expect(siteConfigProblems({}, env)).toBe([`Margins found ${count} in the site config:`, ...problems.map((problem) => `  ${env.MARGINS_SITE_CONFIG} → ${problem}`)].join('\n'));
  });

  it('blames the file for a scripts entry it gives, and site.config.ts for one of its own', () => {
    const env = withFile('pages.json', '{ "clientRuntime": true }');
    expect(siteConfigProblems({ scripts: [{ name: 'stats', src: '/s.js', pages: ['/blog/'] }] }, env)).toBe(
      'Margins found 1 problem in the site config:\n  site.config.ts → scripts[0].pages: found ["/blog/"], expected "all" while clientRuntime is true (client navigation keeps scripts across pages)',
    );
    const fromFile = withFile('scripts.json', '{ "scripts": [{ "name": "My Stats", "code": "count()" }] }');
    expect(siteConfigProblems({}, fromFile)).toBe(
      `Margins found 1 problem in the site config:\n  ${fromFile.MARGINS_SITE_CONFIG} → scripts[0].name: found "My Stats", expected lowercase letters, digits and dashes, such as "plausible"`,
    );
  });

  it('refuses a file that is not a JSON object, or not there, naming it', () => {
    const notJson = withFile('bad.json', '{ comments: }');
    expect(siteConfigProblems({}, notJson)).toMatch(new RegExp(`^Margins found 1 problem in the site config:\\n  ${notJson.MARGINS_SITE_CONFIG}: found text that is not JSON \\(.+\\), expected a JSON object of site config fields$`));
    const list = withFile('list.json', '[]');
    expect(siteConfigProblems({}, list)).toBe(`Margins found 1 problem in the site config:\n  ${list.MARGINS_SITE_CONFIG}: found [], expected a JSON object of site config fields`);
    const missing = path.join(dir, 'missing.json');
    expect(siteConfigProblems({}, { MARGINS_SITE_CONFIG: missing })).toBe(`Margins found 1 problem in the site config:\n  ${missing}: found no such file, expected a JSON object of site config fields`);
  });
});

describe('the config of a process', () => {
  it('is the one set, so that a test changes it without reloading modules', () => {
    setSite(loadSiteConfig({ SITE_URL: 'https://blog.example.com/', SITE_LANGUAGE: 'de' }));
    expect(absoluteUrl('/blog/post/')).toBe('https://blog.example.com/blog/post/');
    expect(t.onThisPage).toBe('Auf dieser Seite');
    setSite(loadSiteConfig({}));
    expect(absoluteUrl('/blog/post/')).toBe('https://margins.example/blog/post/');
    expect(t.onThisPage).toBe('On this page');
  });

  it('is, in next build, the one scripts/build.ts read and handed on, not the environment’s', () => {
    const handed = handOn(loadSiteConfig({ SITE_URL: 'https://handed.example' }));
    expect(Object.keys(handed)).toEqual(['MARGINS_LOADED_SITE_CONFIG']);
    const previous = process.env.MARGINS_LOADED_SITE_CONFIG;
    process.env.MARGINS_LOADED_SITE_CONFIG = handed.MARGINS_LOADED_SITE_CONFIG;
    try {
      expect(getSite().url).toBe('https://handed.example');
    } finally {
      if (previous === undefined) delete process.env.MARGINS_LOADED_SITE_CONFIG;
      else process.env.MARGINS_LOADED_SITE_CONFIG = previous;
    }
  });

  it('builds absolute URLs from paths and leaves absolute URLs alone', () => {
    expect(absoluteUrl('/a/', 'https://x.test')).toBe('https://x.test/a/');
    expect(absoluteUrl('a/', 'https://x.test')).toBe('https://x.test/a/');
    expect(absoluteUrl('https://other.test/a/', 'https://x.test')).toBe('https://other.test/a/');
  });
});
