import path from 'node:path';

/** One thing wrong in the content: which file, which field, what was there and what should be. */
export interface ContentProblem {
  file: string;
  field: string;
  found: string;
  expected: string;
  /** Where in the file, when the problem is in the body (a missing image); frontmatter fields are found by name. */
  line?: number;
  column?: number;
}

/** Something the author should know about a file that loads all the same (a change made to publish it, a field kept unused); the build goes on. */
export interface ContentWarning {
  file: string;
  /** The line of the file it is about, when it is about one. */
  line?: number;
  message: string;
}

/** One line per warning: `content/posts/a.md: removed 2 characters ...`, or `content/posts/a.md:12: ...`. */
export function formatWarning(warning: ContentWarning): string {
  return `${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`;
}

/** Thrown when content is invalid; carries every problem found, not only the first. */
export class ContentError extends Error {
  declare readonly problems: ReadonlyArray<ContentProblem>;

  constructor(problems: ReadonlyArray<ContentProblem>) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Margins found ${count} in the content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    // Not enumerable: the message already lists every problem, and Next.js would print them a second time.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
  }
}

/** One line per problem: `content/posts/a.md → date: found "2025-13-01", expected a real date ...`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''} → ${problem.field}: found ${problem.found}, expected ${problem.expected}`;
}

/** A short, readable rendering of a value found in frontmatter. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A file's path as authors know it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
