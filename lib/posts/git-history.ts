// What git knows about the content folder: when each file's body last changed, and the names (with their `slug:`
// lines) each file had before. The only module that spawns git.
//
// Fast on a big blog: one `git log --raw` for the whole folder lists, per commit, the files it changed with the
// blob ids before and after; then `git cat-file --batch` reads the blobs needed to tell whether a change touched
// the body (front matter and whitespace do not count), newest change first, in rounds: one process per round
// (each file's newest changes first; a file is settled at its first body change), never one per file. A file's
// blob at HEAD is read from the work tree when its bytes hash to it. The log
// follows the first parent and diffs merges against it, so a change merged from a branch is dated by its merge.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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
  /** The body at HEAD, as bytes: an uncommitted edit is a body that differs from it (see {@link sameBody}). */
  committedBody: Buffer;
  /** The names it had before renames, oldest first, without its name now. */
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

// Large enough for the log and the blobs of a big blog (tens of MB per thousand posts).
const MAX_OUTPUT = 1 << 30;

function git(cwd: string, args: string[], input?: string): { status: number | null; stdout: Buffer; missing: boolean } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  if (result.error && !missing) throw result.error;
  return { status: result.status, stdout: result.stdout ?? Buffer.alloc(0), missing };
}

/** Reads the history of a content folder with a few git processes, whatever the number of files. */
export function readGitHistory(contentDir: string): GitHistory {
  const info = git(contentDir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (info.missing) return { available: false, reason: 'no-git' };
  if (info.status !== 0) return { available: false, reason: 'not-a-repository' };
  const [shallow, prefix = ''] = info.stdout.toString('utf8').split('\n');
  if (shallow === 'true') return { available: false, reason: 'shallow' };
  // No pathspec: matching one costs more than diffing the whole tree, whose unchanged folders git skips by their
  // ids; lineagesOf keeps the content folder's paths.
  const log = git(contentDir, ['log', '--first-parent', '--diff-merges=first-parent', '--format=%x1e%at', '--raw', '-z', '--no-abbrev', '-M']);
  // A repository without commits yet has no history: every file is uncommitted.
  if (log.status !== 0) return { available: true, prefix, files: new Map() };
  const lineages = lineagesOf(log.stdout.toString('utf8'), prefix);
  return { available: true, prefix, files: settle(lineages, (ids) => readBlobs(contentDir, ids), (file, id) => readWorkTree(contentDir, file, id)) };
}

/**
 * The commit checked out where the content folder is, or undefined outside a repository (or before its first
 * commit): what a commit changes in the history, for a cache of content loaded with it.
 */
export function gitHead(contentDir: string): string | undefined {
  const head = git(contentDir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  return head.status === 0 ? head.stdout.toString('utf8').trim() : undefined;
}

/**
 * A file's bytes in the work tree when they are the blob `id` (hashed as git does), else undefined: reading the
 * files is cheaper than piping the same bytes out of git's object store.
 */
function readWorkTree(contentDir: string, file: string, id: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(contentDir, file));
  } catch {
    return undefined;
  }
  const hash = createHash(id.length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  return hash === id ? bytes : undefined;
}

/** One commit's change to a file: blob ids before and after (`undefined` before it existed), and its name before a rename. */
interface Change {
  date: Date;
  before?: string;
  after: string;
  renamedFrom?: string;
}

/** A file that exists at HEAD and its changes, newest first, across renames. */
export interface Lineage {
  file: string;
  changes: Change[];
}

const NO_BLOB = /^0+$/;

/**
 * The files at HEAD with their changes, from `git log --raw -z` (newest commit first). Walking back, each path is
 * mapped to the file at HEAD it became, or to nothing (a file since deleted).
 */
export function lineagesOf(log: string, prefix = ''): Lineage[] {
  const lineages: Lineage[] = [];
  const byPath = new Map<string, Lineage | null>();
  const inside = (file: string) => file.startsWith(prefix);
  const lineageAt = (file: string): Lineage | null => {
    if (byPath.has(file)) return byPath.get(file)!;
    const lineage = { file, changes: [] };
    lineages.push(lineage);
    byPath.set(file, lineage);
    return lineage;
  };
  let date = new Date(0);
  const fields = log.split('\0');
  for (let index = 0; index < fields.length; index += 1) {
    const field = fields[index]!.replace(/^\n/, '');
    if (field.startsWith('\x1e')) {
      date = new Date(Number(field.slice(1)) * 1000);
      continue;
    }
    if (!field.startsWith(':')) continue;
    // ":100644 100644 <before> <after> <status>", then the path, or two paths for a rename or copy.
    const [, , newMode, before, after, status = ''] = /^:(\d+) (\d+) (\w+) (\w+) (\w+)/.exec(field) ?? [];
    let kind = status[0];
    const fullFrom = fields[++index]!;
    const fullTo = kind === 'R' || kind === 'C' ? fields[++index]! : fullFrom;
    // A rename out of the content folder is a deletion for it, one into it an addition; other paths are not its.
    if (!inside(fullTo)) {
      if (kind !== 'R' || !inside(fullFrom)) continue;
      kind = 'D';
    } else if (!inside(fullFrom)) kind = 'A';
    const from = fullFrom.slice(prefix.length);
    const to = fullTo.slice(prefix.length);
    // Only regular files hold posts (not symbolic links or submodules).
    if (newMode !== undefined && !newMode.startsWith('100') && kind !== 'D') continue;
    if (kind === 'D') {
      // Older than this deletion, the path held a file that is gone now.
      byPath.set(from, null);
      continue;
    }
    const lineage = lineageAt(to);
    if (!lineage) {
      // A file since deleted: what its rename came from is gone too.
      if (kind === 'R') byPath.set(from, null);
      continue;
    }
    if (kind === 'R') {
      lineage.changes.push({ date, before, after: after!, renamedFrom: from });
      byPath.set(to, null);
      byPath.set(from, lineage);
    } else if (kind === 'A' || kind === 'C') {
      lineage.changes.push({ date, after: after! });
      // Before its creation the path held nothing of this file.
      byPath.set(to, null);
    } else {
      lineage.changes.push({ date, before: NO_BLOB.test(before!) ? undefined : before, after: after! });
    }
  }
  return lineages;
}

/** How many more changes of an unsettled file each later round reads: fewer rounds, a few blobs read in vain. */
const LOOKAHEAD = 2;

/**
 * Dates each file by its newest change to the body, reading blobs in rounds, one `readBlobs` call each: first
 * every file's blob at HEAD (from `readHead`, the work tree, when it has the same bytes), the one before its
 * newest change and those it had before each rename; then the next few changes of the files not settled yet.
 */
export function settle(
  lineages: ReadonlyArray<Lineage>,
  readBlobs: (ids: string[]) => Map<string, Buffer>,
  readHead: (file: string, id: string) => Buffer | undefined = () => undefined,
): Map<string, FileHistory> {
  const texts = new Map<string, Buffer>();
  const empty = Buffer.alloc(0);
  for (const { file, changes } of lineages) {
    const head = changes[0] && readHead(file, changes[0].after);
    if (head) texts.set(changes[0]!.after, head);
  }
  const fetch = (ids: Array<string | undefined>) => {
    const wanted = [...new Set(ids.filter((id): id is string => id !== undefined && !texts.has(id)))];
    if (wanted.length === 0) return;
    for (const [id, text] of readBlobs(wanted)) texts.set(id, text);
    // A blob git cannot find (a broken repository) reads as empty, so every round settles something.
    for (const id of wanted) if (!texts.has(id)) texts.set(id, empty);
  };
  const files = new Map<string, FileHistory>();
  const results = lineages.map((lineage) => {
    const history: FileHistory = { committedBody: empty, earlierNames: [] };
    files.set(lineage.file, history);
    return { lineage, history, next: 0, settled: lineage.changes.length === 0 };
  });
  fetch(
    results.flatMap(({ lineage: { changes } }) => [changes[0]?.after, changes[0]?.before, ...changes.filter((change) => change.renamedFrom).map((change) => change.before)]),
  );
  for (const { lineage, history } of results) {
    const head = lineage.changes[0];
    history.committedBody = head ? bodyOf(texts.get(head.after) ?? empty) : empty;
    history.earlierNames = lineage.changes
      .filter((change) => change.renamedFrom !== undefined)
      .map((change) => nameOf(change.renamedFrom!, (texts.get(change.before!) ?? empty).toString('utf8')))
      .reverse();
  }
  let open = results.filter((result) => !result.settled);
  while (open.length > 0) {
    fetch(open.flatMap(({ lineage, next }) => lineage.changes.slice(next, next + LOOKAHEAD).flatMap((change) => (change.before === change.after ? [] : [change.before, change.after]))));
    for (const result of open) {
      // Settles what the blobs read so far allow; the rest waits for the next round.
      for (let change = result.lineage.changes[result.next]; change && !result.settled; change = result.lineage.changes[result.next]) {
        // A rename that changed no byte needs no reading.
        const [before, after] = change.before === change.after ? [empty, empty] : [change.before === undefined ? empty : texts.get(change.before), texts.get(change.after)];
        if (!before || !after) break;
        if (bodyChanged(before, after)) {
          result.history.bodyChanged = change.date;
          result.settled = true;
        } else {
          result.next += 1;
          result.settled = result.next >= result.lineage.changes.length;
        }
      }
    }
    open = open.filter((result) => !result.settled);
  }
  return files;
}

/** The texts of blobs, by id, from one `git cat-file --batch`. */
function readBlobs(cwd: string, ids: string[]): Map<string, Buffer> {
  const { stdout } = git(cwd, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
  const texts = new Map<string, Buffer>();
  let offset = 0;
  while (offset < stdout.length) {
    const headerEnd = stdout.indexOf(10, offset);
    const [id, type, size] = stdout.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (type === 'missing' || size === undefined) {
      offset = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    // Views of the output, not copies: most blobs are only compared, byte by byte.
    texts.set(id!, stdout.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return texts;
}

/** Whether two versions of a file differ in their bodies, whitespace aside: compared as bytes, without copies. */
function bodyChanged(before: Buffer, after: Buffer): boolean {
  const [a, b] = [bodyOf(before), bodyOf(after)];
  return !a.equals(b) && !sameButWhitespace(a, b);
}

const isSpace = (byte: number | undefined) => byte === 32 || (byte !== undefined && byte >= 9 && byte <= 13);

/**
 * Whether two texts are the same once each run of ASCII whitespace is one space and the ends are trimmed. Bytes
 * are compared natively wherever the texts are aligned (the common start, and the rest once a whitespace
 * difference has been stepped over); a loop in JavaScript walks only the stretches in between.
 */
function sameButWhitespace(a: Buffer, b: Buffer): boolean {
  let i = commonPrefix(a, b);
  // Back to the start of a whitespace run, so that runs are stepped over whole.
  while (i > 0 && isSpace(a[i - 1])) i -= 1;
  let j = i;
  let offset = Number.NaN;
  while (i < a.length && j < b.length) {
    if (i - j !== offset) {
      offset = i - j;
      if (a.length - i === b.length - j && a.subarray(i).equals(b.subarray(j))) return true;
    }
    const spaceA = isSpace(a[i]);
    if (spaceA !== isSpace(b[j]) && !(i === 0 || j === 0)) return false;
    if (spaceA || isSpace(b[j])) {
      while (isSpace(a[i])) i += 1;
      while (isSpace(b[j])) j += 1;
    } else {
      if (a[i] !== b[j]) return false;
      i += 1;
      j += 1;
    }
  }
  while (isSpace(a[i])) i += 1;
  while (isSpace(b[j])) j += 1;
  return i === a.length && j === b.length;
}

/** How many bytes two buffers share at their start, by halving (native comparisons only). */
function commonPrefix(a: Buffer, b: Buffer): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.subarray(0, middle).equals(b.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Whether a body (as the loader read it) is the committed one, whitespace aside: false for an uncommitted edit. */
export function sameBody(body: string, committed: Buffer): boolean {
  return sameButWhitespace(Buffer.from(body), committed);
}

const CLOSING_FENCE = Buffer.from('\n---');
const DASH = 45;

/** A file's bytes without its frontmatter (from `---` on the first line to the next line that is `---`). */
function bodyOf(text: Buffer): Buffer {
  // A byte order mark (EF BB BF) may come before the opening fence.
  const start = text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf ? 3 : 0;
  if (text[start] !== DASH || text[start + 1] !== DASH || text[start + 2] !== DASH || !lineEndsAt(text, start + 3)) return text;
  for (let at = text.indexOf(CLOSING_FENCE, start + 3); at !== -1; at = text.indexOf(CLOSING_FENCE, at + 1)) {
    if (lineEndsAt(text, at + 4)) {
      const next = text.indexOf(10, at + 4);
      return next === -1 ? text.subarray(text.length) : text.subarray(next + 1);
    }
  }
  return text;
}

/** Whether only spaces or tabs, then a line break or the end, follow `at`. */
function lineEndsAt(text: Buffer, at: number): boolean {
  let index = at;
  while (text[index] === 32 || text[index] === 9 || text[index] === 13) index += 1;
  return index === text.length || text[index] === 10;
}

const SLUG_LINE = /^slug\s*:/;

/**
 * A file's name and, when its frontmatter has a `slug:` line, that frontmatter. Only the lines up to the closing
 * `---` are split off: the body may be long, and every renamed file has a blob read for this.
 */
function nameOf(file: string, text: string): EarlierName {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
    if (lines.length === 0 && line.replace(/^\uFEFF/, '').trimEnd() !== '---') return { file };
    if (lines.length > 0 && line.trimEnd() === '---') break;
    lines.push(line);
    if (end === -1) return { file };
    start = end + 1;
  }
  const frontmatter = lines.slice(1);
  return frontmatter.some((line) => SLUG_LINE.test(line)) ? { file, frontmatter: frontmatter.join('\n') } : { file };
}
