import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDevto } from '@/lib/authoring/import/devto';
import { formatReport, type ImportReport } from '@/lib/authoring/import/report';
import { authorFrontmatterSchema, postFrontmatterSchema } from '@/lib/posts/schema';
import { fixture } from '../helpers';
import { frontMatterOf, read, tempSite, writeInto } from '../import-helpers';

const api = fixture('import', 'devto', 'api.json');
const folder = fixture('import', 'devto', 'folder');

/** The body with fenced code blocks and inline code taken out, where Liquid-looking text is meant literally. */
const outsideCode = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');

describe('importing dev.to API JSON', () => {
  const site = tempSite();
  const post = (slug: string) => path.join(site.outDir, 'posts', `${slug}.md`);
  let report: ImportReport;
  beforeAll(async () => {
    report = await writeInto(importDevto(api, { canonicalDevto: false }), site);
  });

  it('writes a post with its fields, Liquid tags as links and code left as it was', () => {
    expect(read(post('five-things-i-learned-shipping-a-cli'))).toBe(`---
title: Five things I learned shipping a CLI
date: "2023-09-12T07:00:00Z"
updated: "2023-09-15T10:30:00Z"
author: sam-example
excerpt: Small lessons from a small tool.
tags: [cli, node, webdev]
coverImage: https://dev-to-uploads.s3.amazonaws.com/uploads/articles/cli-cover.png
series: Shipping tools
---

I shipped a small command-line tool last month. Here is what I would tell myself before starting.

[YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

## 1. Read the arguments once

The whole parser lives in one file:

[sam-example/tiny-cli on GitHub](https://github.com/sam-example/tiny-cli)

\`\`\`js
// Liquid-looking text inside code stays as it is: {% youtube keep-me %}
const args = parseArgs(process.argv.slice(2));
\`\`\`

Write \`{% raw %}\` in inline code and it stays too.

![Terminal output](https://dev-to-uploads.s3.amazonaws.com/uploads/articles/terminal.png)

## 2. Say what went wrong

[sam-example/tiny-cli/issues/12 on GitHub](https://github.com/sam-example/tiny-cli/issues/12)

More in [dev.to post sam_example/tiny-servers-2b7c](https://dev.to/sam_example/tiny-servers-2b7c).
`);
  });

  it('keeps the canonical URL of a post first published elsewhere, and reads tags given as one string', () => {
    expect(frontMatterOf(post('tiny-servers'))).toEqual({
      title: 'Tiny servers',
      date: '2023-10-02T18:45:00Z',
      author: 'sam-example',
      excerpt: 'A server with 512 MB of memory can still serve a blog to thousands of readers.',
      tags: ['devops', 'linux'],
      canonical: 'https://sam.example.net/posts/tiny-servers/',
    });
    // The front matter dev.to's editor left in body_markdown is not part of the body.
    expect(read(post('tiny-servers'))).toContain('---\n\nA server with 512 MB');
  });

  it('writes the author from the article user', () => {
    expect(frontMatterOf(path.join(site.outDir, 'authors', 'sam-example.md'))).toEqual({
      name: 'Sam Example',
      avatar:
        'https://media2.dev.to/dynamic/image/width=640,height=640,fit=cover,gravity=auto,format=auto/https%3A%2F%2Fdev-to-uploads.s3.amazonaws.com%2Fuploads%2Fuser%2Fprofile_image%2F1%2Fsam.png',
      social: { website: 'https://sam.example.net/', github: 'sam-example', twitter: 'sam_example' },
    });
  });

  it('reports the unpublished article it cannot date, and the images left remote', () => {
    expect(report.skipped).toEqual([
      {
        origin: 'api.json: "Half-written thoughts on logging"',
        reason: 'no publication date (dev.to gives unpublished posts none): add date: to import it',
      },
    ]);
    expect(report.imagesRemote.map((image) => image.url)).toEqual([
      'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/terminal.png',
      'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/cli-cover.png',
    ]);
  });

  it('keeps the dev.to URL as canonical only when asked to', async () => {
    const keep = tempSite();
    await writeInto(importDevto(api, { canonicalDevto: true }), keep);
    expect(
      frontMatterOf(path.join(keep.outDir, 'posts', 'five-things-i-learned-shipping-a-cli.md')).canonical,
    ).toBe('https://dev.to/sam_example/five-things-i-learned-shipping-a-cli-3k9d');
    expect(frontMatterOf(path.join(keep.outDir, 'posts', 'tiny-servers.md')).canonical).toBe(
      'https://sam.example.net/posts/tiny-servers/',
    );
    expect(frontMatterOf(post('five-things-i-learned-shipping-a-cli')).canonical).toBeUndefined();
  });
});

describe('importing a folder of dev.to Markdown files', () => {
  const site = tempSite();
  const post = (slug: string) => path.join(site.outDir, 'posts', `${slug}.md`);
  let report: ImportReport;
  beforeAll(async () => {
    report = await writeInto(importDevto(folder, { canonicalDevto: false }), site);
  });

  it('reads their front matter and replaces every Liquid tag outside code', () => {
    const written = read(post('liquid-tour'));
    expect(frontMatterOf(post('liquid-tour'))).toEqual({
      title: "A tour of dev.to's Liquid tags",
      date: '2022-11-03T09:00:00Z',
      author: 'devto-author',
      excerpt: 'What each embed looks like once it leaves dev.to.',
      tags: ['markdown', 'liquid'],
      coverImage: 'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/liquid-cover.png',
      series: 'Liquid tags',
    });
    expect(written).toContain('\n[CodePen by sam-example](https://codepen.io/sam-example/pen/abcDEF)\n');
    expect(written).toContain(
      '\n<details><summary>What about spoilers?</summary>\n\nThey become a **details** element.\n\n</details>\n',
    );
    expect(written).toContain('\nmystery-widget\n');
    expect(written).toContain('\n```liquid\n{% youtube stays-in-code %}\n```\n');
    expect(outsideCode(written)).not.toContain('{%');
  });

  it('imports an unpublished file with a date as a draft, and reports the one without a date', () => {
    expect(frontMatterOf(post('unfinished')).published).toBe(false);
    expect(fs.existsSync(post('no-date'))).toBe(false);
    expect(formatReport(report).split('\n')).toEqual([
      'Posts written (2):',
      `  ${post('liquid-tour')}`,
      `  ${post('unfinished')}`,
      'Skipped (1):',
      '  no-date.md: no publication date (dev.to gives unpublished posts none): add date: to import it',
      'Authors created (1):',
      `  ${path.join(site.outDir, 'authors', 'devto-author.md')}`,
      'Authors to name (1):',
      `  ${path.join(site.outDir, 'authors', 'devto-author.md')}: dev.to Markdown files do not name their author; write the author's real name there`,
      'Images left remote (1):',
      '  liquid-tour: https://dev-to-uploads.s3.amazonaws.com/uploads/articles/liquid-cover.png (unreachable: fetch failed: getaddrinfo ENOTFOUND)',
      'Dropped or to check (1):',
      '  liquid-tour: the Liquid tag {% mystery-widget %} has no equivalent; its text was kept',
    ]);
  });

  it('writes front matter the current schema accepts (series and aliases aside)', () => {
    for (const [folderName, schema] of [
      ['posts', postFrontmatterSchema],
      ['authors', authorFrontmatterSchema],
    ] as const) {
      for (const name of fs.readdirSync(path.join(site.outDir, folderName))) {
        const data = frontMatterOf(path.join(site.outDir, folderName, name));
        delete data.series;
        expect(schema.safeParse(data).error?.issues ?? [], `${folderName}/${name}`).toEqual([]);
      }
    }
  });
});

describe('dev.to input that is not what it should be', () => {
  const site = tempSite();

  it('fails naming the file, the field and what was expected', () => {
    const file = path.join(site.outDir, 'articles.json');
    fs.mkdirSync(site.outDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ id: 1, title: 'No body' }));
    expect(() => importDevto(file, { canonicalDevto: false })).toThrow(
      `${file} → body_markdown: found nothing, expected the Markdown body (as /api/articles/{id} and /api/articles/me/all give it)`,
    );
  });

  it('skips a file whose front matter is not YAML, naming it, and imports the others', () => {
    const dir = path.join(site.outDir, 'broken');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'post.md'), '---\ntitle: [unclosed\n---\nText\n');
    fs.writeFileSync(path.join(dir, 'fine.md'), '---\ntitle: Fine\ndate: "2024-01-01"\n---\nText\n');
    const batch = importDevto(dir, { canonicalDevto: false });
    expect(batch.skipped).toEqual([
      {
        origin: 'post.md',
        reason:
          'front matter: found YAML that does not parse (unexpected end of the stream within a flow collection on line 3), expected valid YAML between the opening and closing --- lines; nothing in it was run',
      },
    ]);
    expect(batch.posts.map((post) => post.slug)).toEqual(['fine']);
  });

  it('skips a Markdown file without a title, naming it', () => {
    const dir = path.join(site.outDir, 'untitled');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'post.md'), '---\npublished: true\n---\nText\n');
    expect(importDevto(dir, { canonicalDevto: false }).skipped).toEqual([
      { origin: 'post.md', reason: 'title: found nothing, expected the post title in the front matter' },
    ]);
  });
});
