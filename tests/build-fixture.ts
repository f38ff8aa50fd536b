import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fixture, ROOT } from './helpers';

/** Where the integration tests' fixture site is exported. */
export const FIXTURE_OUT = path.join(ROOT, 'tests', '.output', 'site');
/** The site URL the fixture site is built with. */
export const FIXTURE_SITE_URL = 'https://fixture.example';

/** Vitest global setup: builds tests/fixtures/sites/valid once per run with the real `npm run build`. */
export default function buildFixtureSite() {
  fs.rmSync(FIXTURE_OUT, { recursive: true, force: true });
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: fixture('sites', 'valid'),
      OUT_DIR: path.relative(ROOT, FIXTURE_OUT),
      SITE_URL: FIXTURE_SITE_URL,
    },
  });
}

/** Reads a file of the built fixture site. */
export function readOut(file: string): string {
  return fs.readFileSync(path.join(FIXTURE_OUT, file), 'utf8');
}

/** Parses a page of the built fixture site, by its URL path (`/blog/` -> blog/index.html). */
export function page(urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parse(readOut(decodeURIComponent(file).replace(/^\//, '')));
}
