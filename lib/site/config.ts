// The site config's one schema, and the one place it is applied: to site.config.ts's values, with the fields
// that environment variables (SITE_ENV) and the MARGINS_SITE_CONFIG file set for one build laid over them.
// To add a field: one line in `siteFields` below (the SiteConfig type follows) and its default in site.config.ts;
// to let an environment variable set it, one name in SITE_ENV (lib/build-contract.ts).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BUILD_ENV, SITE_ENV } from '../build-contract';
import { commentsSchema } from './comments';
import { configObject, nonBlank } from './config-fields';
import { dictionaryFor, findDictionary, isTimeZone, LANGUAGE_EXPECTED, ogLocaleFor } from './i18n/dictionaries';
import { newsletterSchema } from './newsletter';
import { repositorySchema } from './repository';
import { describeValue, formatProblem, type ContentProblem } from './errors';
import { siteScriptsSchema } from './scripts';
import { socialProfilesSchema } from './social-profiles';

/** Where the defaults are written, as messages name it. */
export const DEFAULTS_FILE = 'site.config.ts';

const URL_EXAMPLE = 'such as https://blog.example.com';
const TIME_ZONE_EXPECTED = 'an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"';
const POSITIVE_WHOLE_NUMBER = 'a whole number of at least 1';

/**
 * A site URL without its trailing slash, so that paths can be appended to it, or what was expected instead. It may
 * have a path, for a site served under a sub-path (`https://user.github.io/my-blog`, a GitHub Pages project site).
 */
export function normalizeSiteUrl(raw: string): { url: string } | { expected: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { expected: `an absolute http(s) URL ${URL_EXAMPLE}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { expected: 'an http or https URL' };
  if (url.search || url.hash || url.username || url.password) {
    return { expected: `the address the site is served from, without a query, fragment or credentials, ${URL_EXAMPLE}` };
  }
  // The path becomes Next's basePath and the first segments of every file's URL: plain names only, so that it
  // needs no encoding anywhere it is written (HTML, XML, `_redirects`, `_headers`).
  const pathname = url.pathname.replace(/\/+$/, '');
  if (pathname && !/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/.test(pathname)) {
    return { expected: 'a path of plain names (letters, digits, ".", "_", "~" and "-") such as https://user.github.io/my-blog' };
  }
  return { url: url.origin + pathname };
}

const siteUrl = z.string({ error: `an absolute http(s) URL ${URL_EXAMPLE}` }).transform((raw, ctx) => {
  const normalized = normalizeSiteUrl(raw);
  if ('url' in normalized) return normalized.url;
  ctx.addIssue({ code: 'custom', message: normalized.expected });
  return z.NEVER;
});

const navLink = configObject(
  { label: nonBlank('the text of the link'), href: nonBlank('a site path such as /blog/, or a URL') },
  'a nav link',
  'a link { label, href }',
);

/** The fields of the site config; each message is the "expected" half of an error. */
const siteFields = configObject(
  {
    /** Shown in titles, the header and feeds. */
    name: nonBlank('the name of the site'),
    /** The meta description of pages that have none of their own. */
    description: nonBlank('a sentence about the site'),
    /**
     * Where the built site is served, with its path for a site under a sub-path (`https://user.github.io/my-blog`);
     * `SITE_URL` sets it for a build. Without a trailing slash once checked.
     */
    url: siteUrl,
    /**
     * BCP 47 language of the site (`en`, `de`, `en-GB`): picks the dictionary of interface strings in lib/site/i18n/,
     * formats dates and numbers, and is `<html lang>`, the feeds' language and Pagefind's. `SITE_LANGUAGE` sets it.
     */
    language: z.string({ error: LANGUAGE_EXPECTED }).refine((language) => findDictionary(language) !== undefined, { error: LANGUAGE_EXPECTED }),
    /**
     * The IANA time zone dates are shown in and date-only frontmatter dates belong to (`UTC`, `Asia/Tokyo`);
     * `SITE_TIME_ZONE` sets it.
     */
    timeZone: z.string({ error: TIME_ZONE_EXPECTED }).refine(isTimeZone, { error: TIME_ZONE_EXPECTED }),
    /** Posts per page on the archive, tag, category and author lists; `POSTS_PER_PAGE` sets it. */
    postsPerPage: z.number({ error: POSITIVE_WHOLE_NUMBER }).int({ error: POSITIVE_WHOLE_NUMBER }).min(1, { error: POSITIVE_WHOLE_NUMBER }),
    /** Links in the header navigation; without it, the blog and its tags, named in the site's language. */
    nav: z.array(navLink, { error: 'a list of links such as [{ label: "Blog", href: "/blog/" }]' }).optional(),
    /** The site's own profiles, linked with their marks in the footer (as in an author's `social`). */
    social: socialProfilesSchema,
    /**
     * Keep Next.js's client runtime (React and its router) in the built pages. Off by default: reading
     * pages are plain HTML and CSS. Turn it on only to use client components or client-side navigation.
     */
    clientRuntime: z.boolean({ error: 'true or false' }),
    /**
     * Third-party scripts (analytics, widgets) put on every page or on the pages under given paths; the
     * presets in lib/site/scripts.ts write the entries for Plausible, Umami and Google Analytics.
     */
    scripts: siteScriptsSchema,
    /**
     * What a link in a post to a page of the site that does not exist does to the build: `warn` prints one line
     * per link (file and line) and builds; `error` fails the build.
     */
    brokenLinks: z.enum(['warn', 'error'], { error: '"warn" or "error"' }),
    /** giscus comments under each post, loaded only when a reader clicks "Show comments" (lib/site/comments.ts). Off when absent. */
    comments: commentsSchema.optional(),
    /** A newsletter signup form under each post, posting to the provider's URL (presets in lib/site/newsletter.ts). Off when absent. */
    newsletter: newsletterSchema.optional(),
    /** The author slug `npm run new` writes into a new post when the site has several authors and none is given. */
    defaultAuthor: nonBlank('the slug of an author in content/authors/, such as "zoe-martin"').optional(),
    /** The build's responsive images (lib/output/image-variants/). */
    images: configObject(
      {
        /** Encode AVIF variants besides WebP: about half their size on a photo, but ten to twenty times slower to encode. */
        avif: z.boolean({ error: 'true or false' }),
        /**
         * What a remote image (cover, avatar or body image) that cannot be downloaded does to the build: `warn`
         * prints one line naming the file and URL and keeps the remote URL; `error` fails the build.
         */
        remoteFailure: z.enum(['warn', 'error'], { error: '"warn" or "error"' }),
      },
      'images',
      'an object { avif, remoteFailure }',
    ),
    /**
     * Read from git history each post's and page's modified date (its last commit that changed the body) and the
     * old addresses of renamed posts, which then redirect (lib/posts/git-history.ts). False: no git at all.
     */
    gitHistory: z.boolean({ error: 'true or false' }),
    /** The repository the content is in: each post and page links to "Edit this post" and "History" there. Off when absent. */
    repository: repositorySchema.optional(),
  },
  'the site config',
  'an object of site config fields',
);

/** The whole site configuration every page, feed and URL is built from: its fields, checked together, and what follows from them. */
export const siteConfigSchema = siteFields
  .superRefine((site, ctx) => {
    // The post-export step applies a page list page by page, while Next's client navigation would keep a script
    // loaded on one page for every page visited after it.
    if (!site.clientRuntime) return;
    site.scripts.forEach((script, index) => {
      if (script.pages !== undefined && script.pages !== 'all') {
        ctx.addIssue({ code: 'custom', path: ['scripts', index, 'pages'], message: '"all" while clientRuntime is true (client navigation keeps scripts across pages)' });
      }
    });
  })
  .transform((site) => {
    const strings = dictionaryFor(site.language);
    return {
      ...site,
      /** OpenGraph locale, e.g. `en_US`: derived from `language`. */
      locale: ogLocaleFor(site.language),
      nav: site.nav ?? [
        { label: strings.blog, href: '/blog/' },
        { label: strings.tags, href: '/blog/tags/' },
      ],
    };
  });

/** The site config as site.config.ts writes it (and the file and variables their fields). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** The site config, checked: what every page, feed and URL is built from. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The environment a config is read from (`process.env`, or a test's own). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Thrown when the site config is invalid; its message lists every problem, each naming where the value came from. */
export class SiteConfigError extends Error {
  declare readonly problems: ReadonlyArray<ContentProblem>;

  constructor(problems: ReadonlyArray<ContentProblem>) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Margins found ${count} in the site config:\n${problems.map((problem) => `  ${formatConfigProblem(problem)}`).join('\n')}`);
    this.name = 'SiteConfigError';
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
  }
}

/** One line: `<source> → <field>: found …, expected …`, where the source is site.config.ts, a variable or the file. */
function formatConfigProblem(problem: ContentProblem): string {
  return problem.field ? formatProblem(problem) : `${problem.file}: found ${problem.found}, expected ${problem.expected}`;
}

/**
 * Fields the file may not set, with what to do instead: they come from their environment variables, or follow
 * from one (the OpenGraph locale from the language), so one build's language, zone and URL have one source.
 */
const ENVIRONMENT_ONLY = new Map<string, string>([
  ['url', `set ${SITE_ENV.url}`],
  ['language', `set ${SITE_ENV.language}`],
  ['locale', `it follows ${SITE_ENV.language}`],
  ['timeZone', `set ${SITE_ENV.timeZone}`],
]);

/**
 * The site config of `defaults` with the fields `env` sets: first the variables of SITE_ENV, then the JSON file
 * MARGINS_SITE_CONFIG names (each of its fields replaces the whole field). Checked once, as a whole; a
 * {@link SiteConfigError} lists every problem.
 */
export function parseSiteConfig(defaults: SiteConfigInput, env: Environment): SiteConfig {
  const problems: ContentProblem[] = [];
  const fromVariables: Record<string, unknown> = {};
  const variableOf = new Map<string, string>();
  for (const [field, variable] of Object.entries(SITE_ENV)) {
    const text = env[variable];
    if (!text) continue;
    // A variable is text: a number field gets the number its digits spell, or the text, which the schema refuses.
    const isNumber = siteFields.shape[field as keyof typeof SITE_ENV] instanceof z.ZodNumber;
    fromVariables[field] = isNumber && /^\d+$/.test(text) ? Number(text) : text;
    variableOf.set(field, variable);
  }

  const file = env[BUILD_ENV.siteConfig] || undefined;
  const fromFile = file === undefined ? {} : readConfigFile(file, problems);
  for (const [field, value] of Object.entries(fromFile)) {
    const instead = ENVIRONMENT_ONLY.get(field);
    if (instead) problems.push({ file: file!, field, found: describeValue(value), expected: `no ${field} here (${instead})` });
  }
  const input = { ...defaults, ...fromVariables, ...Object.fromEntries(Object.entries(fromFile).filter(([field]) => !ENVIRONMENT_ONLY.has(field))) };

  const sourceOf = (field: PropertyKey | undefined): string => {
    if (file !== undefined && typeof field === 'string' && Object.hasOwn(fromFile, field)) return file;
    return (typeof field === 'string' && variableOf.get(field)) || DEFAULTS_FILE;
  };
  const problemAt = (at: ReadonlyArray<PropertyKey>, expected: string): ContentProblem => {
    const variable = variableOf.get(String(at[0]));
    const fromVariable = variable !== undefined && sourceOf(at[0]) === variable;
    // A value from a variable is shown as written, not as the number it became.
    return { file: sourceOf(at[0]), field: fieldPath(at), found: describeValue(fromVariable ? env[variable] : valueAt(input, at)), expected };
  };

  const result = siteConfigSchema.safeParse(input);
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, in the order of `keys` (lib/site/config-fields.ts).
      const lines = issue.message.split('\n');
      issue.keys.forEach((key, index) => problems.push(problemAt([...issue.path, key], lines[index] ?? lines[0]!)));
    } else if (issue.code === 'invalid_key') {
      // A name in a record (newsletter.hiddenFields, a script's attributes): the name is what was found.
      const name = issue.path.at(-1);
      problems.push({ ...problemAt(issue.path.slice(0, -1), issue.issues[0]?.message ?? issue.message), found: describeValue(name) });
    } else {
      problems.push(problemAt(issue.path, issue.message));
    }
  }
  if (problems.length > 0 || !result.success) throw new SiteConfigError(problems);
  return result.data;
}

/** The fields of the JSON file; a problem when it cannot be read or is not a JSON object. */
function readConfigFile(file: string, problems: ContentProblem[]): Record<string, unknown> {
  const expected = 'a JSON object of site config fields';
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    problems.push({ file, field: '', found: missing ? 'no such file' : `text that is not JSON (${(error as Error).message})`, expected });
    return {};
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  problems.push({ file, field: '', found: describeValue(parsed), expected });
  return {};
}

/** A field path as written in the config: `comments.repo`, `scripts[0].name`. */
function fieldPath(at: ReadonlyArray<PropertyKey>): string {
  return at.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The value at a path of the config as given (own properties only: a `__proto__` field is data here). */
function valueAt(value: unknown, at: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of at) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
