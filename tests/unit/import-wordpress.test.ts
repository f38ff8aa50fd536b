import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReport, type ImportReport } from '@/lib/authoring/import/report';
import { importWordPress } from '@/lib/authoring/import/wordpress';
import { wordpressPost } from '@/lib/authoring/import/wordpress-post';
import { authorFrontmatterSchema, postFrontmatterSchema } from '@/lib/posts/schema';
import { fixture } from '../helpers';
import { frontMatterOf, read, tempSite, writeInto } from '../import-helpers';

const wxr = fixture('import', 'wordpress', 'export.xml');

describe('importing a WordPress export (WXR)', () => {
  const site = tempSite();
  const post = (slug: string) => path.join(site.outDir, 'posts', `${slug}.md`);
  let report: ImportReport;
  beforeAll(async () => {
    report = await writeInto(importWordPress(wxr), site);
  });

  it('writes a post with its fields, a GFM table, a code block with its language and the image alt text', () => {
    expect(read(post('tables-and-code'))).toBe(`---
title: "Tables & code: a “field” guide"
date: "2021-03-14T09:30:00Z"
updated: "2021-04-02T08:15:00Z"
author: mira-okafor
excerpt: Most posts on this site mix prose, tables and code. This one shows all three.
tags: [Next.js, Markdown]
categories: [Static Sites]
coverImage: https://notes.example.com/wp-content/uploads/2021/03/press.jpg
coverAlt: An old printing press
aliases: [/2021/03/tables-and-code/]
---

Most posts on this site mix prose, **tables** and code. This one shows all three.

## 🚀 Getting started

| Format     | Tables |
| ---------- | ------ |
| Markdown   | yes    |
| Plain text | no     |

\`\`\`javascript
const total = rows.length;
console.log(\`\${total} rows\`);
\`\`\`

![A diagram of the build](https://notes.example.com/wp-content/uploads/2021/03/diagram.png)

_How a post is built_

[YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)
`);
  });

  it("takes a classic-editor post's own excerpt, and leaves out WordPress's default category", () => {
    expect(frontMatterOf(post('plain-text-lasts'))).toEqual({
      title: 'Plain text lasts',
      date: '2022-01-05T17:45:00Z',
      author: 'tomas-lindqvist',
      excerpt: 'A short note on why plain text outlives every editor.',
      tags: ['Writing'],
      aliases: ['/2022/01/plain-text-lasts/'],
    });
    expect(read(post('plain-text-lasts'))).toContain('\n\n```bash\nrsync -a ~/notes/ /backup/notes/\n```\n');
  });

  it('imports a draft as unpublished, with a slug from its title and its local date', () => {
    expect(frontMatterOf(post('notes-on-a-draft'))).toEqual({
      title: 'Notes on a draft',
      date: '2022-02-10T10:00:00Z',
      author: 'mira-okafor',
      excerpt: 'Not ready yet.',
      published: false,
    });
  });

  it('writes one file per author', () => {
    expect(read(path.join(site.outDir, 'authors', 'mira-okafor.md'))).toBe('---\nname: Mira Okafor\n---\n');
    expect(read(path.join(site.outDir, 'authors', 'tomas-lindqvist.md'))).toBe(
      '---\nname: Tomás Lindqvist\n---\n',
    );
  });

  it('reports what it wrote, skipped, left remote and dropped', () => {
    const unreachable = 'unreachable: fetch failed: getaddrinfo ENOTFOUND';
    expect(formatReport(report)).toBe(
      [
        'Posts written (3):',
        `  ${post('tables-and-code')}`,
        `  ${post('plain-text-lasts')}`,
        `  ${post('notes-on-a-draft')}`,
        'Skipped (2):',
        '  export.xml: 1 attachment item: not a post (WordPress type "attachment")',
        '  export.xml: 1 page item: not a post (WordPress type "page")',
        'Authors created (2):',
        `  ${path.join(site.outDir, 'authors', 'mira-okafor.md')}`,
        `  ${path.join(site.outDir, 'authors', 'tomas-lindqvist.md')}`,
        'Images left remote (2):',
        `  tables-and-code: https://notes.example.com/wp-content/uploads/2021/03/diagram.png (${unreachable})`,
        `  tables-and-code: https://notes.example.com/wp-content/uploads/2021/03/press.jpg (${unreachable})`,
        'Dropped or to check (2):',
        '  tables-and-code: dropped a <script> element',
        '  notes-on-a-draft: date: WordPress gave no UTC date, so its local time 2022-02-10T10:00:00 was taken as UTC',
      ].join('\n'),
    );
  });

  it('leaves existing files alone when run again, and rewrites posts only with --force', async () => {
    const before = read(post('tables-and-code'));
    fs.writeFileSync(post('plain-text-lasts'), 'edited by hand');
    fs.writeFileSync(path.join(site.outDir, 'authors', 'mira-okafor.md'), '---\nname: Mira O.\n---\n');

    const again = await writeInto(importWordPress(wxr), site);
    expect(again.written).toEqual([]);
    expect(again.authorsCreated).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual([
      'not a post (WordPress type "attachment")',
      'not a post (WordPress type "page")',
      `${post('tables-and-code')} exists (use --force to overwrite it)`,
      `${post('plain-text-lasts')} exists (use --force to overwrite it)`,
      `${post('notes-on-a-draft')} exists (use --force to overwrite it)`,
    ]);
    expect(read(post('plain-text-lasts'))).toBe('edited by hand');

    const forced = await writeInto(importWordPress(wxr), site, { force: true });
    expect(forced.written).toHaveLength(3);
    expect(read(post('tables-and-code'))).toBe(before);
    expect(read(post('plain-text-lasts'))).toContain('title: Plain text lasts');
    // An author file is the user's to edit: even --force keeps it.
    expect(read(path.join(site.outDir, 'authors', 'mira-okafor.md'))).toBe('---\nname: Mira O.\n---\n');
  });
});

describe('importing WordPress REST API JSON', () => {
  const site = tempSite();
  const post = (slug: string) => path.join(site.outDir, 'posts', `${slug}.md`);
  let embedded: ImportReport;
  let plain: ImportReport;
  beforeAll(async () => {
    embedded = await writeInto(importWordPress(fixture('import', 'wordpress', 'rest-embedded.json')), site);
    plain = await writeInto(importWordPress(fixture('import', 'wordpress', 'rest-plain.json')), site);
  });

  it('takes names from _embedded: author, terms (decoded), cover with alt; dates from the GMT fields', () => {
    expect(frontMatterOf(post('were-static-now'))).toEqual({
      title: 'We’re static now',
      date: '2023-06-01T12:00:00Z',
      updated: '2023-06-20T08:00:00Z',
      author: 'priya-raman',
      excerpt: 'We moved the blog off a database. Pages are now files, and they load in a blink.',
      tags: ['Static Sites', 'Tips & Tricks'],
      categories: ['Engineering'],
      coverImage: 'https://blog.example.org/wp-content/uploads/2023/06/cover.jpg',
      coverAlt: 'A quiet server room',
      aliases: ['/2023/06/01/were-static-now/'],
    });
    expect(read(path.join(site.outDir, 'authors', 'priya-raman.md'))).toBe(
      '---\nname: Priya Raman\navatar: https://secure.gravatar.com/avatar/0000?s=96&d=mm&r=g\nsocial: {website: https://priya.example.org/}\n---\nWrites about the web and the people who build it.\n',
    );
  });

  it('resolves relative image URLs against the post address', () => {
    expect(read(post('were-static-now'))).toContain(
      '\n![Page weight before and after](https://blog.example.org/wp-content/uploads/2023/06/chart.png)\n',
    );
  });

  it('rejects an excerpt that is a table of contents, and drops the table of contents itself', () => {
    expect(frontMatterOf(post('deploying-in-one-command')).excerpt).toBe(
      'Deploying should be one command you can type from memory.',
    );
    expect(read(post('deploying-in-one-command'))).toContain(
      '---\n\n## Introduction\n\nDeploying should be one command',
    );
    expect(embedded.notes).toEqual([
      { post: 'deploying-in-one-command', note: 'dropped a table of contents (the site makes its own)' },
    ]);
  });

  it('without _embedded, takes terms from class_list and writes a placeholder author the report asks to name', () => {
    expect(frontMatterOf(post('images-and-the-web'))).toEqual({
      title: 'Images & the web',
      date: '2024-02-11T16:20:00Z',
      author: 'wp-author-7',
      excerpt: 'How we halved image weight without losing quality.',
      tags: ['core web vitals', 'images'],
      categories: ['web performance'],
      aliases: ['/2024/02/11/images-and-the-web/'],
    });
    expect(read(post('images-and-the-web'))).toContain(
      '## ✨ What changed\n\n| **Format** | **Size** |\n| ---------- | -------- |\n| JPEG       | 120 KB   |\n',
    );
    expect(read(path.join(site.outDir, 'authors', 'wp-author-7.md'))).toBe(
      '---\nname: WordPress author 7\n---\n',
    );
    expect(formatReport(plain).split('\n')).toEqual([
      'Posts written (1):',
      `  ${post('images-and-the-web')}`,
      'Authors created (1):',
      `  ${path.join(site.outDir, 'authors', 'wp-author-7.md')}`,
      'Authors to name (1):',
      `  ${path.join(site.outDir, 'authors', 'wp-author-7.md')}: only WordPress author id 7 is known; write the author's real name there`,
      'Dropped or to check (1):',
      "  images-and-the-web: cover: only the featured image's WordPress id 77 is known; add coverImage by hand",
    ]);
  });

  it('writes front matter the current schema accepts (series and aliases aside)', () => {
    for (const folder of ['posts', 'authors']) {
      for (const name of fs.readdirSync(path.join(site.outDir, folder))) {
        const data = frontMatterOf(path.join(site.outDir, folder, name));
        delete data.aliases;
        delete data.series;
        const schema = folder === 'posts' ? postFrontmatterSchema : authorFrontmatterSchema;
        expect(schema.safeParse(data).error?.issues ?? [], `${folder}/${name}`).toEqual([]);
      }
    }
  });
});

describe('a WordPress file that is not a WordPress export', () => {
  const site = tempSite();
  const write = (name: string, text: string) => {
    const file = path.join(site.outDir, name);
    fs.mkdirSync(site.outDir, { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  it('fails naming the file, the field and what was expected', () => {
    const file = write(
      'posts.json',
      JSON.stringify([{ id: 1, title: { rendered: 'A' }, content: { html: '<p>x</p>' } }]),
    );
    expect(() => importWordPress(file)).toThrow(
      `${file} → [0].content.rendered: found nothing, expected HTML text`,
    );
  });

  it('fails on text that is neither XML nor JSON', () => {
    const file = write('notes.txt', 'just some notes');
    expect(() => importWordPress(file)).toThrow(
      `${file} → (file): found text that is neither XML nor valid JSON`,
    );
  });

  it('fails on XML that is not a WordPress export', () => {
    const file = write('feed.xml', '<feed><entry/></feed>');
    expect(() => importWordPress(file)).toThrow(`${file} → rss: found nothing, expected`);
  });
});

describe("a WordPress post's old address", () => {
  const post = (link: string) => {
    const author = { slug: 'ada', name: 'Ada' };
    const entry = { origin: 'export.xml: "Hello"', type: 'post', status: 'publish', passwordProtected: false, titleHtml: 'Hello', contentHtml: '<p>Hi.</p>', excerptHtml: '', dateGmt: '2021-03-01 10:00:00', slug: 'hello', link, author, categories: [], tags: [], notes: [] };
    const result = wordpressPost(entry);
    if (!('aliases' in result)) throw new Error(result.reason);
    return { aliases: result.aliases, notes: result.notes };
  };

  it('becomes the alias of its path, as the site writes it', () => {
    expect(post('https://old.example/2021/03/hello/')).toEqual({ aliases: ['/2021/03/hello/'], notes: [] });
    expect(post('https://old.example/2021/03/hello/index.html')).toEqual({ aliases: ['/2021/03/hello/'], notes: [] });
    expect(post('https://old.example/2021/03/caf%C3%A9')).toEqual({ aliases: ['/2021/03/café/'], notes: [] });
  });

  it("is none when it is the post's new address however it is spelt (the build refuses an alias of the post itself)", () => {
    expect(post('https://old.example/blog/hello/')).toEqual({ aliases: [], notes: [] });
    expect(post('https://old.example/blog/hello')).toEqual({ aliases: [], notes: [] });
    expect(post('https://old.example/blog/hello/index.html')).toEqual({ aliases: [], notes: [] });
    expect(post('https://old.example/blog/%68ello/')).toEqual({ aliases: [], notes: [] });
  });

  it.each([
    ['https://old.example/*/', '"*" (_redirects reads it as a splat that matches any path)'],
    ['https://old.example/:year/:month/', '":" (_redirects reads it as a placeholder that matches any segment)'],
    ['https://old.example/sale%20200!/', 'U+0020 (_redirects reads it as the end of the address)'],
  ])('that would be a pattern to the host (%s) is dropped with a note', (link, character) => {
    expect(post(link)).toEqual({
      aliases: [],
      notes: [`old address ${link} not kept as an alias to redirect from: it is not a site path such as "/2021/03/old-post/": letters, digits, "-", ".", "_" and "~" between single slashes, without ${character}`],
    });
  });
});
