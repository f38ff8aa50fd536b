import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCache, pruneUnused, sourceFingerprint } from '@/lib/posts/cache';
import { ContentError, loadContent, type LoadOptions } from '@/lib/posts';
import { ROOT } from '../helpers';

/** A throwaway site with two posts, one showing /images/figure.png, with its own public/ and cache. */
function tempSite(): LoadOptions {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-cache-'));
  fs.mkdirSync(path.join(root, 'content', 'posts'), { recursive: true });
  fs.mkdirSync(path.join(root, 'content', 'authors'));
  fs.mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content', 'authors', 'ada.md'), '---\nname: Ada\n---\nBio.\n');
  fs.writeFileSync(path.join(root, 'content', 'posts', 'figure.md'), '---\ntitle: Figure\ndate: "2025-01-01"\nauthor: ada\n---\n![A figure](/images/figure.png)\n');
  fs.writeFileSync(path.join(root, 'content', 'posts', 'words.md'), '---\ntitle: Words\ndate: "2025-01-02"\nauthor: ada\n---\nJust words.\n');
  return { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), includeDrafts: false, now: new Date(), cacheDir: path.join(root, 'cache') };
}

const image = (name: string) => path.join(ROOT, 'public', 'images', name);
const entries = (options: LoadOptions) => {
  const dir = path.join(options.cacheDir!, 'files');
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
};
const htmlOf = (options: LoadOptions, slug: string) => {
  const { content } = loadContent(options);
  return content.body(content.postBySlug.get(slug)!).html;
};

/** A copy of the sources the cache key is made of: lib/ and the lock file, in a folder of its own. */
function tempSources(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-sources-'));
  fs.cpSync(path.join(ROOT, 'lib'), path.join(root, 'lib'), { recursive: true });
  for (const file of ['site.config.ts', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, file), path.join(root, file));
  return root;
}

describe('the content cache', () => {
  it('reports a missing image, then renders again once the image exists', () => {
    const options = tempSite();
    expect(() => loadContent(options)).toThrow(ContentError);
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    expect(htmlOf(options, 'figure')).toContain('width="1000" height="560"');
  });

  it('renders again exactly the posts whose image changed', () => {
    const options = tempSite();
    const figure = path.join(options.publicDir, 'images', 'figure.png');
    fs.copyFileSync(image('posts/page-anatomy.png'), figure);
    expect(htmlOf(options, 'figure')).toContain('width="1000" height="560"');
    const before = new Map(entries(options).map((file) => [file, fs.readFileSync(file, 'utf8')]));
    fs.copyFileSync(image('authors/zoe-martin.png'), figure);
    fs.utimesSync(figure, new Date(), new Date(Date.now() + 5000));
    const loaded = loadContent(options);
    expect(loaded.filesParsed).toBe(0);
    expect(loaded.content.body(loaded.content.postBySlug.get('figure')!).html).toContain('width="256" height="256"');
    const changed = entries(options).filter((file) => fs.readFileSync(file, 'utf8') !== before.get(file));
    expect(changed).toHaveLength(1);
    expect(fs.readFileSync(changed[0]!, 'utf8')).toContain('width=\\"256\\" height=\\"256\\"');
  });

  it('parses nothing the second time, and treats a damaged entry as missing', () => {
    const options = tempSite();
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    expect(loadContent(options).filesParsed).toBe(3);
    expect(loadContent(options).filesParsed).toBe(0);
    for (const file of entries(options)) fs.writeFileSync(file, '{ not json');
    expect(loadContent(options).filesParsed).toBe(3);
    expect(htmlOf(options, 'figure')).toContain('alt="A figure"');
  });

  it('parses a file again when its cached entry was altered without changing its length', () => {
    const options = tempSite();
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    expect(loadContent(options).filesParsed).toBe(3);
    for (const file of entries(options)) {
      const entry = fs.readFileSync(file, 'latin1');
      if (entry.includes('A figure')) fs.writeFileSync(file, entry.replace('A figure', 'A fXgure'), 'latin1');
    }
    const loaded = loadContent(options);
    expect(loaded.filesParsed).toBe(1);
    expect(loaded.content.body(loaded.content.postBySlug.get('figure')!).html).toContain('alt="A figure"');
  });

  it('parses a file again when its bytes change, and only that file', () => {
    const options = tempSite();
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    loadContent(options);
    const file = path.join(options.contentDir, 'posts', 'figure.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Figure', 'title: A new title'));
    const loaded = loadContent(options);
    expect(loaded.filesParsed).toBe(1);
    expect(loaded.content.postBySlug.get('figure')?.title).toBe('A new title');
  });

  it('deletes the entries a build did not use', () => {
    const options = tempSite();
    fs.copyFileSync(image('posts/page-anatomy.png'), path.join(options.publicDir, 'images', 'figure.png'));
    loadContent(options);
    expect(entries(options)).toHaveLength(3);
    const past = new Date(Date.now() - 60_000);
    for (const file of entries(options)) fs.utimesSync(file, past, past);
    fs.rmSync(path.join(options.contentDir, 'posts', 'words.md'));
    const buildTime = new Date();
    loadContent({ ...options, now: buildTime });
    expect(pruneUnused(options.cacheDir!, buildTime)).toBe(1);
    expect(entries(options)).toHaveLength(2);
    expect(loadContent(options).filesParsed).toBe(0);
  });
});

describe('the cache key', () => {
  const key = (root: string, siteUrl = 'https://a.example') => new ContentCache(undefined, '/public', siteUrl, root).key('/content/posts/a.md', Buffer.from('# A'));

  it('changes when any file of lib/ or the site config changes, including files no list names', () => {
    const root = tempSources();
    const original = key(root);
    expect(key(root)).toBe(original);
    for (const file of ['lib/site/page-ids.ts', 'lib/posts/og-size.ts', 'lib/posts/markdown/plugins/rehype-heading-ids.ts', 'lib/site/index.ts', 'site.config.ts']) {
      const full = path.join(root, file);
      const source = fs.readFileSync(full, 'utf8');
      fs.appendFileSync(full, '\n// an edit\n');
      expect(key(root), file).not.toBe(original);
      fs.writeFileSync(full, source);
      expect(key(root), file).toBe(original);
    }
  });

  it('changes when a source file is added to lib/, when the lock file changes, and with the site URL', () => {
    const root = tempSources();
    const original = key(root);
    fs.writeFileSync(path.join(root, 'lib', 'new-plugin.ts'), 'export {};\n');
    expect(key(root)).not.toBe(original);
    fs.rmSync(path.join(root, 'lib', 'new-plugin.ts'));
    fs.appendFileSync(path.join(root, 'package-lock.json'), ' ');
    expect(key(root)).not.toBe(original);
    const withLock = key(root);
    expect(key(root, 'https://b.example')).not.toBe(withLock);
  });

  it('is made of names relative to the checkout, so moving it keeps the cache', () => {
    expect(sourceFingerprint(tempSources())).toBe(sourceFingerprint(tempSources()));
  });
});
