import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAliases, normalizeAliasPath } from '@/lib/posts/aliases';
import { ROOT } from '../helpers';

const publicDir = path.join(ROOT, 'public');

describe('normalizeAliasPath', () => {
  it.each([
    ['/2021/03/old-post/', '/2021/03/old-post/'],
    ['/2021/03/old-post', '/2021/03/old-post/'],
    ['  /old/ ', '/old/'],
    ['/caf%C3%A9/', '/café/'],
    ['/cafe\u0301/', '/café/'],
  ])('%j → %j', (value, expected) => {
    expect(normalizeAliasPath(value)).toBe(expected);
  });

  it.each(['old-post/', 'https://example.org/old/', '/a/../b/', '/./a/', '/a//b/', '/a?p=1', '/a#top', '/a b/', '/a\\b/', '/%E0%A4%A/', '/a%0Ab/'])(
    'refuses %j',
    (value) => {
      expect(normalizeAliasPath(value)).toBeUndefined();
    },
  );
});

describe('checkAliases', () => {
  const postFiles = new Map([
    ['hello-world', 'posts/hello-world.md'],
    ['second', 'posts/second.md'],
  ]);
  const claim = (alias: string, file = 'posts/second.md') => ({ file, field: 'aliases.0', alias });

  it('accepts old addresses no page has', () => {
    expect(checkAliases([claim('/2021/03/hello/'), claim('/blog/old-slug/'), claim('/posts/second/')], postFiles, publicDir)).toEqual([]);
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
  ])('refuses %s: %s', (alias, page) => {
    expect(checkAliases([claim(alias)], postFiles, publicDir)).toEqual([
      { file: 'posts/second.md', field: 'aliases.0', found: `${JSON.stringify(alias)}, ${page}`, expected: 'an old address that no page of the site and no other alias has' },
    ]);
  });

  it('refuses an alias another post already has, naming both files', () => {
    const claims = [claim('/old/', 'posts/hello-world.md'), { file: 'posts/second.md', field: 'permalink', alias: '/old/' }];
    expect(checkAliases(claims, postFiles, publicDir)).toEqual([
      { file: 'posts/second.md', field: 'permalink', found: '"/old/", already an alias in posts/hello-world.md', expected: 'an old address that no page of the site and no other alias has' },
    ]);
  });
});
