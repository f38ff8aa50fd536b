// Hostile import inputs (tests/fixtures/import/hostile/): front matter in languages that would run code, names
// that make no slug or too long a one, a file system that refuses a file. Nothing may run, every item is named
// in the report, and what is written is content the build accepts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDevto } from '@/lib/authoring/import/devto';
import type { ImportBatch, ImportedPost } from '@/lib/authoring/import/model';
import { formatReport, type ImportReport } from '@/lib/authoring/import/report';
import { importWordPress } from '@/lib/authoring/import/wordpress';
import { loadContent } from '@/lib/posts';
import { fixture, NOW, ROOT } from '../helpers';
import { frontMatterOf, tempSite, writeInto } from '../import-helpers';

const hostile = (name: string) => fixture('import', 'hostile', name);

/** The marker file a fixture's payload writes when it is evaluated (see the fixtures). */
const marker = (language: string) => path.join(os.tmpdir(), `margins-import-ran-${language}`);
const LANGUAGES = ['js', 'javascript', 'coffee', 'api-js', 'api-javascript', 'api-coffee'];

/** Loads what an import wrote as a production build does: it throws if the build would refuse any file. */
const loadWritten = (outDir: string) =>
  loadContent({ contentDir: outDir, publicDir: path.join(ROOT, 'public'), includeDrafts: true, now: NOW });

/** A post as an importer gives it, with nothing hostile in it. */
const plainPost = (slug: string): ImportedPost => ({
  origin: `test: "${slug}"`,
  slug,
  title: slug,
  date: '2024-01-01T00:00:00Z',
  author: { slug: 'ada', name: 'Ada' },
  tags: [],
  categories: [],
  published: true,
  aliases: [],
  body: 'Text.',
  notes: [],
});

beforeAll(() => {
  for (const language of LANGUAGES) fs.rmSync(marker(language), { force: true });
});

describe('front matter that would run code', () => {
  it('is refused in dev.to Markdown files, which the report names, and the other files are imported', async () => {
    const site = tempSite();
    const report = await writeInto(importDevto(hostile('devto-folder'), { canonicalDevto: false }), site);
    expect(fs.existsSync(marker('js'))).toBe(false);
    expect(fs.existsSync(marker('javascript'))).toBe(false);
    expect(fs.existsSync(marker('coffee'))).toBe(false);
    const expected = (fence: string) =>
      `front matter: found an opening fence "${fence}", expected "---" alone on the first line (Margins reads YAML frontmatter only); nothing in it was run`;
    expect(report.skipped).toEqual([
      { origin: 'coffee-front-matter.md', reason: expected('---coffee') },
      { origin: 'javascript-front-matter.md', reason: expected('---javascript') },
      { origin: 'js-front-matter.md', reason: expected('---js') },
    ]);
    expect(report.written).toEqual([
      path.join(site.outDir, 'posts', 'post-2024-01-04.md'),
      path.join(site.outDir, 'posts', 'plain.md'),
    ]);
    expect(report.notes).toEqual([
      {
        post: 'post-2024-01-04',
        note: 'slug: the title "!!!" has no letters or digits, so the post is named post-2024-01-04',
      },
    ]);
  });

  it('is refused in the body_markdown of dev.to API JSON, which the report names, and nothing else stops', async () => {
    const site = tempSite();
    const report = await writeInto(importDevto(hostile('devto-api.json'), { canonicalDevto: false }), site);
    expect(fs.existsSync(marker('api-js'))).toBe(false);
    expect(fs.existsSync(marker('api-javascript'))).toBe(false);
    expect(fs.existsSync(marker('api-coffee'))).toBe(false);
    const expected = (fence: string) =>
      `body_markdown: found an opening fence "${fence}", expected "---" alone on the first line (Margins reads YAML frontmatter only); nothing in it was run`;
    expect(report.skipped).toEqual([
      { origin: 'devto-api.json: "JavaScript front matter"', reason: expected('---js') },
      { origin: 'devto-api.json: "JavaScript spelled out"', reason: expected('---javascript') },
      { origin: 'devto-api.json: "CoffeeScript front matter"', reason: expected('---coffee') },
    ]);
  });
});

describe('names that make no slug, or too long a one', () => {
  it('names dev.to posts whose titles have no letters or digits after their article id, and says so', async () => {
    const site = tempSite();
    const report = await writeInto(importDevto(hostile('devto-api.json'), { canonicalDevto: false }), site);
    expect(report.written).toEqual([
      path.join(site.outDir, 'posts', 'post-904.md'),
      path.join(site.outDir, 'posts', 'post-905.md'),
    ]);
    expect(report.notes).toEqual([
      {
        post: 'post-904',
        note: 'slug: the title "🚀" has no letters or digits, so the post is named post-904',
      },
      {
        post: 'post-905',
        note: 'slug: the title "!!!" has no letters or digits, so the post is named post-905',
      },
    ]);
    expect(frontMatterOf(path.join(site.outDir, 'posts', 'post-904.md')).title).toBe('🚀');
    expect(loadWritten(site.outDir).content.posts.map((post) => post.slug)).toEqual(['post-904', 'post-905']);
  });

  const twentyWords = Array.from({ length: 20 }, () => 'word').join('-');

  it('cuts a 299-character WordPress post_name to the slug limit, names posts by id, and writes only what the build accepts', async () => {
    const site = tempSite();
    const report = await writeInto(importWordPress(hostile('wordpress-names.xml')), site);
    const posts = (...slugs: string[]) =>
      slugs.map((slug) => `  ${path.join(site.outDir, 'posts', `${slug}.md`)}`);
    expect(formatReport(report).split('\n')).toEqual([
      'Posts written (4):',
      ...posts(twentyWords, 'post-2', 'post-3', 'post-4'),
      'Authors created (2):',
      `  ${path.join(site.outDir, 'authors', 'mira-okafor.md')}`,
      `  ${path.join(site.outDir, 'authors', 'wp-author-7.md')}`,
      'Dropped or to check (7):',
      `  ${twentyWords}: slug: its slug is longer than the limit of 100 bytes, so it was cut to "${twentyWords}"`,
      `  ${twentyWords}: tags: "!!!" left out, as the build expects a name with at least one letter or digit`,
      `  ${twentyWords}: tags: "${Array(30).fill('tag').join(' ')}" left out, as the build expects a shorter name, whose URL slug is at most 100 bytes once URL-encoded (about 100 ASCII letters or 11 CJK characters)`,
      `  ${twentyWords}: categories: ".." left out, as the build expects a name with at least one letter or digit`,
      '  post-2: slug: the title "🚀" has no letters or digits, so the post is named post-2',
      '  post-3: slug: the title "!!!" has no letters or digits, so the post is named post-3',
      '  post-4: slug: the slug "tags" is an archive address under /blog/, so the post is named post-4',
    ]);
    expect(twentyWords).toHaveLength(99);
    const loaded = loadWritten(site.outDir).content;
    expect(loaded.posts.map((post) => post.slug).sort()).toEqual(['post-2', 'post-3', 'post-4', twentyWords]);
    expect(loaded.authors.map((author) => author.slug).sort()).toEqual(['mira-okafor', 'wp-author-7']);
  });
});

describe('a post the build would refuse', () => {
  it('is not written: the report names it and what the build expects', async () => {
    const site = tempSite();
    const batch: ImportBatch = {
      posts: [{ ...plainPost('linked'), canonical: 'javascript:alert(1)' }],
      skipped: [],
    };
    const report = await writeInto(batch, site);
    expect(report.written).toEqual([]);
    expect(report.skipped).toEqual([
      {
        origin: 'test: "linked"',
        reason:
          'the build would refuse it (canonical: found "javascript:alert(1)", expected an absolute http(s) URL)',
      },
    ]);
  });
});

describe('a file system that refuses a file', () => {
  it('stops the import and reports what was written until then and the file it could not write', async () => {
    const site = tempSite();
    // A file where the authors folder should be: the first post is written, then its author cannot be.
    fs.mkdirSync(site.outDir, { recursive: true });
    fs.writeFileSync(path.join(site.outDir, 'authors'), 'not a folder');
    const batch: ImportBatch = { posts: [plainPost('first'), plainPost('second')], skipped: [] };
    const report: ImportReport = await writeInto(batch, site);
    expect(formatReport(report).split('\n')).toEqual([
      'Posts written (1):',
      `  ${path.join(site.outDir, 'posts', 'first.md')}`,
      `Stopped at test: "first": could not write ${path.join(site.outDir, 'authors')} (EEXIST: file already exists); the posts after it were not imported`,
    ]);
    expect(fs.existsSync(path.join(site.outDir, 'posts', 'second.md'))).toBe(false);
  });
});
