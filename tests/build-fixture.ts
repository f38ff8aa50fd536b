import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { BUILD_ENV } from '../lib/build-contract';
import { listHtmlFiles } from '../scripts/lib/check-links';
import { removeSite } from '../scripts/lib/publish';
import { servedFile } from '../scripts/lib/site-files';
import { fixture, ROOT } from './helpers';

/** Where the integration tests' fixture site is exported. */
export const FIXTURE_OUT = path.join(ROOT, 'tests', '.output', 'site');
/** The site URL the fixture site is built with. */
export const FIXTURE_SITE_URL = 'https://fixture.example';

/** Posts per page in the fixture build. */
export const FIXTURE_POSTS_PER_PAGE = 2;

/** The build's own summary line (the last line `npm run build` prints) of a fixture build. */
export const summaryOf = (outDir: string) => fs.readFileSync(`${outDir}.log`, 'utf8').trim().split('\n').pop() ?? '';

/**
 * Builds a content folder with the real `npm run build` into `outDir`, as a user would, from a cold content
 * cache of its own (`<outDir>.cache`), keeping what it printed in `<outDir>.log` (see {@link summaryOf}).
 *
 * A site already built there from the same inputs ({@link buildInputs}) is kept as it is: the integration and
 * browser suites build the same fixture sites, and in one `.ci/run` the second build could only repeat the first.
 */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}) {
  const inputs = buildInputs(contentDir, env);
  const stamp = `${outDir}.inputs`;
  if (fs.existsSync(path.join(outDir, 'index.html')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === inputs) return;
  const cacheDir = `${outDir}.cache`;
  fs.rmSync(stamp, { force: true });
  removeSite(outDir);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  rebuildSite(contentDir, outDir, env);
  fs.writeFileSync(stamp, inputs);
}

/**
 * A hash of everything a fixture build's output follows from: every file of the project that git lists (tracked
 * or new, so no list of folders can miss one), the content folder and a `PUBLIC_DIR` outside the project, the
 * variables given, the Node version, and the day (what is published, the footer's year).
 */
function buildInputs(contentDir: string, env: Record<string, string>): string {
  const hash = createHash('sha256');
  const addFile = (file: string) => {
    hash.update(file).update('\0');
    // A tracked file deleted in the working tree is an input too: its absence.
    if (fs.existsSync(file) && fs.statSync(file).isFile()) hash.update(fs.readFileSync(file));
    hash.update('\0');
  };
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean).sort()) addFile(path.join(ROOT, file));
  for (const folder of [contentDir, env.PUBLIC_DIR].filter((dir): dir is string => Boolean(dir))) {
    for (const file of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) addFile(path.join(folder, file));
  }
  hash.update(JSON.stringify({ contentDir, env, node: process.version, day: new Date().toISOString().slice(0, 10) }));
  return hash.digest('hex');
}

/** Builds a content folder again into `outDir`, keeping its cache; `args` go to the build (`--clean`). */
export function rebuildSite(contentDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const printed = execFileSync('npm', ['run', 'build', '--silent', ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: contentDir,
      OUT_DIR: path.relative(ROOT, outDir),
      SITE_URL: FIXTURE_SITE_URL,
      MARGINS_CACHE_DIR: `${outDir}.cache`,
      // Remote images in fixtures are never fetched: tests touch no network.
      MARGINS_OFFLINE: '1',
      ...env,
    },
  });
  fs.writeFileSync(`${outDir}.log`, printed);
}

/** The site config fields the fixture site is built with (MARGINS_SITE_CONFIG): comments and a newsletter on. */
export const FIXTURE_SITE_CONFIG = fixture('sites', 'valid.site.json');

/** Vitest global setup: builds tests/fixtures/sites/valid once per run. */
export default function buildFixtureSite() {
  // Small pages, so the six fixture posts paginate: /blog/ has three pages, a three-post tag two.
  buildSite(fixture('sites', 'valid'), FIXTURE_OUT, { POSTS_PER_PAGE: String(FIXTURE_POSTS_PER_PAGE), [BUILD_ENV.siteConfig]: FIXTURE_SITE_CONFIG });
}

/** The path the fixture site is built under to test hosting on a sub-path, as a GitHub Pages project site. */
export const SUB_PATH = '/my-blog';
/** Where the sub-path build of the fixture site is exported. */
export const SUB_PATH_OUT = path.join(ROOT, 'tests', '.output', 'sub-path');

/**
 * Builds the fixture site with `SITE_URL=https://fixture.example/my-blog`, from a copy to which hello-world adds an
 * old address (so the site has redirects) and, in its body, root-relative links as authors write them.
 */
export function buildSubPathSite() {
  const contentDir = `${SUB_PATH_OUT}.content`;
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(fixture('sites', 'valid'), contentDir, { recursive: true });
  const post = path.join(contentDir, 'posts', 'hello-world.md');
  const source = fs.readFileSync(post, 'utf8').replace(/^---\n/, '---\naliases: ["/2020/01/hello/"]\n');
  fs.writeFileSync(post, `${source}\nOn to [part two of the long read](/blog/long-read/#part-two), past ![A diagram](/images/posts/page-anatomy.png).\n`);
  buildSite(contentDir, SUB_PATH_OUT, { SITE_URL: `${FIXTURE_SITE_URL}${SUB_PATH}`, POSTS_PER_PAGE: String(FIXTURE_POSTS_PER_PAGE) });
}

/** Reads a file of the built fixture site. */
export function readOut(file: string): string {
  return fs.readFileSync(path.join(FIXTURE_OUT, file), 'utf8');
}

/** Parses a page of the built fixture site, by its URL path (`/blog/` -> blog/index.html). */
export function page(urlPath: string): HTMLElement {
  const file = servedFile(FIXTURE_OUT, urlPath);
  if (!file) throw new Error(`the built fixture site serves no file at ${urlPath}`);
  return parse(fs.readFileSync(file, 'utf8'));
}

/** Every HTML file of the built fixture site, as paths relative to its root. */
export const htmlFiles = (dir = FIXTURE_OUT) => listHtmlFiles(dir);

/** The file a site-relative URL is served from (`/blog/` -> blog/index.html), or undefined if none. */
export const fileForUrl = (url: string, dir = FIXTURE_OUT) => servedFile(dir, new URL(url, 'http://site.invalid').pathname);
