// Other blog engines' names for our frontmatter fields (Hugo, Jekyll, Astro, dev.to, the Tailwind Next.js
// starter), mapped to ours in this one place before validation, so a content folder written for them builds
// unchanged. Errors still name the field as the author wrote it.
import { nearestName } from '../site/nearest-name';
import { describeValue, type ContentProblem, type ContentWarning } from '../site/errors';
import { authorFrontmatterSchema, postFrontmatterSchema } from './schema';

/** Another engine's name for one of our fields. */
interface FieldAlias {
  /** Our field; `social.twitter` for a field nested in `social`. */
  field: string;
  /** Our value from theirs. Values of another type pass unchanged, for validation to report. */
  convert?: (value: unknown) => unknown;
  /** Theirs is one more item of our list field, not another name for it (Jekyll's `permalink` is one more alias). */
  appends?: boolean;
}

/** What a kind of file accepts: our fields, other engines' names for them, and fields that mean nothing here. */
interface Vocabulary {
  fields: ReadonlyArray<string>;
  aliases: Readonly<Record<string, FieldAlias>>;
  /** Fields other engines need and Margins has no use for (Jekyll's `layout`): dropped without a notice. */
  ignored: ReadonlyArray<string>;
}

const firstItem = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const POST_VOCABULARY: Vocabulary = {
  fields: Object.keys(postFrontmatterSchema.shape),
  aliases: {
    draft: { field: 'published', convert: (value) => (typeof value === 'boolean' ? !value : value) },
    description: { field: 'excerpt' },
    summary: { field: 'excerpt' },
    lastmod: { field: 'updated' },
    updatedDate: { field: 'updated' },
    edited_at: { field: 'updated' },
    pubDate: { field: 'date' },
    published_at: { field: 'date' },
    heroImage: { field: 'coverImage' },
    cover_image: { field: 'coverImage' },
    image: { field: 'coverImage' },
    images: { field: 'coverImage', convert: firstItem },
    canonical_url: { field: 'canonical' },
    canonicalUrl: { field: 'canonical' },
    permalink: { field: 'aliases', appends: true },
  },
  ignored: ['layout'],
};

const AUTHOR_VOCABULARY: Vocabulary = {
  fields: Object.keys(authorFrontmatterSchema.shape),
  aliases: {
    occupation: { field: 'role' },
    ...Object.fromEntries(
      Object.keys(authorFrontmatterSchema.shape.social.unwrap().shape).map((network) => [
        network,
        { field: `social.${network}` },
      ]),
    ),
  },
  ignored: ['layout'],
};

/** Frontmatter under our names, ready for validation, with what did not map. */
export interface NormalizedFrontmatter {
  /** The fields under our names; anything but a mapping is passed on as it is, for validation to report. */
  data: unknown;
  /** Fields Margins does not know and that are no near miss of a known one: kept for templates. */
  extra: Record<string, unknown>;
  /** Near misses of known names and fields given twice under two names; `file` is the caller's to add. */
  problems: Array<Omit<ContentProblem, 'file'>>;
  /** Which name the author wrote for a field path of ours: `excerpt` → `summary`, `social.github` → `github`. */
  writtenName(field: string): string;
}

/** Maps a post's frontmatter to our field names (see {@link NormalizedFrontmatter}). */
export function normalizePostFrontmatter(data: unknown): NormalizedFrontmatter {
  return normalize(data, POST_VOCABULARY);
}

/** Maps an author file's frontmatter to our field names (see {@link NormalizedFrontmatter}). */
export function normalizeAuthorFrontmatter(data: unknown): NormalizedFrontmatter {
  return normalize(data, AUTHOR_VOCABULARY);
}

/** A field Margins does not know, met in one file. */
export interface UnknownFieldUse {
  kind: 'post' | 'author';
  name: string;
  file: string;
}

/** One notice per unknown field name across a build, naming the first file that has it and counting the others. */
export function unknownFieldWarnings(uses: ReadonlyArray<UnknownFieldUse>): ContentWarning[] {
  const byKey = new Map<string, { first: UnknownFieldUse; files: number }>();
  for (const use of uses) {
    const key = `${use.kind}.extra.${use.name}`;
    const seen = byKey.get(key);
    if (seen) seen.files += 1;
    else byKey.set(key, { first: use, files: 1 });
  }
  return [...byKey].map(([key, { first, files }]) => {
    const elsewhere = files === 1 ? '' : ` (also in ${files - 1} other file${files === 2 ? '' : 's'})`;
    return {
      file: first.file,
      message: `unknown field \`${first.name}\`${elsewhere}: kept as ${key} for templates, unused by Margins itself`,
    };
  });
}

function normalize(data: unknown, vocabulary: Vocabulary): NormalizedFrontmatter {
  const renamed = new Map<string, string>();
  const writtenName = (field: string) => {
    for (const [ours, theirs] of renamed) {
      if (field === ours || field.startsWith(`${ours}.`)) return theirs + field.slice(ours.length);
    }
    return field;
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { data, extra: {}, problems: [], writtenName };
  }

  const problems: NormalizedFrontmatter['problems'] = [];
  const ours: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const others: Array<[string, unknown]> = [];
  // Our own names first, so an alias is compared with its field whatever their order in the file.
  for (const [name, value] of Object.entries(data)) {
    if (vocabulary.fields.includes(name)) ours[name] = value;
    else others.push([name, value]);
  }
  for (const [name, value] of others) {
    if (vocabulary.ignored.includes(name)) continue;
    const alias = Object.hasOwn(vocabulary.aliases, name) ? vocabulary.aliases[name] : undefined;
    if (!alias) {
      const suggestion = nearestName(name, [...vocabulary.fields, ...Object.keys(vocabulary.aliases)]);
      if (!suggestion) extra[name] = value;
      else {
        const expected = `a known field: did you mean \`${suggestion}\`?`;
        problems.push({ field: name, found: 'a field Margins does not know', expected });
      }
      continue;
    }
    const converted = alias.convert ? alias.convert(value) : value;
    const [parent, child] = alias.field.split('.') as [string, string | undefined];
    const target = child === undefined ? ours : nestedRecord(ours, parent);
    // A `social` that is not a mapping is left for validation to report.
    if (!target) continue;
    const key = child ?? parent;
    if (alias.appends) {
      const list = target[key] ?? [];
      // Our field given as something else than a list is left for validation to report.
      if (!Array.isArray(list)) continue;
      renamed.set(`${alias.field}.${list.length}`, name);
      target[key] = [...list, converted];
    } else if (key in target && JSON.stringify(target[key]) !== JSON.stringify(converted)) {
      const other = renamed.get(alias.field) ?? alias.field;
      problems.push({
        field: name,
        found: `${describeValue(value)}, while \`${other}\` says ${describeValue(target[key])}`,
        expected: `one value: \`${name}\` and \`${other}\` are two names of one field, so keep one`,
      });
    } else {
      target[key] = converted;
      renamed.set(alias.field, name);
    }
  }
  return { data: ours, extra, problems, writtenName };
}

/** A copy of the mapping at `ours[key]` (the file's own data stays as read), made when absent; undefined when something else is there. */
function nestedRecord(ours: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = ours[key] ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const copy = { ...value };
  ours[key] = copy;
  return copy;
}
