import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/posts';
import { writeRedirects } from '@/scripts/lib/redirects';
import { loadFixture } from '../helpers';

// hugo-planning of the other-engines fixture has the aliases /posts/planning-the-move/ and /2023/03/planning.
const content = loadFixture('other-engines');
let outDir = '';
afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));
const fresh = () => (outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-redirects-')));
const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');

describe('writeRedirects', () => {
  it('writes a redirect page at each alias and one _redirects file', () => {
    writeRedirects(fresh(), content);
    const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: Planning the move</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="https://margins.example/blog/hugo-planning/">
<meta http-equiv="refresh" content="0; url=/blog/hugo-planning/">
</head>
<body>
<p>This page has moved to <a href="/blog/hugo-planning/">Planning the move</a>.</p>
</body>
</html>
`;
    expect(read('posts/planning-the-move/index.html')).toBe(page);
    expect(read('2023/03/planning/index.html')).toBe(page);
    expect(read('_redirects')).toBe('/posts/planning-the-move/ /blog/hugo-planning/ 301\n/2023/03/planning/ /blog/hugo-planning/ 301\n');
  });

  it('adds its rules after those of the site’s own _redirects', () => {
    fs.writeFileSync(path.join(fresh(), '_redirects'), '/docs/* https://docs.example.org/:splat 302');
    writeRedirects(outDir, content);
    expect(read('_redirects')).toBe(
      '/docs/* https://docs.example.org/:splat 302\n/posts/planning-the-move/ /blog/hugo-planning/ 301\n/2023/03/planning/ /blog/hugo-planning/ 301\n',
    );
  });

  it('never replaces a page of the site', () => {
    fs.mkdirSync(path.join(fresh(), 'posts', 'planning-the-move'), { recursive: true });
    fs.writeFileSync(path.join(outDir, 'posts', 'planning-the-move', 'index.html'), 'a page');
    // What the loader cannot know of (a file system that ignores case: /About/ is about/) stops the build as a content problem, without a stack trace.
    expect(() => writeRedirects(outDir, content)).toThrow(ContentError);
    expect(() => writeRedirects(outDir, content)).toThrow(
      `tests/fixtures/sites/other-engines/posts/hugo-planning.md → aliases: found "/posts/planning-the-move/", whose redirect page would replace ${path.join(outDir, 'posts', 'planning-the-move', 'index.html')}, expected an old address that no page of the site and no other alias has, in any letter case`,
    );
  });

  it('names the post when a file of the site stands where an alias needs a folder', () => {
    fs.writeFileSync(path.join(fresh(), 'posts'), 'a file');
    expect(() => writeRedirects(outDir, content)).toThrow(ContentError);
    expect(() => writeRedirects(outDir, content)).toThrow(
      `tests/fixtures/sites/other-engines/posts/hugo-planning.md → aliases: found "/posts/planning-the-move/", whose redirect page cannot be written to ${path.join(outDir, 'posts', 'planning-the-move', 'index.html')} (ENOTDIR`,
    );
  });

  it('writes nothing for a site without aliases', () => {
    writeRedirects(fresh(), { posts: content.posts.filter((post) => post.aliases.length === 0) });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
