import fs from 'node:fs';
import type { z } from 'zod';
import { publicFile } from './images';
import { ARCHIVE_SEGMENTS } from '../site/paths';
import { termSlug } from './taxonomy';
import { describeValue, displayPath, type ContentProblem } from '../site/errors';
import { normalizeAuthorFrontmatter, normalizePostFrontmatter, type NormalizedFrontmatter } from './frontmatter-aliases';
import { FILE_NAME_EXPECTED, fileNameProblem } from './list';
import { authorFrontmatterSchema, postFrontmatterSchema, type AuthorFrontmatter, type PostFrontmatter } from './schema';

/** A post file checked on its own: its frontmatter (undefined if invalid), the fields other checks need, its slug. */
export interface CheckedPost {
  normalized: NormalizedFrontmatter;
  frontmatter: PostFrontmatter | undefined;
  fields: CrossCheckedFields;
  slug: string;
}

/** The fields of a post that checks across files need (authors, aliases, covers), valid or not. */
export type CrossCheckedFields = Partial<Pick<PostFrontmatter, 'slug' | 'author' | 'authors' | 'coverImage' | 'tags' | 'categories'>>;

/**
 * The checks of one post file that need no other file: its frontmatter, its slug (the `slug` field's, else
 * `fileSlug`, from the file name) and its tag and category names. `npm run new` runs them on the post it is
 * about to write, so that it writes nothing the build would refuse.
 */
export function checkPostFile(display: string, fileSlug: string, data: unknown, problems: ContentProblem[]): CheckedPost {
  const normalized = normalizePostFrontmatter(data);
  const frontmatter = validate(postFrontmatterSchema, normalized, display, problems);
  // Cross-file checks run even when other fields are wrong, so one build reports every problem.
  const fields = frontmatter ?? looseFields(normalized.data);
  const slug = fields.slug ?? fileSlug;
  if (!fields.slug && fileNameProblem(display, slug)) {
    problems.push({
      file: display,
      field: 'slug',
      found: `${describeValue(slug)} (from the file name)`,
      expected: `${FILE_NAME_EXPECTED}, or a \`slug:\` field`,
    });
  }
  if (ARCHIVE_SEGMENTS.includes(slug)) {
    problems.push({
      file: display,
      field: 'slug',
      found: describeValue(slug),
      expected: `a slug other than ${ARCHIVE_SEGMENTS.join(', ')} (those are archive URLs under /blog/)`,
    });
  }
  for (const field of ['tags', 'categories'] as const) {
    for (const name of fields[field] ?? []) {
      if (!termSlug(name)) {
        problems.push({
          file: display,
          field,
          found: describeValue(name),
          expected: 'a name with at least one letter or digit',
        });
      }
    }
  }
  return { normalized, frontmatter, fields, slug };
}

/**
 * The checks of one author file that need no other file: its frontmatter (undefined if invalid) and its file
 * name, the author's slug. `npm run new -- --author` runs them before writing.
 */
export function checkAuthorFile(display: string, slug: string, data: unknown, problems: ContentProblem[]): { normalized: NormalizedFrontmatter; frontmatter: AuthorFrontmatter | undefined } {
  const normalized = normalizeAuthorFrontmatter(data);
  const frontmatter = validate(authorFrontmatterSchema, normalized, display, problems);
  const badName = fileNameProblem(display, slug);
  if (badName) problems.push(badName);
  return { normalized, frontmatter };
}

/** Validates normalized frontmatter; each problem names the field as the author wrote it. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  frontmatter: NormalizedFrontmatter,
  file: string,
  problems: ContentProblem[],
): z.output<Schema> | undefined {
  problems.push(...frontmatter.problems.map((problem) => ({ file, ...problem })));
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return frontmatter.problems.length === 0 ? result.data : undefined;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const field = [...issue.path, ...(key === undefined ? [] : [key])].map(String).join('.');
      problems.push({
        file,
        field: field ? frontmatter.writtenName(field) : '(frontmatter)',
        found: key === undefined ? describeValue(valueAt(frontmatter.data, issue.path)) : 'a field Margins does not know',
        expected: issue.message,
      });
    }
  }
  return undefined;
}

/** A local image a field names (`/images/...`) that is no file under `publicDir`; remote URLs are not checked. */
export function checkLocalFile(ref: string | undefined, field: string, file: string, publicDir: string, problems: ContentProblem[]) {
  if (!ref || !ref.startsWith('/')) return;
  const target = publicFile(ref, publicDir);
  if (!target || !fs.statSync(target, { throwIfNoEntry: false })?.isFile()) {
    problems.push({
      file,
      field,
      found: `${describeValue(ref)}, which is not a file under ${displayPath(publicDir)}/`,
      expected: `a file that exists, e.g. ${displayPath(publicDir)}/images/cover.jpg referenced as "/images/cover.jpg"`,
    });
  }
}

/** The `aliases` list of frontmatter as written, whatever its items are. */
export function aliasValues(data: unknown): unknown[] {
  const aliases = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).aliases : undefined;
  return Array.isArray(aliases) ? aliases : [];
}

/** The raw frontmatter value at a path, as the author wrote it (not as a schema transformed it). */
function valueAt(data: unknown, fieldPath: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of fieldPath) {
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/** The fields other checks need, taken as they are from frontmatter that failed validation elsewhere. */
function looseFields(data: unknown): CrossCheckedFields {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const texts = (value: unknown) => (Array.isArray(value) ? value.flatMap((item) => text(item) ?? []) : undefined);
  return {
    slug: text(record.slug),
    author: text(record.author),
    authors: texts(record.authors),
    coverImage: text(record.coverImage),
    tags: texts(record.tags),
    categories: texts(record.categories),
  };
}
