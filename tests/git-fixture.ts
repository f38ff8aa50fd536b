// Real git repositories for the tests of git history (tests/unit/git-history.test.ts, the integration test of a
// site built from one): commits with fixed author and committer dates, renames, front-matter-only and
// whitespace-only edits, and an uncommitted edit left in the work tree.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs git in `dir` with a fixed identity and, when given, a fixed date for the commit. */
export function git(dir: string, args: string[], date?: string): string {
  const dates = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: dir, ...dates },
  });
}

const post = (title: string, body: string, extra = '') => `---\ntitle: "${title}"\ndate: "2025-01-01"\nauthor: ada\n${extra}---\n${body}\n`;

/**
 * Makes the history the tests expect, in `<dir>` (the repository) with the content in `<dir>/site`:
 * - 2025-01-10 09:00Z: first.md, old-name.md, sluggy.md (`slug: old-custom`), moved.md, pages/about.md, authors/ada.md;
 * - 2025-02-10: first.md's title changes (front matter only);
 * - 2025-03-10: first.md's body is re-wrapped (whitespace only);
 * - 2025-04-10: `git mv old-name.md new-name.md`;
 * - 2025-05-10: first.md's body changes;
 * - 2025-06-10: sluggy.md deleted and sluggy-2.md added with the same body and no `slug:` (git sees a rename);
 *   moved.md renamed to moved-on.md;
 * - 2025-07-10: a new moved.md, which owns /blog/moved/ now; about.md's body changes;
 * then, uncommitted, new-name.md's body changes. Returns the content folder.
 */
export function makeGitSite(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  const site = path.join(dir, 'site');
  for (const folder of ['posts', 'authors', 'pages']) fs.mkdirSync(path.join(site, folder), { recursive: true });
  const write = (file: string, text: string) => fs.writeFileSync(path.join(site, file), text);
  const commit = (date: string, message: string) => {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', message], date);
  };
  git(dir, ['init', '-q', '-b', 'main']);
  write('authors/ada.md', '---\nname: Ada Lovelace\n---\nWrites things.\n');
  write('posts/first.md', post('First', 'The first body, in one line.'));
  write('posts/old-name.md', post('Renamed', 'A post that will be renamed.'));
  write('posts/sluggy.md', post('Sluggy', 'A post with a slug field, long enough for git to see a rename.', 'slug: old-custom\n'));
  write('posts/moved.md', post('Moved', 'A post that moves away, leaving its name to another.'));
  write('pages/about.md', '---\ntitle: About\n---\nAbout this site.\n');
  commit('2025-01-10T09:00:00Z', 'first posts');
  write('posts/first.md', post('First, retitled', 'The first body, in one line.'));
  commit('2025-02-10T09:00:00Z', 'front matter only');
  write('posts/first.md', post('First, retitled', 'The   first body,\nin one line.\n'));
  commit('2025-03-10T09:00:00Z', 'whitespace only');
  git(dir, ['mv', 'site/posts/old-name.md', 'site/posts/new-name.md']);
  commit('2025-04-10T09:00:00Z', 'rename');
  write('posts/first.md', post('First, retitled', 'The first body, now in two sentences. A second one.'));
  commit('2025-05-10T09:00:00Z', 'body');
  fs.rmSync(path.join(site, 'posts', 'sluggy.md'));
  write('posts/sluggy-2.md', post('Sluggy', 'A post with a slug field, long enough for git to see a rename.'));
  git(dir, ['mv', 'site/posts/moved.md', 'site/posts/moved-on.md']);
  commit('2025-06-10T09:00:00Z', 'delete and add, and a move');
  write('posts/moved.md', post('Moved in', 'A new post where another one was.'));
  write('pages/about.md', '---\ntitle: About\n---\nAbout this site, and who writes it.\n');
  commit('2025-07-10T09:00:00Z', 'a new post at an old address');
  write('posts/new-name.md', post('Renamed', 'A post that was renamed, edited but not committed.'));
  return site;
}
