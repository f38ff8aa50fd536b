import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageEntry } from '../../lib/output/page-graph';
import { codeFingerprint, PageStore } from '../../scripts/lib/page-store';

const temp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const write = (root: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

describe('the code fingerprint', () => {
  // A project as the build sees it: code, and around it what shapes no page through the code.
  const root = temp('margins-code-');
  const files = {
    'app/layout.tsx': 'layout',
    'components/site-footer.tsx': 'footer',
    'lib/site/i18n/en.ts': 'dictionary',
    'public/scripts/search.js': 'search',
    'site.config.ts': 'config',
    'package-lock.json': 'lock',
    'a-new-folder/module.ts': 'new',
    'content/posts/a.md': 'post',
    'public/images/a.png': 'image',
    'tests/unit/a.test.ts': 'test',
    'README.md': 'readme',
    'node_modules/next/index.js': 'next',
    '.next/cache/margins/x': 'cache',
    'out.build-abc/index.html': 'old build',
  };
  for (const [file, text] of Object.entries(files)) write(root, file, text);
  const fingerprint = () => codeFingerprint(root, [path.join(root, 'content'), path.join(root, 'public'), path.join(root, 'out')], path.join(root, 'public', 'scripts'));
  const before = fingerprint();

  it.each(['app/layout.tsx', 'components/site-footer.tsx', 'lib/site/i18n/en.ts', 'public/scripts/search.js', 'site.config.ts', 'package-lock.json', 'a-new-folder/module.ts'])(
    'changes with %s',
    (file) => {
      write(root, file, 'changed');
      expect(fingerprint()).not.toBe(before);
      write(root, file, files[file as keyof typeof files]);
      expect(fingerprint()).toBe(before);
    },
  );

  it.each(['content/posts/a.md', 'public/images/a.png', 'tests/unit/a.test.ts', 'README.md', 'node_modules/next/index.js', '.next/cache/margins/x', 'out.build-abc/index.html'])(
    'stays the same when %s changes',
    (file) => {
      write(root, file, 'changed');
      expect(fingerprint()).toBe(before);
    },
  );
});

describe('the page store', () => {
  const entry = (slug: string, fingerprint: string): PageEntry => ({
    key: `/blog/[slug] {"slug":"${slug}"}`,
    route: '/blog/[slug]',
    params: { slug },
    path: `/blog/${slug}/`,
    files: [`blog/${slug}/index.html`],
    fingerprint,
  });

  /** A finished export with a page for each slug. */
  function site(slugs: string[]): string {
    const dir = temp('margins-site-');
    for (const slug of slugs) write(dir, `blog/${slug}/index.html`, `<p>${slug}</p>`);
    return dir;
  }

  it('reuses a page whose fingerprint is the same, renders one whose is not, and restores the reused files', () => {
    const dir = temp('margins-store-');
    const first = new PageStore(dir);
    const graph = [entry('a', '1'), entry('b', '1')];
    const plan = first.plan(graph, 'site');
    expect(plan.reuse).toEqual([]);
    first.save(site(['a', 'b']), 'site', plan, (file) => (file === 'blog/a/index.html' ? ['/_next/static/a.css'] : []));

    const second = new PageStore(dir);
    const next = second.plan([entry('a', '1'), entry('b', '2'), entry('c', '1')], 'site');
    expect(next.reuse.map((page) => page.params.slug)).toEqual(['a']);
    expect(next.render.map((page) => page.params.slug)).toEqual(['b', 'c']);
    expect(second.references(next.reuse)).toEqual(['/_next/static/a.css']);
    const target = temp('margins-target-');
    second.restore(target, next.reuse);
    expect(fs.readFileSync(path.join(target, 'blog', 'a', 'index.html'), 'utf8')).toBe('<p>a</p>');
  });

  it("keeps the rendered pages' search records and gives back those of the reused ones, as long as they are reused", () => {
    const dir = temp('margins-store-');
    const first = new PageStore(dir);
    const graph = [entry('a', '1'), entry('b', '1')];
    first.save(site(['a', 'b']), 'site', first.plan(graph, 'site'), () => [], new Map([['blog/a/index.html', '<html lang="en"><body>A</body></html>']]));

    const second = new PageStore(dir);
    const next = second.plan([entry('a', '1'), entry('b', '2')], 'site');
    expect(second.records(next.reuse)).toEqual(new Map([['blog/a/index.html', '<html lang="en"><body>A</body></html>']]));
    // b is rendered again, with a record this time; a, reused, keeps its own.
    second.save(site(['a', 'b']), 'site', next, () => [], new Map([['blog/b/index.html', '<html lang="en"><body>B</body></html>']]));
    const third = new PageStore(dir);
    expect(third.records(third.plan([entry('a', '1'), entry('b', '2')], 'site').reuse)).toEqual(
      new Map([
        ['blog/a/index.html', '<html lang="en"><body>A</body></html>'],
        ['blog/b/index.html', '<html lang="en"><body>B</body></html>'],
      ]),
    );
    // A damaged record is no record: its page is rendered again.
    fs.appendFileSync(path.join(dir, 'records', 'blog', 'a', 'index.html'), 'x');
    expect(new PageStore(dir).plan([entry('a', '1'), entry('b', '2')], 'site').render.map((page) => page.params.slug)).toEqual(['a']);
  });

  it('renders every page for another site fingerprint, or when a stored file is gone', () => {
    const dir = temp('margins-store-');
    const store = new PageStore(dir);
    const graph = [entry('a', '1'), entry('b', '1')];
    store.save(site(['a', 'b']), 'site', store.plan(graph, 'site'), () => []);
    expect(new PageStore(dir).plan(graph, 'another site').reuse).toEqual([]);
    fs.rmSync(path.join(dir, 'files', 'blog', 'b', 'index.html'));
    expect(new PageStore(dir).plan(graph, 'site').reuse.map((page) => page.params.slug)).toEqual(['a']);
  });

  it('names the stored files that differ from a fresh render (--verify-store)', () => {
    const dir = temp('margins-store-');
    const store = new PageStore(dir);
    const graph = [entry('a', '1'), entry('b', '1')];
    store.save(site(['a', 'b']), 'site', store.plan(graph, 'site'), () => []);
    const fresh = site(['a', 'b']);
    write(fresh, 'blog/b/index.html', '<p>b, rendered again</p>');
    const again = new PageStore(dir);
    expect(again.staleFiles(fresh, again.plan(graph, 'site').reuse)).toEqual(['blog/b/index.html']);
  });

  it('renders a page again when its stored file was altered, even to bytes of the same length', () => {
    const dir = temp('margins-store-');
    const store = new PageStore(dir);
    const graph = [entry('a', '1'), entry('b', '1')];
    store.save(site(['a', 'b']), 'site', store.plan(graph, 'site'), () => []);
    fs.writeFileSync(path.join(dir, 'files', 'blog', 'b', 'index.html'), '<p>X</p>');
    expect(new PageStore(dir).plan(graph, 'site').render.map((page) => page.params.slug)).toEqual(['b']);
  });

  it('renders a page again when its published copy was edited in place (the copy may share the stored file)', () => {
    const dir = temp('margins-store-');
    const store = new PageStore(dir);
    const graph = [entry('a', '1')];
    store.save(site(['a']), 'site', store.plan(graph, 'site'), () => []);
    const published = temp('margins-published-');
    const again = new PageStore(dir);
    again.restore(published, again.plan(graph, 'site').reuse);
    fs.writeFileSync(path.join(published, 'blog', 'a', 'index.html'), '<p>A</p>');
    expect(new PageStore(dir).plan(graph, 'site').render.map((page) => page.params.slug)).toEqual(['a']);
  });

  it('reuses nothing after a save that stopped half way', () => {
    const dir = temp('margins-store-');
    const store = new PageStore(dir);
    const graph = [entry('a', '1'), entry('b', '1')];
    store.save(site(['a', 'b']), 'site', store.plan(graph, 'site'), () => []);
    const changed = [entry('a', '2'), entry('b', '2')];
    const again = new PageStore(dir);
    // Stopped after the first page's files were replaced, as a killed build would be.
    expect(() =>
      again.save(site(['a', 'b']), 'site', again.plan(changed, 'site'), () => {
        throw new Error('killed');
      }),
    ).toThrow('killed');
    expect(new PageStore(dir).plan(graph, 'site').reuse).toEqual([]);
  });

  it('forgets the pages the site no longer has', () => {
    const dir = temp('margins-store-');
    const store = new PageStore(dir);
    store.save(site(['a', 'b']), 'site', store.plan([entry('a', '1'), entry('b', '1')], 'site'), () => []);
    const again = new PageStore(dir);
    again.save(site([]), 'site', again.plan([entry('a', '1')], 'site'), () => []);
    expect(fs.existsSync(path.join(dir, 'files', 'blog', 'b', 'index.html'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'files', 'blog', 'a', 'index.html'))).toBe(true);
  });
});
