import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/authoring/check';
import { loadContent, type LoadedContent } from '@/lib/posts';
import { lineagesOf, readGitHistory, sameBody, settle, type FileHistory, type GitHistory } from '@/lib/posts/git-history';
import { ROOT } from '../helpers';
import { git, makeGitSite } from '../git-fixture';

const TEMP = path.join(os.tmpdir(), `margins-git-history-${process.pid}`);
const REPO = path.join(TEMP, 'repo');
let site: string;
let history: GitHistory;
const file = (name: string): FileHistory => {
  if (!history.available) throw new Error('no history');
  return history.files.get(name)!;
};

beforeAll(() => {
  site = makeGitSite(REPO);
  history = readGitHistory(site);
}, 60_000);
afterAll(() => fs.rmSync(TEMP, { recursive: true, force: true }));

describe('readGitHistory', () => {
  it('knows the folder within the repository and every committed file', () => {
    expect(history.available && history.prefix).toBe('site/');
    expect(history.available && [...history.files.keys()].sort()).toEqual([
      'authors/ada.md',
      'pages/about.md',
      'posts/first.md',
      'posts/moved-on.md',
      'posts/moved.md',
      'posts/new-name.md',
      'posts/sluggy-2.md',
    ]);
  });

  it('dates a file by its last commit that changed the body, not front matter or whitespace', () => {
    expect(file('posts/first.md').bodyChanged?.toISOString()).toBe('2025-05-10T09:00:00.000Z');
    expect(file('pages/about.md').bodyChanged?.toISOString()).toBe('2025-07-10T09:00:00.000Z');
  });

  it('does not count a rename as a change to the body', () => {
    expect(file('posts/new-name.md').bodyChanged?.toISOString()).toBe('2025-01-10T09:00:00.000Z');
    expect(file('posts/sluggy-2.md').bodyChanged?.toISOString()).toBe('2025-01-10T09:00:00.000Z');
  });

  it('keeps the earlier names of renamed files, with the front matter of those that had a slug: line', () => {
    expect(file('posts/new-name.md').earlierNames).toEqual([{ file: 'posts/old-name.md' }]);
    expect(file('posts/sluggy-2.md').earlierNames).toEqual([
      { file: 'posts/sluggy.md', frontmatter: 'title: "Sluggy"\ndate: "2025-01-01"\nauthor: ada\nslug: old-custom' },
    ]);
    expect(file('posts/moved.md').earlierNames).toEqual([]);
  });

  it('keeps the committed body, to tell an uncommitted edit', () => {
    expect(file('posts/new-name.md').committedBody.toString()).toBe('A post that will be renamed.\n');
  });

  it('says why there is no history outside a repository and in a shallow clone', () => {
    const outside = path.join(TEMP, 'outside');
    fs.mkdirSync(outside, { recursive: true });
    expect(readGitHistory(outside)).toEqual({ available: false, reason: 'not-a-repository' });
    const shallow = path.join(TEMP, 'shallow');
    fs.rmSync(shallow, { recursive: true, force: true });
    git(TEMP, ['clone', '-q', '--depth', '1', `file://${REPO}`, shallow]);
    expect(readGitHistory(path.join(shallow, 'site'))).toEqual({ available: false, reason: 'shallow' });
  });
});

describe('sameBody', () => {
  it('sees no change in whitespace alone: runs of it, line breaks, the ends', () => {
    expect(sameBody('One two.\n\nThree.', Buffer.from('  One  two.\nThree.\n\n'))).toBe(true);
    expect(sameBody('One two.', Buffer.from('One two.'))).toBe(true);
    expect(sameBody('', Buffer.from(' \n'))).toBe(true);
  });

  it('sees a change in anything else, a space added inside a word or removed between words included', () => {
    expect(sameBody('One two.', Buffer.from('One tw o.'))).toBe(false);
    expect(sameBody('One two.', Buffer.from('Onetwo.'))).toBe(false);
    expect(sameBody('One two.', Buffer.from('One two. Three.'))).toBe(false);
    expect(sameBody('One two. Three.', Buffer.from('One two.'))).toBe(false);
    expect(sameBody('x One two.', Buffer.from('One two.'))).toBe(false);
  });
});

describe('lineagesOf and settle', () => {
  // `git log --raw -z` output, newest commit first: b.md deleted and made again, a.md renamed to c.md, and an
  // empty file added.
  const blob = (n: number) => String(n).padStart(40, '0');
  const entry = (status: string, before: number, after: number, ...paths: string[]) =>
    `\n:100644 100644 ${blob(before)} ${blob(after)} ${status}\0${paths.join('\0')}\0`;
  const log = [
    `\x1e1700000300\0${entry('A', 0, 5, 'site/posts/b.md')}`,
    `\x1e1700000200\0${entry('D', 3, 0, 'site/posts/b.md')}${entry('R100', 1, 1, 'site/posts/a.md', 'site/posts/c.md')}`,
    `\x1e1700000100\0${entry('A', 0, 1, 'site/posts/a.md')}${entry('A', 0, 3, 'site/posts/b.md')}${entry('A', 0, 4, 'site/posts/empty.md')}`,
  ].join('');
  const blobs = new Map([
    [blob(1), '---\nslug: first\n---\nBody.\n'],
    [blob(3), 'Old b.\n'],
    [blob(4), ''],
    [blob(5), 'New b.\n'],
  ]);

  it('follow each file at HEAD back through renames, not into a deleted file of the same name', () => {
    expect(lineagesOf(log, 'site/').map(({ file, changes }) => [file, changes.map((change) => change.date.toISOString())])).toEqual([
      ['posts/b.md', ['2023-11-14T22:18:20.000Z']],
      ['posts/c.md', ['2023-11-14T22:16:40.000Z', '2023-11-14T22:15:00.000Z']],
      ['posts/empty.md', ['2023-11-14T22:15:00.000Z']],
    ]);
  });

  it('read the blobs in rounds, one call each, and date each file by its last body change', () => {
    const calls: string[][] = [];
    const files = settle(lineagesOf(log, 'site/'), (ids) => {
      calls.push(ids);
      return new Map(ids.map((id) => [id, Buffer.from(blobs.get(id) ?? '')]));
    });
    expect(Object.fromEntries(files)).toEqual({
      'posts/b.md': { bodyChanged: new Date('2023-11-14T22:18:20.000Z'), committedBody: Buffer.from('New b.\n'), earlierNames: [] },
      'posts/c.md': { bodyChanged: new Date('2023-11-14T22:15:00.000Z'), committedBody: Buffer.from('Body.\n'), earlierNames: [{ file: 'posts/a.md', frontmatter: 'slug: first' }] },
      'posts/empty.md': { bodyChanged: undefined, committedBody: Buffer.from(''), earlierNames: [] },
    });
    expect(calls).toEqual([[blob(5), blob(1), blob(4)]]);
  });
});

describe('loading a site with git history', () => {
  let committed: LoadedContent;
  let worktree: LoadedContent;
  const options = (gitHistory: 'committed' | 'worktree' | undefined) => ({
    contentDir: site,
    publicDir: path.join(ROOT, 'public'),
    includeDrafts: false,
    now: new Date('2026-01-01T00:00:00Z'),
    gitHistory,
  });
  beforeAll(() => {
    committed = loadContent(options('committed'));
    worktree = loadContent(options('worktree'));
  });
  const post = (loaded: LoadedContent, slug: string) => loaded.content.postBySlug.get(slug)!;

  it('takes the modified date of a post or page without `updated` from git', () => {
    expect(post(committed, 'first').modified.toISOString()).toBe('2025-05-10T09:00:00.000Z');
    expect(committed.content.pageBySlug.get('about')?.modified?.toISOString()).toBe('2025-07-10T09:00:00.000Z');
  });

  it('dates an uncommitted edit "now" under next dev only', () => {
    expect(post(committed, 'new-name').modified.toISOString()).toBe('2025-01-10T09:00:00.000Z');
    expect(post(worktree, 'new-name').modified.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(post(worktree, 'first').modified.toISOString()).toBe('2025-05-10T09:00:00.000Z');
  });

  it('falls back to the date without git history', () => {
    expect(post(loadContent(options(undefined)), 'first').modified.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it("redirects a renamed post's old addresses, as its slug was then, unless another post has one now", () => {
    expect(post(committed, 'new-name').aliases).toEqual(['/blog/old-name/']);
    expect(post(committed, 'sluggy-2').aliases).toEqual(['/blog/old-custom/']);
    expect(post(committed, 'sluggy-2').historyAliases).toEqual([{ alias: '/blog/old-custom/', from: 'posts/sluggy.md' }]);
    expect(post(committed, 'moved-on').aliases).toEqual([]);
    // Files outside the working directory are named by their absolute paths.
    const display = (name: string) => path.join(site, 'posts', name);
    expect(committed.warnings).toEqual([
      {
        file: display('moved-on.md'),
        message: `was posts/moved.md in git history, but its old address "/blog/moved/", the address of the post in ${display('moved.md')}: no redirect is written from it`,
      },
    ]);
  });

  it('lists the aliases it inferred in npm run check', () => {
    const infos = checkContent(options('committed')).filter((finding) => finding.severity === 'info' && finding.message.startsWith('redirects from'));
    expect(infos.map(({ file, message }) => ({ file, message }))).toEqual([
      { file: path.join(site, 'posts', 'new-name.md'), message: 'redirects from /blog/old-name/: it was posts/old-name.md in git history (an alias inferred from the rename)' },
      { file: path.join(site, 'posts', 'sluggy-2.md'), message: 'redirects from /blog/old-custom/: it was posts/sluggy.md in git history (an alias inferred from the rename)' },
    ]);
  });

  it('gives each file its path in the repository, for edit links', () => {
    expect(post(committed, 'first').repositoryFile).toBe('site/posts/first.md');
  });

  it('says once that a shallow clone has no history', () => {
    const loaded = loadContent({ ...options('committed'), contentDir: path.join(TEMP, 'shallow', 'site') });
    expect(loaded.gitNotice).toBe(
      `${path.join(TEMP, 'shallow', 'site')} is in a shallow clone (fetch the full history: git fetch --unshallow, or fetch-depth: 0 in GitHub Actions): modified dates are the \`updated\` field or the date, and renamed posts get no automatic redirects`,
    );
    expect(loaded.content.postBySlug.get('first')?.modified.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});
