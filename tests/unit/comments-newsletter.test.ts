import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Comments } from '@/components/comments';
import { NewsletterForm } from '@/components/newsletter-form';
import { checkComments, discussionSearchUrl, giscusAttributes, type CommentsConfig } from '@/lib/comments';
import { buttondown, checkNewsletter, kit, mailchimp } from '@/lib/newsletter';
import { readSiteOverrides } from '@/lib/site-overrides';

const giscus: CommentsConfig = { repo: 'ada/blog', repoId: 'R_kgDOAbCdEf', category: 'Comments', categoryId: 'DIC_kwDOAbCdEf4CZ1Yq' };

describe('giscus comments', () => {
  it('give giscus the post path as its term, with the defaults giscus.app suggests', () => {
    expect(giscusAttributes(giscus, 'hello-world')).toEqual({
      'data-repo': 'ada/blog',
      'data-repo-id': 'R_kgDOAbCdEf',
      'data-category': 'Comments',
      'data-category-id': 'DIC_kwDOAbCdEf4CZ1Yq',
      'data-mapping': 'specific',
      'data-term': 'blog/hello-world/',
      'data-strict': '0',
      'data-reactions-enabled': '1',
      'data-emit-metadata': '0',
      'data-input-position': 'bottom',
    });
    expect(giscusAttributes({ ...giscus, reactions: false, strict: true, inputPosition: 'top', lang: 'de' }, '日本語')).toMatchObject({
      'data-term': 'blog/%E6%97%A5%E6%9C%AC%E8%AA%9E/',
      'data-strict': '1',
      'data-reactions-enabled': '0',
      'data-input-position': 'top',
      'data-lang': 'de',
    });
  });

  it('link a reader without JavaScript to the discussions of the repository, searched for the post', () => {
    expect(discussionSearchUrl(giscus, 'hello-world')).toBe('https://github.com/ada/blog/discussions?discussions_q=in%3Atitle+%22blog%2Fhello-world%2F%22');
  });

  it('accept what giscus.app gives, and no comments at all', () => {
    expect(() => checkComments(giscus)).not.toThrow();
    expect(() => checkComments({ ...giscus, themes: { light: 'light_high_contrast', dark: 'https://blog.example/giscus.css' }, lang: 'zh-CN' })).not.toThrow();
    expect(() => checkComments(undefined)).not.toThrow();
  });

  it.each<[string, unknown, string]>([
    ['a repository without its owner', { ...giscus, repo: 'blog' }, 'lib/site.ts: comments.repo: found "blog", expected a GitHub repository as "owner/name"'],
    ['a missing repository id', { ...giscus, repoId: undefined }, 'lib/site.ts: comments.repoId: found undefined, expected the data-repo-id giscus.app gives'],
    ['an empty category', { ...giscus, category: ' ' }, 'lib/site.ts: comments.category: found " ", expected the name of a Discussions category'],
    ['a category id with quotes', { ...giscus, categoryId: 'DIC_"x' }, 'lib/site.ts: comments.categoryId: found "DIC_\\"x", expected the data-category-id giscus.app gives'],
    ['a misspelled field', { ...giscus, repoID: 'R_x' }, 'lib/site.ts: comments.repoID: found "R_x", expected no such field (comments has repo, repoId,'],
    ['reactions as text', { ...giscus, reactions: '1' }, 'lib/site.ts: comments.reactions: found "1", expected true or false'],
    ['an unknown input position', { ...giscus, inputPosition: 'middle' }, 'lib/site.ts: comments.inputPosition: found "middle", expected "top" or "bottom"'],
    ['a theme URL over http', { ...giscus, themes: { light: 'light', dark: 'http://x.example/t.css' } }, 'lib/site.ts: comments.themes.dark: found "http://x.example/t.css", expected a giscus theme name'],
    ['a list', [giscus], 'lib/site.ts: comments: found [{'],
  ])('refuse %s, naming the field', (_, config, message) => {
    expect(() => checkComments(config)).toThrow(message);
  });

  it('are off in the sample config: no markup, no script', () => {
    expect(renderToStaticMarkup(createElement(Comments, { slug: 'hello-world' }))).toBe('');
  });
});

describe('the newsletter form', () => {
  it('has presets for Buttondown, Kit and Mailchimp', () => {
    expect(buttondown({ username: 'ada' })).toEqual({ action: 'https://buttondown.com/api/emails/embed-subscribe/ada', emailField: 'email', hiddenFields: { embed: '1' } });
    expect(kit({ formId: '1234567', newTab: true })).toEqual({ action: 'https://app.kit.com/forms/1234567/subscriptions', emailField: 'email_address', newTab: true });
    expect(mailchimp({ action: 'https://ada.us21.list-manage.com/subscribe/post?u=0a1b2c&id=9f8e7d' })).toEqual({
      action: 'https://ada.us21.list-manage.com/subscribe/post?u=0a1b2c&id=9f8e7d',
      emailField: 'EMAIL',
      hiddenFields: { b_0a1b2c_9f8e7d: '' },
    });
    for (const preset of [buttondown({ username: 'ada' }), kit({ formId: '1' }), mailchimp({ action: 'https://a.list-manage.com/subscribe/post?u=1&id=2' })]) {
      expect(() => checkNewsletter(preset)).not.toThrow();
    }
  });

  it.each<[string, unknown, string]>([
    ['an http action', { action: 'http://buttondown.com/x', emailField: 'email' }, 'lib/site.ts: newsletter.action: found "http://buttondown.com/x", expected the https URL'],
    ['a relative action', { action: '/subscribe', emailField: 'email' }, 'lib/site.ts: newsletter.action: found "/subscribe", expected the https URL'],
    ['no email field', { action: 'https://x.example/s' }, 'lib/site.ts: newsletter.emailField: found undefined, expected the form field name'],
    ['a hidden field named like the email', { action: 'https://x.example/s', emailField: 'email', hiddenFields: { email: 'x' } }, 'lib/site.ts: newsletter.hiddenFields: found "email", expected a form field name other than the email field'],
    ['a hidden value that is a number', { action: 'https://x.example/s', emailField: 'email', hiddenFields: { embed: 1 } }, 'lib/site.ts: newsletter.hiddenFields.embed: found 1, expected text'],
    ['a misspelled field', { action: 'https://x.example/s', emailField: 'email', tittle: 'News' }, 'lib/site.ts: newsletter.tittle: found "News", expected no such field'],
  ])('refuses %s, naming the field', (_, config, message) => {
    expect(() => checkNewsletter(config)).toThrow(message);
  });

  it('is off in the sample config', () => {
    expect(renderToStaticMarkup(createElement(NewsletterForm))).toBe('');
  });
});

describe('MARGINS_SITE_CONFIG', () => {
  const defaults = { name: 'Margins', url: 'https://x.example', postsPerPage: 10, nav: [] as string[], comments: undefined as CommentsConfig | undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-site-config-'));
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return { MARGINS_SITE_CONFIG: at };
  };

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('replaces the fields it names and keeps the others', () => {
    expect(readSiteOverrides(defaults, {})).toEqual({ fields: {} });
    const env = file('ok.json', JSON.stringify({ name: 'Other', comments: giscus }));
    expect(readSiteOverrides(defaults, env)).toEqual({ fields: { name: 'Other', comments: giscus }, source: env.MARGINS_SITE_CONFIG });
  });

  it.each([
    ['unknown.json', '{"nmae": "x"}', ': nmae: found "x", expected a field of the site config (name, url, postsPerPage, nav, comments)'],
    ['kind.json', '{"postsPerPage": "5"}', ': postsPerPage: found "5", expected a number like lib/site.ts\'s'],
    ['url.json', '{"url": "https://y.example"}', ': url: found "https://y.example", expected no url here (set SITE_URL)'],
    // The language and time zone are checked where the environment gives them; a file would pass them unchecked.
    ['language.json', '{"language": "de"}', ': language: found "de", expected no language here (set SITE_LANGUAGE)'],
    ['zone.json', '{"timeZone": "Mars/Base"}', ': timeZone: found "Mars/Base", expected no timeZone here (set SITE_TIME_ZONE)'],
    ['list.json', '[]', ': found [], expected a JSON object of site config fields'],
  ])('refuses %s, naming the file and the field', (name, text, message) => {
    const env = file(name, text);
    expect(() => readSiteOverrides(defaults, env)).toThrow(`${env.MARGINS_SITE_CONFIG}${message}`);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const env = file('bad.json', '{ comments: }');
    expect(() => readSiteOverrides(defaults, env)).toThrow(`MARGINS_SITE_CONFIG: could not read "${env.MARGINS_SITE_CONFIG}" as JSON`);
  });

  it('reaches the site config, whose checks name the file', async () => {
    vi.stubEnv('MARGINS_SITE_CONFIG', file('site.json', JSON.stringify({ comments: { ...giscus, repo: 'nope' } })).MARGINS_SITE_CONFIG);
    vi.resetModules();
    await expect(import('@/lib/site')).rejects.toThrow(`${path.join(dir, 'site.json')}: comments.repo: found "nope"`);
    vi.stubEnv('MARGINS_SITE_CONFIG', file('site2.json', JSON.stringify({ comments: giscus })).MARGINS_SITE_CONFIG);
    vi.resetModules();
    expect((await import('@/lib/site')).site.comments).toEqual(giscus);
  });
});
