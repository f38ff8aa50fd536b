import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteScripts } from '@/components/site-scripts';
import { googleAnalytics, plausible, scriptOnPage, siteScriptsSchema, umami, type SiteScript, type SiteScriptInput } from '@/lib/site/scripts';
import { siteConfigProblems } from '../helpers';

describe('the presets', () => {
  it('write the entries for Plausible, Umami and Google Analytics', () => {
    expect(plausible({ domain: 'blog.example' })).toEqual([
      { name: 'plausible', src: 'https://plausible.io/js/script.js', defer: true, attributes: { 'data-domain': 'blog.example' } },
    ]);
    expect(umami({ websiteId: 'abc-123', src: 'https://stats.example/script.js', pages: ['/blog/'] })).toEqual([
      { name: 'umami', src: 'https://stats.example/script.js', defer: true, attributes: { 'data-website-id': 'abc-123' }, pages: ['/blog/'] },
    ]);
    expect(googleAnalytics({ measurementId: 'G-AB12CD' })).toEqual([
      { name: 'google-analytics', src: 'https://www.googletagmanager.com/gtag/js?id=G-AB12CD', async: true },
      {
        name: 'google-analytics-config',
        code: "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-AB12CD');",
      },
    ]);
  });

  it('refuse a Google Analytics id that is not one, since it is written into code', () => {
    expect(() => googleAnalytics({ measurementId: "G-1');alert('x" })).toThrow(
      `site.config.ts: googleAnalytics measurementId: found "G-1');alert('x", expected an id such as G-XXXXXXXXXX`,
    );
  });
});

describe('the scripts of the site config', () => {
  it('accept the presets and page lists', () => {
    expect(siteConfigProblems({ scripts: [...plausible({ domain: 'a.example', pages: ['/blog/'] }), ...googleAnalytics({ measurementId: 'G-X1' })] })).toBe('accepted');
  });

  it.each<[string, SiteScriptInput[], boolean, string]>([
    ['a bad name', [{ name: 'My Stats', src: '/s.js' }], false, 'scripts[0].name: found "My Stats", expected lowercase letters, digits and dashes, such as "plausible"'],
    ['a repeated name', [{ name: 'a', src: '/a.js' }, { name: 'a', code: 'x()' }], false, 'scripts[1].name: found "a", expected a name no other script has'],
    ['a plain-http src', [{ name: 'a', src: 'http://cdn.example/a.js' }], false, 'scripts[0].src: found "http://cdn.example/a.js", expected an https URL or a site path such as /js/stats.js'],
    ['a protocol-relative src', [{ name: 'a', src: '//cdn.example/a.js' }], false, 'scripts[0].src: found "//cdn.example/a.js", expected an https URL or a site path such as /js/stats.js'],
    ['neither src nor code', [{ name: 'a' }], false, 'scripts[0].src: found nothing, expected a src (a script file) or code (written into the page)'],
    ['both src and code', [{ name: 'a', src: '/a.js', code: 'x()' }], false, 'scripts[0].code: found "x()", expected no code beside a src: an entry is a script file or inline code'],
    ['empty code', [{ name: 'a', code: '  ' }], false, 'scripts[0].code: found "  ", expected JavaScript code'],
    ['code that ends the tag', [{ name: 'a', code: 'x("</script>")' }], false, 'scripts[0].code: found "x(\\"</script>\\")", expected code without "</script" (it would end the tag early)'],
    ['defer on inline code', [{ name: 'a', code: 'x()', defer: true }], false, 'scripts[0].defer: found true, expected nothing on inline code (async and defer apply only to a src)'],
    ['a placement', [{ name: 'a', src: '/a.js', placement: 'footer' as 'body' }], false, 'scripts[0].placement: found "footer", expected "head" or "body"'],
    ['an async script in the body', [{ name: 'a', src: '/a.js', async: true, placement: 'body' }], false, 'scripts[0].placement: found "body", expected "head" for an async script (React moves those into <head>)'],
    ['an empty page list', [{ name: 'a', src: '/a.js', pages: [] }], false, 'scripts[0].pages: found [], expected "all" or a list of path prefixes such as ["/blog/"]'],
    ['a relative prefix', [{ name: 'a', src: '/a.js', pages: ['/', 'blog/'] }], false, 'scripts[0].pages[1]: found "blog/", expected a site path prefix starting with /'],
    ['a page list with the client runtime', [{ name: 'a', src: '/a.js', pages: ['/blog/'] }], true, 'scripts[0].pages: found ["/blog/"], expected "all" while clientRuntime is true (client navigation keeps scripts across pages)'],
    ['a reserved attribute', [{ name: 'a', src: '/a.js', attributes: { 'data-site-script': 'b' } }], false, 'scripts[0].attributes: found "data-site-script", expected an attribute name such as data-domain (src, async and defer have fields of their own)'],
    ['a misspelled field', [{ name: 'a', src: '/a.js', defered: true } as SiteScriptInput], false, 'scripts[0].defered: found true, expected a field of a script entry: did you mean `defer`?'],
  ])('refuse %s, naming the entry and the field', (_case, scripts, clientRuntime, problem) => {
    expect(siteConfigProblems({ scripts, clientRuntime })).toBe(`Margins found 1 problem in the site config:\n  site.config.ts → ${problem}`);
  });
});

describe('scriptOnPage', () => {
  it('puts a script on every page, or on the pages under its prefixes', () => {
    expect(scriptOnPage({ name: 'a', src: '/a.js' }, '/404.html')).toBe(true);
    const blogOnly: SiteScript = { name: 'a', src: '/a.js', pages: ['/blog/', '/notes/'] };
    expect(scriptOnPage(blogOnly, '/blog/a-post/')).toBe(true);
    expect(scriptOnPage(blogOnly, '/notes/')).toBe(true);
    expect(scriptOnPage(blogOnly, '/')).toBe(false);
    expect(scriptOnPage(blogOnly, '/search/')).toBe(false);
  });
});

describe('SiteScripts', () => {
  const scripts = siteScriptsSchema.parse([
    ...plausible({ domain: 'blog.example' }),
    { name: 'counter', code: 'window.counted = true;', placement: 'body' },
    { name: 'widget', src: '/js/widget.js', defer: true, placement: 'body', attributes: { 'data-theme': 'auto' } },
  ]);

  it('renders the scripts of one placement, each marked with its name', () => {
    expect(renderToStaticMarkup(createElement(SiteScripts, { scripts, placement: 'head' }))).toBe(
      '<script src="https://plausible.io/js/script.js" defer="" data-domain="blog.example" data-site-script="plausible"></script>',
    );
    expect(renderToStaticMarkup(createElement(SiteScripts, { scripts, placement: 'body' }))).toBe(
      '<script data-site-script="counter">window.counted = true;</script>' +
        '<script src="/js/widget.js" defer="" data-theme="auto" data-site-script="widget"></script>',
    );
  });
});
