import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, type LoadOptions } from '@/lib/posts';
import { ROOT } from '../helpers';

/** A throwaway site with one post showing /images/figure.png, its own public/ and its own cache. */
function tempSite(): LoadOptions {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-cache-'));
  fs.mkdirSync(path.join(root, 'content', 'posts'), { recursive: true });
  fs.mkdirSync(path.join(root, 'content', 'authors'));
  fs.mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content', 'authors', 'ada.md'), '---\nname: Ada\n---\nBio.\n');
  fs.writeFileSync(path.join(root, 'content', 'posts', 'figure.md'), '---\ntitle: Figure\ndate: "2025-01-01"\nauthor: ada\n---\n![A figure](/images/figure.png)\n');
  return { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), includeDrafts: false, now: new Date(), cacheDir: path.join(root, 'cache') };
}

const image = (name: string) => path.join(ROOT, 'public', 'images', name);
const cacheFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? cacheFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

describe('the content cache', () => {
  it('reports a missing image, then renders again once the image exists', () => {
    const options = tempSite();
    expect(() => loadContent(options)).toThrow(ContentError);
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    const content = loadContent(options);
    expect(content.posts[0]?.html).toContain('width="1000" height="560"');
  });

  it('measures an image again when it changes', () => {
    const options = tempSite();
    const figure = path.join(options.publicDir, 'images', 'figure.png');
    fs.copyFileSync(image('posts/page-anatomy.png'), figure);
    expect(loadContent(options).posts[0]?.html).toContain('width="1000" height="560"');
    fs.copyFileSync(image('authors/zoe-martin.png'), figure);
    fs.utimesSync(figure, new Date(), new Date(Date.now() + 5000));
    expect(loadContent(options).posts[0]?.html).toContain('width="256" height="256"');
  });

  it('parses nothing the second time, and treats a damaged entry as missing', () => {
    const options = tempSite();
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    expect(loadContent(options).filesParsed).toBe(2);
    expect(loadContent(options).filesParsed).toBe(0);
    for (const file of cacheFiles(options.cacheDir!)) fs.writeFileSync(file, '{ not json');
    const again = loadContent(options);
    expect(again.filesParsed).toBe(2);
    expect(again.posts[0]?.html).toContain('alt="A figure"');
  });

  it('parses a file again when its bytes change', () => {
    const options = tempSite();
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    loadContent(options);
    const file = path.join(options.contentDir, 'posts', 'figure.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Figure', 'title: A new title'));
    const content = loadContent(options);
    expect(content.filesParsed).toBe(1);
    expect(content.posts[0]?.title).toBe('A new title');
  });
});
