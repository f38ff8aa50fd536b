import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Comments } from '@/components/comments';
import { NewsletterForm } from '@/components/newsletter-form';
import { discussionSearchUrl, giscusAttributes, type CommentsConfig } from '@/lib/site/comments';
import { buttondown, kit, mailchimp } from '@/lib/site/newsletter';
import { siteConfigProblems } from '../helpers';

/** The message of a site config that has only this one problem, in site.config.ts. */
const oneProblem = (problem: string) => `Margins found 1 problem in the site config:\n  site.config.ts → ${problem}`;

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
    expect(siteConfigProblems({ comments: giscus })).toBe('accepted');
    expect(siteConfigProblems({ comments: { ...giscus, themes: { light: 'light_high_contrast', dark: 'https://blog.example/giscus.css' }, lang: 'zh-CN' } })).toBe('accepted');
    expect(siteConfigProblems({ comments: undefined })).toBe('accepted');
  });

  it.each<[string, unknown, string]>([
    ['a repository without its owner', { ...giscus, repo: 'blog' }, 'comments.repo: found "blog", expected a GitHub repository as "owner/name"'],
    ['a missing repository id', { ...giscus, repoId: undefined }, 'comments.repoId: found nothing, expected the data-repo-id giscus.app gives, such as "R_kgDOAbCdEf"'],
    ['an empty category', { ...giscus, category: ' ' }, 'comments.category: found " ", expected the name of a Discussions category, such as "Comments"'],
    ['a category id with quotes', { ...giscus, categoryId: 'DIC_"x' }, 'comments.categoryId: found "DIC_\\"x", expected the data-category-id giscus.app gives, such as "DIC_kwDOAbCdEf4CZ1Yq"'],
    ['a misspelled field', { ...giscus, repoID: 'R_x' }, 'comments.repoID: found "R_x", expected a field of comments: did you mean `repoId`?'],
    ['reactions as text', { ...giscus, reactions: '1' }, 'comments.reactions: found "1", expected true or false'],
    ['an unknown input position', { ...giscus, inputPosition: 'middle' }, 'comments.inputPosition: found "middle", expected "top" or "bottom"'],
    ['a theme URL over http', { ...giscus, themes: { light: 'light', dark: 'http://x.example/t.css' } }, 'comments.themes.dark: found "http://x.example/t.css", expected a giscus theme name such as "dark_dimmed" or an https URL of a stylesheet'],
    ['a list', [giscus], 'comments: found [{"repo":"ada/blog","repoId":"R_kgDOAbCdEf","category":"Comments","categoryId..., expected an object with repo, repoId, category and categoryId from giscus.app, or no comments field'],
  ])('refuse %s, naming the field', (_, comments, problem) => {
    expect(siteConfigProblems({ comments })).toBe(oneProblem(problem));
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
      expect(siteConfigProblems({ newsletter: preset })).toBe('accepted');
    }
  });

  it.each<[string, unknown, string]>([
    ['an http action', { action: 'http://buttondown.com/x', emailField: 'email' }, 'newsletter.action: found "http://buttondown.com/x", expected the https URL of the provider\'s subscribe form, such as https://buttondown.com/api/emails/embed-subscribe/you'],
    ['a relative action', { action: '/subscribe', emailField: 'email' }, 'newsletter.action: found "/subscribe", expected the https URL of the provider\'s subscribe form, such as https://buttondown.com/api/emails/embed-subscribe/you'],
    ['no email field', { action: 'https://x.example/s' }, 'newsletter.emailField: found nothing, expected the form field name the provider expects, such as "email" or "EMAIL"'],
    ['a hidden field named like the email', { action: 'https://x.example/s', emailField: 'email', hiddenFields: { email: 'x' } }, 'newsletter.hiddenFields.email: found "x", expected a form field name other than the email field'],
    ['a hidden field with a space in its name', { action: 'https://x.example/s', emailField: 'email', hiddenFields: { 'my field': 'x' } }, 'newsletter.hiddenFields: found "my field", expected a form field name such as "embed"'],
    ['a hidden value that is a number', { action: 'https://x.example/s', emailField: 'email', hiddenFields: { embed: 1 } }, 'newsletter.hiddenFields.embed: found 1, expected text'],
    ['a misspelled field', { action: 'https://x.example/s', emailField: 'email', tittle: 'News' }, 'newsletter.tittle: found "News", expected a field of newsletter: did you mean `title`?'],
  ])('refuses %s, naming the field', (_, newsletter, problem) => {
    expect(siteConfigProblems({ newsletter })).toBe(oneProblem(problem));
  });

  it('is off in the sample config', () => {
    expect(renderToStaticMarkup(createElement(NewsletterForm))).toBe('');
  });
});
