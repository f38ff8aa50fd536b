import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAliases, claimAlias, readAliasPath } from '@/lib/posts/aliases';
import { ROOT } from '../helpers';

const publicDir = path.join(ROOT, 'public');

const ALIAS = 'a site path such as "/2021/03/old-post/": letters, digits, "-", ".", "_" and "~" between single slashes';

describe('readAliasPath', () => {
  it.each([
    ['/2021/03/old-post/', '/2021/03/old-post/'],
    ['/2021/03/old-post', '/2021/03/old-post/'],
    ['  /old/ ', '/old/'],
    ['/caf%C3%A9/', '/café/'],
    ['/cafe\u0301/', '/café/'],
    ['/Old_Post.html', '/Old_Post.html/'],
    ['/~ada/notes/', '/~ada/notes/'],
    // The page of /q/ is q/index.html: one address, two spellings.
    ['/q/index.html', '/q/'],
    ['/q/index.html/', '/q/'],
    [`/${'a'.repeat(100)}/`, `/${'a'.repeat(100)}/`],
  ])('%j → %j', (value, expected) => {
    expect(readAliasPath(value)).toEqual({ path: expected });
  });

  it.each([
    ['old-post/', `${ALIAS}, starting with "/" (a path of this site, not a URL)`],
    ['https://example.org/old/', `${ALIAS}, starting with "/" (a path of this site, not a URL)`],
    ['/a/../b/', `${ALIAS}, without "." or ".." segments`],
    ['/./a/', `${ALIAS}, without "." or ".." segments`],
    ['/a//b/', `${ALIAS}, without "//"`],
    ['//evil.example/', `${ALIAS}, without "//"`],
    ['/%E0%A4%A/', `${ALIAS}, whose %-escapes spell UTF-8 text`],
    ['/*', `${ALIAS}, without "*" (_redirects reads it as a splat that matches any path)`],
    ['/**/', `${ALIAS}, without "*" (_redirects reads it as a splat that matches any path)`],
    ['/:year/:month/', `${ALIAS}, without ":" (_redirects reads it as a placeholder that matches any segment)`],
    ['/old/:slug', `${ALIAS}, without ":" (_redirects reads it as a placeholder that matches any segment)`],
    ['/old/ 200!', `${ALIAS}, without U+0020 (_redirects reads it as the end of the address)`],
    ['/old!/', `${ALIAS}, without "!" (_redirects reads it as a flag that forces the rule)`],
    ['/a?p=1', `${ALIAS}, without "?" (it starts a query, which is no part of the path)`],
    ['/a#top', `${ALIAS}, without "#" (it starts a fragment, which is no part of the path)`],
    ['/store id=1', `${ALIAS}, without U+0020 (_redirects reads it as the end of the address)`],
    ['/a%09b/', `${ALIAS}, without U+0009 (_redirects reads it as the end of the address)`],
    ['/a%0Ab/', `${ALIAS}, without U+000A (_redirects reads it as the end of the address)`],
    ['/a\u202Eb/', `${ALIAS}, without U+202E`],
    ['/a\\b/', `${ALIAS}, without "\\\\" (a path separator on Windows)`],
    ['/c++/', `${ALIAS}, without "+"`],
    ['/a%25b/', `${ALIAS}, without "%"`],
    ['/q/index.html/x/', `${ALIAS}, with "index.html" only once, at the end`],
    [`/${'a'.repeat(101)}/`, `${ALIAS}, each segment at most 100 bytes once URL-encoded (about 100 ASCII letters or 11 CJK characters)`],
    [`/${'a'.repeat(300)}/`, `${ALIAS}, each segment at most 100 bytes once URL-encoded (about 100 ASCII letters or 11 CJK characters)`],
    [`/${Array(6).fill('a'.repeat(100)).join('/')}/`, `${ALIAS}, at most 500 bytes once URL-encoded`],
  ])('refuses %j: expected %s', (value, expected) => {
    expect(readAliasPath(value)).toEqual({ expected });
  });
});

describe('claimAlias', () => {
  // Aliases the site infers (a renamed file) go through the same checks as written ones, with their source.
  it('claims an alias for its source, as the site writes it', () => {
    expect(claimAlias('/old/index.html', { file: 'posts/a.md', field: '(renamed from posts/old.md)' })).toEqual({
      claim: { file: 'posts/a.md', field: '(renamed from posts/old.md)', alias: '/old/' },
    });
  });

  it('names the source, the value and what was expected', () => {
    expect(claimAlias('/*', { file: 'posts/a.md', field: 'aliases.0' })).toEqual({
      problem: { file: 'posts/a.md', field: 'aliases.0', found: '"/*"', expected: `${ALIAS}, without "*" (_redirects reads it as a splat that matches any path)` },
    });
  });
});

describe('checkAliases', () => {
  const pageFiles = {
    posts: new Map([
      ['hello-world', 'posts/hello-world.md'],
      ['second', 'posts/second.md'],
    ]),
    pages: new Map([['about', 'pages/about.md']]),
  };
  const claim = (alias: string, file = 'posts/second.md') => ({ file, field: 'aliases.0', alias });

  it('accepts old addresses no page has', () => {
    expect(checkAliases([claim('/2021/03/hello/'), claim('/blog/old-slug/'), claim('/posts/second/')], pageFiles, publicDir)).toEqual([]);
  });

  it.each([
    ['/', 'the address of the home page'],
    ['/blog/', 'the address of the blog'],
    ['/blog/hello-world/', 'the address of the post in posts/hello-world.md'],
    ['/blog/hello-world/more/', 'the address of the post in posts/hello-world.md'],
    ['/blog/tag/css/', 'an archive address (/blog/tag/...)'],
    ['/blog/series/a/', 'an archive address (/blog/series/...)'],
    ['/blog/page/2/', 'an archive address (/blog/page/...)'],
    ['/search/', "taken by the site's own /search"],
    ['/feed.xml/', "taken by the site's own /feed.xml"],
    ['/pagefind/', "taken by the site's own /pagefind"],
    ['/images/covers/deploying.png/', 'taken by public/images/covers/deploying.png'],
    ['/about/', 'the address of the page in pages/about.md'],
    ['/about/index.txt/', 'the address of the page in pages/about.md'],
    // Files Next writes in every folder of the export, there when the redirect pages are written.
    ['/__next._tree.txt/', 'taken by the files Next writes in every folder (__next.*, index.txt)'],
    ['/blog/__next.blog.__PAGE__.txt/', 'taken by the files Next writes in every folder (__next.*, index.txt)'],
    ['/blog/index.txt/', 'taken by the files Next writes in every folder (__next.*, index.txt)'],
  ])('refuses %s: %s', (alias, page) => {
    expect(checkAliases([claim(alias)], pageFiles, publicDir)).toEqual([
      { file: 'posts/second.md', field: 'aliases.0', found: `${JSON.stringify(alias)}, ${page}`, expected: 'an old address that no page of the site and no other alias has' },
    ]);
  });

  it('refuses an alias another post already has, naming both files', () => {
    const claims = [claim('/old/', 'posts/hello-world.md'), { file: 'posts/second.md', field: 'permalink', alias: '/old/' }];
    expect(checkAliases(claims, pageFiles, publicDir)).toEqual([
      { file: 'posts/second.md', field: 'permalink', found: '"/old/", already an alias in posts/hello-world.md', expected: 'an old address that no page of the site and no other alias has' },
    ]);
  });
});
