import fs from 'node:fs';
import type { z } from 'zod';
import { ContentError, describeValue, displayPath } from '../../site/errors';

/** Stops the import with one problem: the file, the field, what was found and what was expected. */
export function inputError(file: string, field: string, found: string, expected: string): ContentError {
  return new ContentError([{ file: displayPath(file), field, found, expected }]);
}

/** A source file as UTF-8 text, or a clear error when it cannot be read. */
export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
    throw inputError(file, '(file)', reason, 'a readable export file');
  }
}

/**
 * Checks untrusted data (parsed JSON or XML) against a schema and returns it typed, or throws one problem per
 * mismatch, each naming the field by its path, such as `[2].title.rendered`.
 */
export function checkInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  file: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ContentError(
    result.error.issues.map((issue) => ({
      file: displayPath(file),
      field: fieldPath(issue.path) || '(file)',
      found: describeValue(valueAt(value, issue.path)),
      expected: issue.message,
    })),
  );
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
