// The strict objects of the site config's schema (lib/site/config.ts): a field the schema does not know is an
// error, named with the field it is most likely a typo of.
import { z } from 'zod';
import { nearestName } from './nearest-name';

/**
 * A strict object of `shape`, called `what` in messages; `expected` is what a value of another kind should have been.
 * zod reports all unknown fields of an object in one issue: its message holds one line per field, in the
 * order of the issue's `keys`, for lib/site/config.ts to report each at its own path.
 */
export function configObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string, expected: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownField(key, known, what)).join('\n') : expected),
  });
}

function unknownField(key: string, known: ReadonlyArray<string>, what: string): string {
  const suggestion = nearestName(key, known);
  return suggestion ? `a field of ${what}: did you mean \`${suggestion}\`?` : `a field of ${what} (${known.join(', ')})`;
}

/** Text matching `pattern`; `expected` says what, for text of another shape and for a value of another kind. */
export function matching(pattern: RegExp, expected: string) {
  return z.string({ error: expected }).regex(pattern, { error: expected });
}

/** Text with something besides spaces in it. */
export function nonBlank(expected: string) {
  return z.string({ error: expected }).refine((text) => text.trim() !== '', { error: expected });
}
