import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, loadContent, type LoadedContent, type ContentProblem } from '@/lib/posts';
import { NestingError, renderMarkdown } from '@/lib/posts/markdown/pipeline';
import { readFrontmatter } from '@/lib/posts/frontmatter';
import { NOW, ROOT } from '../helpers';

// Hostile and pathological content, generated here rather than committed: each case must end in a content
// problem naming the file and the field, within a few seconds.

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

const AUTHOR = '---\nname: Ada Lovelace\n---\nAda writes.\n';
const post = (body: string, frontmatter = '') => `---\ntitle: A post\ndate: "2025-01-10"\nauthor: ada\n${frontmatter}---\n${body}`;

/** A content folder with one author, `ada`, and these files under posts/ (or elsewhere, by relative path). */
function site(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-limits-'));
  roots.push(root);
  for (const [name, text] of Object.entries({ 'authors/ada.md': AUTHOR, ...files })) {
    const file = path.join(root, name.includes('/') ? name : path.join('posts', name));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.mkdirSync(path.join(root, 'posts'), { recursive: true });
  return root;
}

const load = (contentDir: string): LoadedContent => loadContent({ contentDir, publicDir: path.join(ROOT, 'public'), includeDrafts: false, now: NOW });

/** The problems a folder's load reports (the load must fail). */
function problemsOf(contentDir: string): ReadonlyArray<ContentProblem> {
  try {
    load(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the content loaded without a problem');
}

/** The one problem of a one-post folder, checked to name the post's file. */
function problemOf(files: Record<string, string>, file = 'posts/bad.md'): ContentProblem {
  const problems = problemsOf(site(files));
  expect(problems).toHaveLength(1);
  expect(problems[0]!.file.endsWith(file)).toBe(true);
  return problems[0]!;
}

const nestedList = (levels: number) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');

describe('bodies nested too deeply', () => {
  it.each([
    ['3,000 nested blockquotes', `${'>'.repeat(3000)} deep\n`, 'about 3000 levels of blockquotes and lists on line 1 of the body'],
    ['1,500 nested lists', `Intro\n\n${nestedList(1500)}\n`, 'about 102 levels of blockquotes and lists on line 53 of the body'],
    ['a 10,000-deep list on one line', `${'- '.repeat(10_000)}deep\n`, 'about 20000 levels of blockquotes and lists on line 1 of the body'],
    ['5,000 emphasis markers', `${'*'.repeat(2500)}deep${'*'.repeat(2500)}\n`, 'about 1250 levels of emphasis on line 1 of the body'],
    ['5,000 emphases opened one by one', `${'*a '.repeat(5000)}x${' b*'.repeat(5000)}\n`, 'about 101 levels of emphasis on line 1 of the body'],
    ['1,500 nested raw divs', `${'<div>'.repeat(1500)}deep${'</div>'.repeat(1500)}\n`, 'HTML nested more than 100 levels deep from line 1 of the body'],
    ['90 blockquotes around 20 emphases', `${'>'.repeat(90)} ${'*a '.repeat(20)}x${' b*'.repeat(20)}\n`, 'Markdown nested more than 100 levels deep from line 1 of the body'],
    ['10,000 nested raw divs', `${'<div>'.repeat(10_000)}deep\n`, 'Markdown or HTML nested too deeply to render (the renderer ran out of stack)'],
  ])('%s: a problem naming the file and the body', (_, body, found) => {
    const problem = problemOf({ 'bad.md': post(body) });
    expect(problem.field).toBe('body');
    expect(problem.found).toBe(found);
    expect(problem.expected).toBe(
      'at most 100 levels of elements inside one another (blockquotes, lists, list items, paragraphs, emphasis, links, HTML elements)',
    );
  }, 5000);

  it('renders 99 nested blockquotes and refuses 100 (each holds the next; the innermost holds a paragraph)', () => {
    expect(renderMarkdown(`${'>'.repeat(99)} deep\n`).html).toContain('<p>deep</p>');
    expect(() => renderMarkdown(`${'>'.repeat(100)} deep\n`)).toThrow(NestingError);
  });

  it('names the author file of a bio nested too deeply', () => {
    const problems = problemsOf(site({ 'authors/ada.md': `---\nname: Ada Lovelace\n---\n${'>'.repeat(500)} deep\n` }));
    expect(problems.map((p) => [p.file.endsWith('authors/ada.md'), p.field])).toEqual([[true, 'body']]);
  });
});

describe('YAML anchors and aliases', () => {
  const billionLaughs = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
  ].join('\n');

  it.each([
    ['a list holding itself', 'tags: &a [*a]\n', '*a'],
    ['a mapping holding itself', 'x: &a {self: *a}\n', '*a'],
    ['billion laughs', `${billionLaughs}\n`, '*a'],
  ])('%s is refused before anything else reads it', (_, yaml, alias) => {
    const problem = problemOf({ 'bad.md': `---\ntitle: A post\ndate: "2025-01-10"\nauthor: ada\n${yaml}---\nBody.\n` });
    expect(problem.field).toBe('frontmatter');
    expect(problem.found).toBe(`a YAML alias (${alias})`);
    expect(problem.expected).toBe('plain YAML without anchors or aliases');
  }, 5000);
});

describe('frontmatter fences', () => {
  it.each(['constructor', 'toml', 'js', '__proto__', 'json'])('---%s gets one clear message', (word) => {
    const problem = problemOf({ 'bad.md': `---${word}\ntitle: A post\n---\nBody.\n` });
    expect(problem.field).toBe('frontmatter');
    expect(problem.found).toBe(`an opening fence "---${word}"`);
    expect(problem.expected).toBe('"---" alone on the first line (Margins reads YAML frontmatter only)');
  });

  it.each(['js', 'coffee'])('---%s after a byte order mark gets the same message (dev.to JSON hands text to the reader as it is)', (word) => {
    expect(() => readFrontmatter(`\uFEFF---${word}\ntitle: A post\n---\nBody.\n`)).toThrow(
      `found an opening fence "---${word}", expected "---" alone on the first line (Margins reads YAML frontmatter only)`,
    );
  });

  it('still reads "---yaml", which names the only language Margins reads', () => {
    const { content } = load(site({ 'good.md': post('Body.\n').replace(/^---/, '---yaml') }));
    expect(content.posts.map((p) => p.title)).toEqual(['A post']);
  });
});

describe('slug length', () => {
  const limit = 'at most 100 bytes once URL-encoded (about 100 ASCII letters or 11 CJK characters)';

  it('accepts a 100-byte post file name and an 11-character Japanese slug', () => {
    const { content } = load(site({ [`${'a'.repeat(100)}.md`]: post('Body.\n'), 'japanese.md': post('Body.\n', 'slug: 日本語日本語日本語日本\n') }));
    expect(content.posts.map((p) => p.url)).toEqual([
      `/blog/${'a'.repeat(100)}/`,
      '/blog/%E6%97%A5%E6%9C%AC%E8%AA%9E%E6%97%A5%E6%9C%AC%E8%AA%9E%E6%97%A5%E6%9C%AC%E8%AA%9E%E6%97%A5%E6%9C%AC/',
    ]);
  });

  it('refuses a 101-byte post file name, naming the file and the slug', () => {
    const problem = problemOf({ [`${'a'.repeat(101)}.md`]: post('Body.\n') }, `posts/${'a'.repeat(101)}.md`);
    expect(problem.field).toBe('slug');
    expect(problem.found).toBe(`"${'a'.repeat(76)}... (from the file name)`);
    expect(problem.expected).toBe(`a file name of lowercase letters, digits and hyphens, ${limit}, or a \`slug:\` field`);
  });

  it('refuses a 12-character Japanese slug: 108 bytes once URL-encoded', () => {
    const problem = problemOf({ 'bad.md': post('Body.\n', 'slug: 日本語日本語日本語日本語\n') });
    expect([problem.field, problem.found, problem.expected]).toEqual(['slug', '"日本語日本語日本語日本語"', `a slug of ${limit}`]);
  });

  it.each(['tags', 'categories'])('refuses a 300-character name in %s, naming the field', (field) => {
    const problem = problemOf({ 'bad.md': post('Body.\n', `${field}: [Fine, ${'x'.repeat(300)}]\n`) });
    expect([problem.field, problem.expected]).toEqual([`${field}.1`, `a shorter name, whose URL slug is ${limit}`]);
  });

  it('refuses an author file name of 101 bytes', () => {
    const name = `${'b'.repeat(101)}.md`;
    const problems = problemsOf(site({ [`authors/${name}`]: AUTHOR }));
    expect(problems.map((p) => [p.file.endsWith(`authors/${name}`), p.field, p.expected])).toEqual([
      [true, '(file name)', `a file name of lowercase letters, digits and hyphens, ${limit}`],
    ]);
  });
});

describe('symbolic links', () => {
  it('refuses a link named like a post with a message about links, not file names', () => {
    const root = site({});
    const target = path.join(root, 'elsewhere.md');
    fs.writeFileSync(target, post('Body.\n'));
    fs.symlinkSync(target, path.join(root, 'posts', 'linked.md'));
    const problems = problemsOf(root);
    expect(problems.map((p) => [p.file.endsWith('posts/linked.md'), p.field, p.found, p.expected])).toEqual([
      [true, '(file name)', 'a symbolic link', 'a regular file (copy the file here instead of linking to it)'],
    ]);
  });
});

describe('characters XML 1.0 forbids', () => {
  const hostile = [
    '---',
    'title: "Bad\\btitle\\ud83d"',
    'date: "2025-01-10"',
    'author: ada',
    'tags: ["R\\fD", "Fine"]',
    'excerpt: A\u0007 bell',
    '---',
    'A back\bspace, a form\ffeed and a U+FFFE\uFFFE in the body.',
    '',
  ].join('\n');

  it('are removed from the title, frontmatter strings and body, with one warning naming the file', () => {
    const { content, warnings } = load(site({ 'hostile.md': hostile }));
    const [only] = content.posts;
    expect([only?.title, only?.excerpt, only?.tags.map((tag) => tag.name)]).toEqual(['Badtitle', 'A bell', ['RD', 'Fine']]);
    expect(content.body(only!).html).toBe('<p>A backspace, a formfeed and a U+FFFE in the body.</p>');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file.endsWith('posts/hostile.md')).toBe(true);
    expect(warnings[0]!.message).toBe(
      'removed 7 characters that XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates) from the frontmatter and body',
    );
  });

  it('are warned about again when the file comes from the cache', () => {
    const contentDir = site({ 'hostile.md': hostile });
    const options = { contentDir, publicDir: path.join(ROOT, 'public'), includeDrafts: false, now: NOW, cacheDir: path.join(contentDir, '.cache') };
    expect(loadContent(options).warnings).toHaveLength(1);
    const cached = loadContent(options);
    expect(cached.filesParsed).toBe(0);
    expect(cached.warnings.map((warning) => warning.message.slice(0, 20))).toEqual(['removed 7 characters']);
  });

  it('leave tabs and line breaks alone, and a clean folder without warnings', () => {
    const { content, warnings } = load(site({ 'clean.md': post('Tab\there,\r\nand a line.\n') }));
    expect(warnings).toEqual([]);
    expect(content.body(content.posts[0]!).html).toBe('<p>Tab\there,\r\nand a line.</p>');
  });
});

describe('ids on a post page', () => {
  it('never repeat between a post and the bios of its authors', () => {
    const body = '## Hello\n\nA note.[^1]\n\n[^1]: The note.\n';
    const { content } = load(
      site({
        'authors/ada.md': `---\nname: Ada Lovelace\n---\n${body}`,
        'authors/grace.md': `---\nname: Grace Hopper\n---\n${body}`,
        'same.md': post(body).replace('author: ada', 'authors: [ada, grace]'),
      }),
    );
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const [only] = content.posts;
    expect(ids(content.body(only!).html)).toEqual(['hello', 'user-content-fnref-1', 'user-content-footnote-label', 'user-content-fn-1']);
    expect(only!.authors.map((author) => ids(author.bioHtml))).toEqual([
      ['bio.ada.hello', 'bio.ada.user-content-fnref-1', 'bio.ada.user-content-footnote-label', 'bio.ada.user-content-fn-1'],
      ['bio.grace.hello', 'bio.grace.user-content-fnref-1', 'bio.grace.user-content-footnote-label', 'bio.grace.user-content-fn-1'],
    ]);
  });
});
