import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/posts';
import { scaffoldAuthor, scaffoldPost, slugFromTitle } from '@/lib/authoring/scaffold';
import { fixtureOptions, ROOT } from '../helpers';

const NOW = new Date('2026-03-14T22:30:00Z');

function contentDir(authors: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-new-'));
  fs.mkdirSync(path.join(root, 'authors'));
  for (const slug of authors) fs.writeFileSync(path.join(root, 'authors', `${slug}.md`), `---\nname: ${slug}\n---\n`);
  return root;
}

describe('npm run new', () => {
  it('slugs a title the way tags are slugged, shortening a long one at a word', () => {
    expect(slugFromTitle('Hello, World!')).toBe('hello-world');
    expect(slugFromTitle('C++ and C# in 2026')).toBe('c-plus-plus-and-c-sharp-in-2026');
    expect(slugFromTitle('日本語の記事')).toBe('日本語の記事');
    expect(slugFromTitle(`${'word '.repeat(30)}end`)).toBe(Array(20).fill('word').join('-'));
    expect(slugFromTitle('日本語'.repeat(10))).toBe('日本語日本語日本語日本');
    expect(() => slugFromTitle('!!!')).toThrow('"!!!": expected a title with letters or digits');
  });

  it('writes a draft dated today by the only author, with the tags given, and says where it will be', () => {
    const root = contentDir(['ada']);
    const written = scaffoldPost({ title: 'My "first" post', tags: ['Next.js', 'Notes'], contentDir: root, now: NOW });
    expect(written).toEqual({ file: path.join(root, 'posts', 'my-first-post.md'), url: 'https://margins.example/blog/my-first-post/', notes: [] });
    expect(fs.readFileSync(written.file, 'utf8')).toBe(
      [
        '---',
        'title: "My \\"first\\" post"',
        'date: "2026-03-14"',
        'author: "ada"',
        'tags: ["Next.js","Notes"]',
        'published: false',
        '---',
        'Write the post here in Markdown; delete `published: false` above to publish it, and run `npm run check` first.',
        '',
      ].join('\n'),
    );
  });

  it('writes a post the loader accepts, hidden as a draft', () => {
    const root = contentDir(['ada']);
    fs.mkdirSync(path.join(root, 'posts'));
    scaffoldPost({ title: 'Loads', contentDir: root, now: NOW });
    const loaded = loadContent(fixtureOptions('valid', { contentDir: root, now: NOW }));
    expect(loaded.content.posts).toEqual([]);
    expect(loaded.unpublished.map((post) => [post.slug, post.draft, post.title])).toEqual([['loads', true, 'Loads']]);
  });

  it('refuses to overwrite a post', () => {
    const root = contentDir(['ada']);
    scaffoldPost({ title: 'Once', contentDir: root, now: NOW });
    expect(() => scaffoldPost({ title: 'Once', contentDir: root, now: NOW })).toThrow(`${path.join(root, 'posts', 'once.md')} already exists`);
  });

  it('asks for an author when there are several, and refuses one that does not exist', () => {
    const root = contentDir(['ada', 'grace']);
    expect(() => scaffoldPost({ title: 'Whose', contentDir: root, now: NOW })).toThrow(
      `--author: expected one of the authors in ${path.join(root, 'authors')}: ada, grace (or set defaultAuthor in site.config.ts)`,
    );
    expect(() => scaffoldPost({ title: 'Whose', author: 'linus', contentDir: root, now: NOW })).toThrow(
      `--author: found "linus", expected one of the authors in ${path.join(root, 'authors')}: ada, grace`,
    );
    expect(scaffoldPost({ title: 'Whose', author: 'grace', contentDir: root, now: NOW }).url).toBe('https://margins.example/blog/whose/');
  });

  it('writes the default author when there are several, and refuses a default that is not one of them', () => {
    const root = contentDir(['ada', 'grace']);
    scaffoldPost({ title: 'Whose', defaultAuthor: 'grace', contentDir: root, now: NOW });
    expect(fs.readFileSync(path.join(root, 'posts', 'whose.md'), 'utf8')).toContain('\nauthor: "grace"\n');
    expect(() => scaffoldPost({ title: 'Other', defaultAuthor: 'linus', contentDir: root, now: NOW })).toThrow(
      `defaultAuthor: found "linus", expected one of the authors in ${path.join(root, 'authors')}: ada, grace`,
    );
  });

  it('works on the sample site as cloned: `npm run new -- "My first post"` writes a draft by its default author', () => {
    // A copy of content/ (three authors), so the command writes where a new user's would, and nothing here.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-sample-'));
    fs.cpSync(path.join(ROOT, 'content'), root, { recursive: true });
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/new.ts', 'My first post'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root, MARGINS_SITE_CONFIG: '' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const draft = fs.readFileSync(path.join(root, 'posts', 'my-first-post.md'), 'utf8');
    expect(draft).toContain('\nauthor: "zoe-martin"\n');
    expect(draft).toContain('\npublished: false\n');
    // A process of its own, as an author runs it: tsx and the loader take a few seconds to start, more on a busy machine.
  }, 60_000);

  it('writes an author file from a name', () => {
    const root = contentDir([]);
    const written = scaffoldAuthor('Zoë Martín', root);
    expect(written).toEqual({ file: path.join(root, 'authors', 'zoë-martín.md'), url: 'https://margins.example/blog/author/zo%C3%AB-mart%C3%ADn/', notes: [] });
    expect(fs.readFileSync(written.file, 'utf8')).toBe('---\nname: "Zoë Martín"\n---\nZoë Martín writes here. This paragraph, in Markdown, is the bio under each of their posts.\n');
    expect(() => scaffoldAuthor('Zoë Martín', root)).toThrow('already exists');
  });

  it('refuses, before writing anything, a post the build would refuse: an archive slug, a tag without letters', () => {
    const root = contentDir(['ada']);
    expect(() => scaffoldPost({ title: 'Tags', contentDir: root, now: NOW })).toThrow(
      `wrote nothing: the build would refuse ${path.join(root, 'posts', 'tags.md')}\n` +
        `  ${path.join(root, 'posts', 'tags.md')} → slug: found "tags", expected a slug other than page, tag, tags, category, author, series (those are archive URLs under /blog/)`,
    );
    expect(() => scaffoldPost({ title: 'Dots', tags: ['..'], contentDir: root, now: NOW })).toThrow(
      `  ${path.join(root, 'posts', 'dots.md')} → tags: found "..", expected a name with at least one letter or digit`,
    );
    expect(fs.existsSync(path.join(root, 'posts'))).toBe(false);
  });

  it('cuts the file name of a 500-character title to the slug limit, and says so rather than that it has no letters', () => {
    const root = contentDir(['ada']);
    const title = 'a'.repeat(500);
    expect(slugFromTitle(title)).toBe('a'.repeat(100));
    const written = scaffoldPost({ title, contentDir: root, now: NOW });
    expect(written.file).toBe(path.join(root, 'posts', `${'a'.repeat(100)}.md`));
    expect(written.notes).toEqual([`the title is too long for a file name and URL: they were cut to the limit of 100 bytes once URL-encoded, "${'a'.repeat(100)}"`]);
    const loaded = loadContent(fixtureOptions('valid', { contentDir: root, now: NOW }));
    expect(loaded.unpublished.map((post) => post.title)).toEqual([title]);
  });
});
