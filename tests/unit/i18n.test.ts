import { afterEach, describe, expect, it } from 'vitest';
import { de } from '@/lib/site/i18n/de';
import { dictionaryFor, isTimeZone, ogLocaleFor, t } from '@/lib/site/i18n';
import { loadSiteConfig, setSite } from '@/lib/site';
import { en } from '@/lib/site/i18n/en';

describe('dictionaries', () => {
  it('gives German every key of English (TypeScript checks it too)', () => {
    const keys = (dictionary: object): string[] =>
      Object.entries(dictionary)
        .flatMap(([key, value]) => (value && typeof value === 'object' ? keys(value).map((inner) => `${key}.${inner}`) : [key]))
        .sort();
    expect(keys(de)).toEqual(keys(en));
  });

  it('picks a dictionary by language, whatever the region, and refuses a language without one', () => {
    expect(dictionaryFor('de-AT')).toBe(de);
    expect(dictionaryFor('EN-gb')).toBe(en);
    expect(() => dictionaryFor('fr')).toThrow('language: found "fr", expected a BCP 47 language tag of a language Margins has a dictionary for: en, de');
    expect(() => dictionaryFor('not a tag')).toThrow(/language: found "not a tag"/);
  });

  it('derives the OpenGraph locale', () => {
    expect(ogLocaleFor('en')).toBe('en_US');
    expect(ogLocaleFor('de')).toBe('de_DE');
    expect(ogLocaleFor('en-GB')).toBe('en_GB');
    expect(ogLocaleFor('de-AT')).toBe('de_AT');
  });

  it('counts with the language plural rules and number format', () => {
    expect(en.readingTime(1)).toBe('1 min read');
    expect(en.readingTime(5)).toBe('5 min read');
    expect(de.readingTime(1)).toBe('1 Min. Lesezeit');
    expect(de.readingTime(6)).toBe('6 Min. Lesezeit');
    expect(en.postsUnit(1)).toBe('post');
    expect(en.postsUnit(2)).toBe('posts');
    expect(de.postsUnit(1)).toBe('Beitrag');
    expect(de.postsUnit(2)).toBe('Beiträge');
    expect(en.blogDescription(1013, 'Margins')).toBe('All 1,013 posts on Margins, newest first.');
    expect(de.blogDescription(1013, 'Margins')).toBe('Alle 1.013 Beiträge auf Margins, die neuesten zuerst.');
    expect(en.tagDescription(1, 'CSS', 'Margins')).toBe('1 post tagged “CSS” on Margins.');
    expect(de.tagDescription(3, 'CSS', 'Margins')).toBe('3 Beiträge mit dem Schlagwort „CSS“ auf Margins.');
  });
});

describe('site language and time zone', () => {
  afterEach(() => setSite(undefined));

  it('are English and UTC unless SITE_LANGUAGE and SITE_TIME_ZONE say otherwise; the words follow the language', () => {
    const plain = loadSiteConfig({});
    expect([plain.language, plain.locale, plain.timeZone]).toEqual(['en', 'en_US', 'UTC']);
    expect(plain.nav.map((item) => item.label)).toEqual(['Blog', 'Tags']);

    const german = loadSiteConfig({ SITE_LANGUAGE: 'de', SITE_TIME_ZONE: 'Europe/Berlin' });
    expect([german.language, german.locale, german.timeZone]).toEqual(['de', 'de_DE', 'Europe/Berlin']);
    expect(german.nav.map((item) => item.label)).toEqual(['Blog', 'Schlagwörter']);
    setSite(german);
    expect(t.onThisPage).toBe('Auf dieser Seite');
  });

  it('refuses a time zone that is not an IANA name, saying what it expected', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => loadSiteConfig({ SITE_TIME_ZONE: 'Mars/Olympus_Mons' })).toThrow(
      'SITE_TIME_ZONE → timeZone: found "Mars/Olympus_Mons", expected an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"',
    );
  });
});
