// Builds that the fixture site does not exercise: a blog with no posts, one without categories, a rebuild
// from a warm cache, and `next dev` picking up an edit. Each is a real build; they run one after another.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV } from '@/lib/build-contract';
import { listFiles } from '@/lib/posts/files';
import { fetchWhenUp, startDevServer } from '@/scripts/lib/dev-server';
import { buildSite, FIXTURE_OUT, FIXTURE_SITE_CONFIG, rebuildSite, summaryOf } from '../build-fixture';
import { fixture, ROOT } from '../helpers';

const OUTPUT = path.join(ROOT, 'tests', '.output');
const read = (outDir: string, file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
const exists = (outDir: string, file: string) => fs.existsSync(path.join(outDir, file));
const filesUnder = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });

/** A real build takes half a minute on two cores. */
const BUILD_TIMEOUT = 300_000;

describe.sequential('builds the fixture site does not cover', () => {
  it('builds an empty blog: sensible pages, valid feeds, no placeholders', () => {
    const out = path.join(OUTPUT, 'empty');
    buildSite(fixture('sites', 'empty'), out);
    expect(summaryOf(out)).toContain('0 posts, 1 authors; 1 Markdown files read');
    expect(summaryOf(out)).toContain('0 posts indexed for search');
    expect(parse(read(out, 'index.html')).querySelector('main')?.text).toContain('No posts yet.');
    expect(parse(read(out, 'blog/index.html')).querySelector('main')?.text).toContain('No posts yet.');
    expect(parse(read(out, 'blog/author/ada-lovelace/index.html')).querySelector('h1')?.text).toBe('Ada Lovelace');
    expect(read(out, 'feed.xml')).toContain('<channel>');
    expect(JSON.parse(read(out, 'feed.json')).items).toEqual([]);
    expect(read(out, 'sitemap.xml')).toContain('<loc>https://fixture.example/</loc>');
    expect(exists(out, 'blog/tag')).toBe(false);
    expect(exists(out, 'blog/category')).toBe(false);
    expect(filesUnder(out).filter((file) => file.includes('placeholder'))).toEqual([]);
  }, BUILD_TIMEOUT);

  it('leaves the previous site whole when a build is killed before it finishes', async () => {
    const out = path.join(OUTPUT, 'empty');
    const before = read(out, 'index.html');
    const started = spawn('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: fixture('sites', 'no-categories'), OUT_DIR: path.relative(ROOT, out), MARGINS_CACHE_DIR: `${out}.cache` },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => started.on('exit', (code, signal) => resolve({ code, signal })));
    // Killed while Next is writing pages into the staging folder. The kill is recorded, with whether the build
    // was still running then, so a build that died on its own, or never got that far, fails the test.
    let atKill: { alive: boolean } | undefined;
    started.stdout!.on('data', (chunk: Buffer) => {
      if (atKill || !chunk.toString().includes('Generating static pages')) return;
      // Signal 0 checks that the build's process group is still there without touching it.
      atKill = { alive: isAlive(-started.pid!) };
      process.kill(-started.pid!, 'SIGKILL');
    });
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(atKill).toEqual({ alive: true });
    expect(read(out, 'index.html')).toBe(before);
    expect(exists(out, 'blog/first')).toBe(false);
    expect(exists(out, 'pagefind/pagefind-entry.json')).toBe(true);
  }, BUILD_TIMEOUT);

  it.each(['before', 'after'])('shows a whole site in out/ when a build is killed just %s out/ is switched to it', (moment) => {
    const out = path.join(OUTPUT, 'empty');
    const before = read(out, 'index.html');
    const linked = fs.readlinkSync(out);
    // What the killed builds above left, as the next build that finishes would delete it.
    for (const entry of fs.readdirSync(OUTPUT)) if (entry.startsWith('empty.build-') && entry !== linked) fs.rmSync(path.join(OUTPUT, entry), { recursive: true });
    const killed = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: fixture('sites', 'no-categories'), OUT_DIR: path.relative(ROOT, out), MARGINS_CACHE_DIR: `${out}.cache`, [BUILD_ENV.testKillAt]: `${moment}-swap` },
      stdio: 'ignore',
    });
    expect(killed.status).not.toBe(0);
    // Killed in the window: both builds' folders are whole, and out/ names one of them.
    const folders = fs.readdirSync(OUTPUT).filter((entry) => entry.startsWith('empty.build-') && fs.lstatSync(path.join(OUTPUT, entry)).isDirectory());
    expect(folders).toHaveLength(2);
    const built = folders.find((folder) => folder !== linked)!;
    expect(exists(path.join(OUTPUT, built), 'blog/first/index.html')).toBe(true);
    expect(exists(path.join(OUTPUT, linked), 'index.html')).toBe(true);
    if (moment === 'before') {
      expect(fs.readlinkSync(out)).toBe(linked);
      expect(read(out, 'index.html')).toBe(before);
    } else {
      expect(fs.readlinkSync(out)).toBe(built);
      expect(exists(out, 'blog/first/index.html')).toBe(true);
    }
  }, BUILD_TIMEOUT);

  it('builds a blog without categories', () => {
    const out = path.join(OUTPUT, 'no-categories');
    buildSite(fixture('sites', 'no-categories'), out);
    expect(summaryOf(out)).toContain('2 posts, 1 authors');
    expect(exists(out, 'blog/category')).toBe(false);
    expect(parse(read(out, 'blog/tag/notes/index.html')).querySelectorAll('main article h2, main article h3').map((h) => h.text.trim())).toContain('First post');
    expect(parse(read(out, 'blog/tags/index.html')).querySelector('main')?.text).toContain('Notes');
    expect(parse(read(out, 'blog/second/index.html')).querySelector('h1')?.text).toBe('Second post');
    expect(filesUnder(out).filter((file) => file.includes('placeholder'))).toEqual([]);
  }, BUILD_TIMEOUT);

  it('rebuilds the fixture site from the warm cache without parsing a file', () => {
    const out = path.join(OUTPUT, 'site-again');
    // Damaged cached cards are drawn again, never published (--clean: every card is drawn, none is taken from the
    // page store).
    const cards = path.join(`${FIXTURE_OUT}.cache`, 'og');
    for (const card of fs.readdirSync(cards)) fs.truncateSync(path.join(cards, card), 100);
    rebuildSite(fixture('sites', 'valid'), out, { MARGINS_CACHE_DIR: `${FIXTURE_OUT}.cache`, POSTS_PER_PAGE: '2', [BUILD_ENV.siteConfig]: FIXTURE_SITE_CONFIG }, ['--clean']);
    expect(summaryOf(out)).toContain('11 Markdown files read, 0 of them parsed');
    expect(read(out, 'blog/hello-world/index.html')).toBe(read(FIXTURE_OUT, 'blog/hello-world/index.html'));
    expect(read(out, 'atom.xml')).toBe(read(FIXTURE_OUT, 'atom.xml'));
    const pngs = (dir: string) => filesUnder(path.join(dir, 'og')).filter((file) => file.endsWith('.png'));
    expect(pngs(out).length).toBeGreaterThan(0);
    for (const png of pngs(FIXTURE_OUT)) expect(fs.readFileSync(path.join(out, 'og', png)).equals(fs.readFileSync(path.join(FIXTURE_OUT, 'og', png))), png).toBe(true);
  }, BUILD_TIMEOUT);

  it('rebuilds from a cache overwritten with bytes of the same length into exactly the site a clean build makes', () => {
    const out = path.join(OUTPUT, 'site-garbled');
    const cache = `${out}.cache`;
    fs.rmSync(cache, { recursive: true, force: true });
    fs.cpSync(`${FIXTURE_OUT}.cache`, cache, { recursive: true });
    // Every published entry (variants, share crops, cards, rendered Markdown, the page store's pages); the
    // variants' and the page store's manifests stay whole, so only the files' own hashes can tell.
    const garbled = listFiles(cache).filter((file) => !(file.startsWith('images/') && file.endsWith('.json')) && file !== 'pages/manifest.json');
    expect(garbled.filter((file) => file.startsWith('images/')).length).toBeGreaterThan(0);
    expect(garbled.filter((file) => file.startsWith('og/')).length).toBeGreaterThan(0);
    expect(garbled.filter((file) => file.startsWith('files/')).length).toBeGreaterThan(0);
    expect(garbled.filter((file) => file.startsWith('pages/files/')).length).toBeGreaterThan(0);
    for (const file of garbled) fs.writeFileSync(path.join(cache, file), Buffer.alloc(fs.statSync(path.join(cache, file)).size, '#'));
    rebuildSite(fixture('sites', 'valid'), out, { MARGINS_CACHE_DIR: cache, POSTS_PER_PAGE: '2', [BUILD_ENV.siteConfig]: FIXTURE_SITE_CONFIG });
    expect(listFiles(out)).toEqual(listFiles(FIXTURE_OUT));
    const differing = listFiles(out).filter((file) => !fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(FIXTURE_OUT, file))));
    expect(differing).toEqual([]);
  }, BUILD_TIMEOUT);

  it('shows an edited post on the next request under next dev', async () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-dev-'));
    fs.cpSync(fixture('sites', 'no-categories'), contentDir, { recursive: true });
    const dev = await startDevServer(ROOT, { CONTENT_DIR: contentDir });
    try {
      const title = async () => parse(await fetchWhenUp(`${dev.url}/blog/first/`)).querySelector('h1')?.text;
      expect(await title()).toBe('First post');
      const file = path.join(contentDir, 'posts', 'first.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: First post', 'title: First post, edited'));
      expect(await title()).toBe('First post, edited');
    } finally {
      dev.stop();
    }
  }, BUILD_TIMEOUT);
});

/** Whether a process (or, for a negative pid, a process group) exists. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
