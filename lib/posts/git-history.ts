// What git knows about the content folder: when each file's body last changed, and the names (and `slug:` lines)
// each file had before. The only module that spawns git.
//
// One `git log` for the whole folder, not one per file: its patches (-U0) are applied forward from the first
// commit, so the full text of every file is known after every commit, and "did the body change?" is a string
// comparison in memory. The log follows the first parent only and diffs merges against it (a linear chain of
// diffs that always applies cleanly); a change merged from a branch is dated by its merge commit.
import { spawnSync } from 'node:child_process';

/** One name a file had in history, with its frontmatter when that held a `slug:` line (else the name is the slug). */
export interface EarlierName {
  /** Relative to the content folder, `/`-separated: `posts/old-name.md`. */
  file: string;
  /** The frontmatter's YAML, only when it has a `slug:` line. */
  frontmatter?: string;
}

/** The history of one file that exists at HEAD. */
export interface FileHistory {
  /** The author date of the last commit that changed the body (front matter and whitespace do not count). */
  bodyChanged?: Date;
  /** The body at HEAD, whitespace collapsed: an uncommitted edit is a body that differs from it. */
  committedBody: string;
  /** Earlier names (and `slug:` lines), oldest first, without the file's current state. */
  earlierNames: EarlierName[];
}

/** Why there is no history: no git, a folder outside a repository, or a shallow clone missing the past. */
export type GitUnavailable = 'no-git' | 'not-a-repository' | 'shallow';

export type GitHistory =
  | {
      available: true;
      /** The content folder relative to the repository root, ending in `/` (empty at the root). */
      prefix: string;
      /** By path relative to the content folder (`posts/a.md`). */
      files: ReadonlyMap<string, FileHistory>;
    }
  | { available: false; reason: GitUnavailable };

/** What the build says, once, when it cannot read dates and renames from git. */
export function unavailableMessage(reason: GitUnavailable, folder: string): string {
  const what = {
    'no-git': 'git is not installed',
    'not-a-repository': `${folder} is not in a git repository`,
    shallow: `${folder} is in a shallow clone (fetch the full history: git fetch --unshallow, or fetch-depth: 0 in GitHub Actions)`,
  }[reason];
  return `${what}: modified dates are the \`updated\` field or the date, and renamed posts get no automatic redirects`;
}

// Large enough for the log of a big blog (a few MB per thousand posts).
const MAX_OUTPUT = 1 << 30;

function git(cwd: string, args: string[]): { status: number | null; stdout: string; missing: boolean } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  if (result.error && !missing) throw result.error;
  return { status: result.status, stdout: result.stdout ?? '', missing };
}

/** Reads the history of a content folder: two git processes, whatever the number of files and commits. */
export function readGitHistory(contentDir: string): GitHistory {
  const info = git(contentDir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (info.missing) return { available: false, reason: 'no-git' };
  if (info.status !== 0) return { available: false, reason: 'not-a-repository' };
  const [shallow, prefix = ''] = info.stdout.split('\n');
  if (shallow === 'true') return { available: false, reason: 'shallow' };
  const log = git(contentDir, [
    '-c', 'core.quotepath=off',
    'log', '--reverse', '--first-parent', '--diff-merges=first-parent', '--format=%x1e%at',
    '-p', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/',
    '--', '.',
  ]);
  // A repository without commits yet has no history: every file is uncommitted.
  if (log.status !== 0) return { available: true, prefix, files: new Map() };
  return { available: true, prefix, files: parseLog(log.stdout, prefix) };
}

/** A file as the log has built it so far. */
interface Lineage {
  lines: string[];
  bodyChanged?: Date;
  names: EarlierName[];
}

/** Replays `git log --reverse -p -U0` output; exported for tests of odd patches. */
export function parseLog(output: string, prefix = ''): Map<string, FileHistory> {
  const files = new Map<string, Lineage>();
  let date = new Date(0);
  // The file block being read: its paths and its hunks.
  let block: { from?: string; to?: string; hunks: Array<{ start: number; removed: number; added: string[] }>; binary: boolean } | undefined;

  const finish = () => {
    if (!block) return;
    const { from, to, hunks, binary } = block;
    block = undefined;
    const before = from === undefined ? undefined : files.get(from);
    if (from !== undefined) files.delete(from);
    if (to === undefined || binary) return;
    const lineage: Lineage = before ?? { lines: [], names: [] };
    const oldLines = lineage.lines;
    const lines = [...oldLines];
    for (const hunk of hunks) lines.splice(hunk.start, hunk.removed, ...hunk.added);
    const oldState = before && nameOf(from!, oldLines);
    const newState = nameOf(to, lines);
    if (oldState && (oldState.file !== newState.file || oldState.frontmatter !== newState.frontmatter)) lineage.names.push(oldState);
    if (!before || normalizedBody(oldLines) !== normalizedBody(lines)) lineage.bodyChanged = date;
    lineage.lines = lines;
    files.set(to, lineage);
  };

  // A path as git writes it (C-quoted when odd; `a/`, `b/` before it in some headers), relative to the folder.
  const path = (raw: string, side = '') => {
    const unquoted = (raw.startsWith('"') ? (JSON.parse(raw) as string) : raw).slice(side.length);
    return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
  };

  for (const line of output.split('\n')) {
    if (block && block.hunks.length > 0 && (line.startsWith('+') || line.startsWith('-') || line.startsWith('\\'))) {
      // Inside a hunk: added lines are its new text; removed ones are counted by the header already.
      if (line.startsWith('+')) block.hunks.at(-1)!.added.push(line.slice(1));
      continue;
    }
    if (line.startsWith('\x1e')) {
      finish();
      date = new Date(Number(line.slice(1)) * 1000);
    } else if (line.startsWith('diff --git ')) {
      finish();
      // The one path of a block that is not a rename: an empty file added or deleted has no ---/+++ lines.
      const both = line.slice('diff --git '.length);
      const half = (both.length - 1) / 2;
      const same = both.slice(2, half) === both.slice(half + 3) ? path(both.slice(2, half)) : undefined;
      block = { from: same, to: same, hunks: [], binary: false };
    } else if (!block) {
      continue;
    } else if (line.startsWith('new file mode')) {
      block.from = undefined;
    } else if (line.startsWith('rename from ')) {
      block.from = path(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) {
      block.to = path(line.slice('rename to '.length));
    } else if (line.startsWith('--- ')) {
      if (line !== '--- /dev/null') block.from = path(line.slice(4), 'a/');
    } else if (line.startsWith('+++ ')) {
      if (line !== '+++ /dev/null') block.to = path(line.slice(4), 'b/');
    } else if (line.startsWith('deleted file mode')) {
      block.to = undefined;
    } else if (line.startsWith('Binary files ')) {
      block.binary = true;
    } else if (line.startsWith('@@ ')) {
      const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const removed = match[1] === undefined ? 1 : Number(match[1]);
      const added = match[3] === undefined ? 1 : Number(match[3]);
      // Hunks come in order, so the new side's line number places each in the text edited so far.
      const start = added === 0 ? Number(match[2]) : Number(match[2]) - 1;
      block.hunks.push({ start, removed, added: [] });
    }
  }
  finish();

  const histories = new Map<string, FileHistory>();
  for (const [file, lineage] of files) {
    histories.set(file, { bodyChanged: lineage.bodyChanged, committedBody: normalizedBody(lineage.lines), earlierNames: lineage.names });
  }
  return histories;
}

/** The lines of a file's frontmatter, between its `---` fences; none when it has none. */
function frontmatterEnd(lines: ReadonlyArray<string>): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  return close === -1 ? 0 : close + 1;
}

/** Text with every run of whitespace made one space: a change of whitespace alone is no change. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The body of a file's lines (frontmatter left out), whitespace collapsed: what counts as a change to it. */
function normalizedBody(lines: ReadonlyArray<string>): string {
  return collapseWhitespace(lines.slice(frontmatterEnd(lines)).join('\n'));
}

const SLUG_LINE = /^slug\s*:/;

/** A file's name and, when its frontmatter has a `slug:` line, that frontmatter. */
function nameOf(file: string, lines: ReadonlyArray<string>): EarlierName {
  const end = frontmatterEnd(lines);
  const frontmatter = lines.slice(1, Math.max(end - 1, 1));
  return frontmatter.some((line) => SLUG_LINE.test(line)) ? { file, frontmatter: frontmatter.join('\n') } : { file };
}
