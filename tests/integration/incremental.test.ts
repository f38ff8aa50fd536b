// An incremental build renders only the pages whose data changed and takes the others from the page store; its
// out/ must be the same, byte for byte, as a clean build's of the same content. Each edit below is made to a copy
// of the fixture site. For two of them the site is built incrementally into one folder and with `--clean` into
// another, and the two compared file by file. For the others, one `--verify-store` build renders every page and
// fails on any page the store would have given with other bytes: the same proof at half the builds. Every build
// must also have found pages to reuse, or the comparison would prove nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_ENV } from '../../lib/build-contract';
import { listFiles } from '../../lib/posts/files';
import { removeSite } from '../../scripts/lib/publish';
import { rebuildSite, summaryOf } from '../build-fixture';
import { fixture, ROOT } from '../helpers';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-incremental-'));
const contentDir = path.join(work, 'content');
const publicDir = path.join(work, 'public');
const siteConfig = path.join(work, 'site.json');
const incremental = path.join(ROOT, 'tests', '.output', 'incremental');
const clean = path.join(ROOT, 'tests', '.output', 'incremental-clean');
const env = { POSTS_PER_PAGE: '2', PUBLIC_DIR: publicDir, [BUILD_ENV.siteConfig]: siteConfig };

const file = (...parts: string[]) => path.join(contentDir, ...parts);
const edit = (target: string, from: string | RegExp, to: string) => {
  const text = fs.readFileSync(target, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${target} has no ${from}`);
  fs.writeFileSync(target, edited);
};

/** The page counts of the summary line of the last build into `outDir`. */
function pageCounts(outDir: string): { rendered: number; reused: number; verified?: number } {
  const summary = summaryOf(outDir);
  const match = /(\d+) pages rendered, (\d+) reused/.exec(summary);
  if (!match) throw new Error(`no page counts in: ${summary}`);
  const verified = /--verify-store: (\d+) it would have reused are the same/.exec(summary)?.[1];
  return { rendered: Number(match[1]), reused: Number(match[2]), ...(verified ? { verified: Number(verified) } : {}) };
}

/** The files of two sites that differ: present in one only, or with other bytes. */
function differences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const differing = filesA.filter((name) => !filesB.has(name) || !fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))));
  return [...differing, ...[...filesB].filter((name) => !filesA.includes(name)).map((name) => `${name} (only in the clean build)`)];
}

/** Builds the edited content incrementally and clean, compares them, and returns how many pages were reused. */
function buildBoth(): number {
  rebuildSite(contentDir, incremental, env);
  rebuildSite(contentDir, clean, env, ['--clean']);
  expect(differences(incremental, clean)).toEqual([]);
  return pageCounts(incremental).reused;
}

/**
 * Builds the edited content with `--verify-store`, which fails on a stale page, and returns how many pages the
 * store would have given.
 */
function verifyStore(): number {
  rebuildSite(contentDir, incremental, env, ['--verify-store']);
  return pageCounts(incremental).verified ?? 0;
}

beforeAll(async () => {
  fs.cpSync(fixture('sites', 'valid'), contentDir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'public'), publicDir, { recursive: true });
  fs.copyFileSync(fixture('sites', 'valid.site.json'), siteConfig);
  for (const outDir of [incremental, clean]) {
    removeSite(outDir);
    fs.rmSync(`${outDir}.cache`, { recursive: true, force: true });
  }
  // The first build renders every page and fills the store.
  rebuildSite(contentDir, incremental, env);
  expect(pageCounts(incremental).reused).toBe(0);
}, 300_000);

describe('an incremental build equals a clean one, byte for byte', { timeout: 300_000 }, () => {
  it('keeps the published site when nothing changed, and renders nothing when only the published site did', () => {
    const published = fs.realpathSync(incremental);
    rebuildSite(contentDir, incremental, env);
    expect(summaryOf(incremental)).toMatch(/^build: tests\/\.output\/incremental kept in [\d.]+s: nothing it is made from changed since it was built;/);
    expect(fs.realpathSync(incremental)).toBe(published);
    // A file of the published site edited by hand: the site is built again, from the store.
    fs.appendFileSync(path.join(incremental, 'index.html'), '<!-- edited -->');
    rebuildSite(contentDir, incremental, env);
    expect(pageCounts(incremental)).toMatchObject({ rendered: 0 });
    expect(fs.readFileSync(path.join(incremental, 'index.html'), 'utf8')).not.toContain('<!-- edited -->');
  });

  it('after a body edit', () => {
    fs.appendFileSync(file('posts', 'hello-world.md'), '\nA sentence added later.\n');
    expect(buildBoth()).toBeGreaterThan(0);
  });

  it('after a title edit: neighbours, related cards, archives, tag pages and feeds change', () => {
    edit(file('posts', 'cpp-notes.md'), 'title: Notes on C++', 'title: Notes on C++, revised');
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it('after a new post', () => {
    fs.writeFileSync(file('posts', 'new-post.md'), '---\ntitle: A new post\ndate: "2025-04-10"\nauthor: ada-lovelace\ntags: ["Static Sites"]\n---\nJust written.\n');
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it('after a deleted post, whose pages are gone', () => {
    fs.rmSync(file('posts', 'csharp-notes.md'));
    expect(buildBoth()).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(incremental, 'blog', 'csharp-notes'))).toBe(false);
  });

  it('after a renamed tag', () => {
    edit(file('posts', 'cpp-notes.md'), '"Performance"', '"Speed"');
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it("after an edited author's bio", () => {
    edit(file('authors', 'grace-hopper.md'), /\n---\n[\s\S]*$/, '\n---\nGrace now writes about compilers.\n');
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it('after a draft is published', () => {
    edit(file('posts', 'draft.md'), 'published: false', 'published: true');
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it('after a scheduled post’s time has come', async () => {
    const due = new Date(Date.now() + 8_000);
    fs.writeFileSync(file('posts', 'soon.md'), `---\ntitle: Out soon\ndate: "${due.toISOString()}"\nauthor: grace-hopper\ntags: ["Rare Tag"]\n---\nOn time.\n`);
    // Built before its time, the post is not out yet...
    rebuildSite(contentDir, incremental, env);
    expect(fs.existsSync(path.join(incremental, 'blog', 'soon', 'index.html'))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now() + 1_000)));
    // ...and built after it, it is, with everything that lists it.
    expect(verifyStore()).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(incremental, 'blog', 'soon', 'index.html'))).toBe(true);
  });

  it('after an edited content page', () => {
    edit(file('pages', 'about.md'), '## Contact', 'Written for the tests.\n\n## Contact');
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it('after a replaced cover image', async () => {
    const cover = path.join(publicDir, 'images', 'covers', 'getting-started.png');
    fs.writeFileSync(cover, await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#aa3355' } }).png().toBuffer());
    expect(verifyStore()).toBeGreaterThan(0);
  });

  it('after a changed site config value: every page shows it, so every page is rendered', () => {
    const config = JSON.parse(fs.readFileSync(siteConfig, 'utf8')) as { newsletter: { description: string } };
    config.newsletter.description = 'A letter now and then.';
    fs.writeFileSync(siteConfig, JSON.stringify(config));
    expect(verifyStore()).toBe(0);
  });
});
