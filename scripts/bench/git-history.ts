// The git history bench: a repository of 1,000 posts (the synthetic corpus) with 5,000 commits, made at bench time
// in a temp folder with one `git fast-import`, then timed: how long lib/posts/git-history.ts takes to read the
// modified dates and earlier names of every file (target: at most 1 s). The commits after the first each touch one
// post: a body edit, a front-matter edit, a whitespace edit or a rename, in turn.
// Run alone: tsx scripts/bench/git-history.ts; npm run bench runs it first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGitHistory } from '../../lib/posts/git-history';
import { generateCorpus } from './corpus';

/** What the bench measured. */
export interface GitHistoryBench {
  posts: number;
  commits: number;
  /** The median of five reads, in milliseconds. */
  readMs: number;
  /** Files the history knows, and how many of them have an earlier name. */
  files: number;
  renamed: number;
}

/** Makes the repository (once per run) and times reading its history. */
export function benchGitHistory(posts = 1000, commits = 5000): GitHistoryBench {
  const repo = path.join(os.tmpdir(), 'margins-bench', `git-${posts}-${commits}`);
  const content = path.join(repo, 'content');
  fs.rmSync(repo, { recursive: true, force: true });
  generateCorpus({ posts, dir: content, covers: [] });
  const files = new Map<string, string>();
  for (const folder of ['posts', 'authors']) {
    for (const name of fs.readdirSync(path.join(content, folder))) files.set(`content/${folder}/${name}`, fs.readFileSync(path.join(content, folder, name), 'utf8'));
  }
  fs.rmSync(content, { recursive: true });

  const chunks: Buffer[] = [];
  const data = (text: string) => {
    const bytes = Buffer.from(text);
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  let time = Date.UTC(2020, 0, 1) / 1000;
  const commit = (message: string, changes: () => void) => {
    time += 3600;
    chunks.push(Buffer.from(`commit refs/heads/main\nauthor Bench <bench@example.org> ${time} +0000\ncommitter Bench <bench@example.org> ${time} +0000\n`));
    data(message);
    changes();
  };
  const modify = (file: string, text: string) => {
    files.set(file, text);
    chunks.push(Buffer.from(`M 100644 inline ${file}\n`));
    data(text);
  };
  commit('the corpus', () => {
    for (const [file, text] of files) modify(file, text);
  });
  const postFiles = [...files.keys()].filter((file) => file.startsWith('content/posts/'));
  for (let index = 1; index < commits; index += 1) {
    const slot = (index * 7919) % postFiles.length;
    const file = postFiles[slot]!;
    const text = files.get(file)!;
    commit(`change ${index}`, () => {
      switch (index % 4) {
        case 0:
          modify(file, `${text}\nA sentence added in change ${index}.\n`);
          break;
        case 1:
          modify(file, text.replace(/^title: "?/m, (start) => `${start}Edited `));
          break;
        case 2:
          modify(file, text.replace(/\n\n/, '\n\n\n'));
          break;
        default: {
          const renamed = file.replace(/(-r\d+)?\.md$/, `-r${index}.md`);
          chunks.push(Buffer.from(`R ${file} ${renamed}\n`));
          files.delete(file);
          files.set(renamed, text);
          postFiles[slot] = renamed;
        }
      }
    });
  }
  fs.mkdirSync(repo, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: Buffer.concat(chunks) });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: repo });

  const times: number[] = [];
  let history = readGitHistory(content);
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    history = readGitHistory(content);
    times.push(performance.now() - started);
  }
  if (!history.available) throw new Error(`bench: no git history in ${repo}`);
  const readMs = Math.round(times.sort((a, b) => a - b)[2]!);
  const renamed = [...history.files.values()].filter((file) => file.earlierNames.length > 0).length;
  return { posts, commits, readMs, files: history.files.size, renamed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = benchGitHistory();
  console.log(`git history: ${result.posts} posts, ${result.commits} commits: read in ${result.readMs} ms (median of 5); ${result.files} files, ${result.renamed} renamed`);
}
