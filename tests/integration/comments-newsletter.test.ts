import { describe, expect, it } from 'vitest';
import { htmlFiles, page, readOut } from '../build-fixture';
import { loadFixture } from '../helpers';

// The fixture site is built with giscus comments and a newsletter on (tests/fixtures/sites/valid.site.json).
const content = loadFixture('valid');

describe('comments (giscus)', () => {
  it('put a hidden "Show comments" button and a link to the discussion under each post', () => {
    const html = page('/blog/hello-world/');
    const section = html.querySelector('section[aria-labelledby="comments-heading"]');
    expect(section?.querySelector('h2#comments-heading')?.text).toBe('Comments');
    const button = section?.querySelector('button[data-comments-show]');
    expect(button?.text).toBe('Show comments');
    expect(button?.getAttribute('type')).toBe('button');
    // Shown by /scripts/comments.js: without JavaScript it could do nothing.
    expect(button?.hasAttribute('hidden')).toBe(true);
    const link = section?.querySelector('a');
    expect(link?.text).toBe('Read the discussion on GitHub');
    expect(link?.getAttribute('href')).toBe('https://github.com/margins-fixture/blog/discussions?discussions_q=in%3Atitle+%22blog%2Fhello-world%2F%22');
    expect(section?.querySelector('div.giscus')).not.toBeNull();
    expect(section?.querySelector('script[data-enhancement="comments"]')?.getAttribute('src')).toBe('/scripts/comments.js');
  });

  it('carry the giscus attributes in the page, for the script to use on click', () => {
    const config = JSON.parse(page('/blog/japanese/').querySelector('[data-comments]')?.getAttribute('data-comments') ?? '{}');
    expect(config).toEqual({
      src: 'https://giscus.app/client.js',
      attributes: {
        'data-repo': 'margins-fixture/blog',
        'data-repo-id': 'R_kgDOFixture',
        'data-category': 'Comments',
        'data-category-id': 'DIC_kwDOFixture4CAbCd',
        'data-mapping': 'specific',
        'data-term': 'blog/japanese/',
        'data-strict': '0',
        'data-reactions-enabled': '1',
        'data-emit-metadata': '0',
        'data-input-position': 'bottom',
        // The site's language, since the fixture's config names none for giscus.
        'data-lang': 'en',
      },
      themes: { light: 'light', dark: 'dark' },
    });
  });

  it('are on every post and nowhere else', () => {
    for (const post of content.posts) expect(page(post.url).querySelectorAll('[data-comments]'), post.url).toHaveLength(1);
    for (const url of ['/', '/blog/', '/about/', '/blog/tag/next-js/', '/search/']) expect(page(url).querySelector('[data-comments]'), url).toBeNull();
  });

  it('put no third-party script, frame or stylesheet in any page', () => {
    for (const file of htmlFiles()) {
      const html = page(`/${file}`);
      // What a browser fetches by itself: scripts, frames, stylesheets, preloads and icons (not a canonical link).
      const fetched = html.querySelectorAll('script[src], iframe, link[href]').filter((element) => element.tagName !== 'LINK' || /stylesheet|preload|icon/.test(element.getAttribute('rel') ?? ''));
      for (const element of fetched) {
        const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        expect(url.startsWith('/') || url.startsWith('https://fixture.example/'), `${file}: ${element.toString().slice(0, 100)}`).toBe(true);
      }
      expect(readOut(file), file).not.toMatch(/<script[^>]*giscus\.app/);
    }
  });
});

describe('the newsletter form', () => {
  it('posts the email address and the hidden fields to the provider, with a label, under each post', () => {
    const html = page('/blog/hello-world/');
    const section = html.querySelector('section[aria-labelledby="newsletter-heading"]');
    expect(section?.querySelector('h2')?.text).toBe('Get new posts by email');
    expect(section?.querySelector('p')?.text).toBe('A letter when a post is out, nothing else.');
    const form = section?.querySelector('form');
    expect(form?.getAttribute('action')).toBe('https://newsletter.example/api/subscribe/fixture');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.hasAttribute('target')).toBe(false);
    const email = form?.querySelector('input[type="email"]');
    expect(email?.getAttribute('name')).toBe('email');
    expect(email?.hasAttribute('required')).toBe(true);
    expect(form?.querySelector(`label[for="${email?.getAttribute('id')}"]`)?.text).toBe('Email address');
    expect(form?.querySelectorAll('input[type="hidden"]').map((input) => [input.getAttribute('name'), input.getAttribute('value')])).toEqual([['embed', '1']]);
    expect(form?.querySelector('button[type="submit"]')?.text).toBe('Subscribe');
    for (const post of content.posts) expect(page(post.url).querySelectorAll('form[action^="https://newsletter.example/"]'), post.url).toHaveLength(1);
    expect(page('/').querySelector('form[action^="https://newsletter.example/"]')).toBeNull();
  });
});
