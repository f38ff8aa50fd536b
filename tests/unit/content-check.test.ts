import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatFinding } from '@/lib/authoring/check';
import { fixtureOptions, ROOT } from '../helpers';

const lines = (site: string) => checkContent(fixtureOptions(path.join('check', site))).map(formatFinding);

describe('npm run check', () => {
  it('reports what the build refuses as errors, at the field of the frontmatter, the place in the body or 1:1, with the warnings of files that load', () => {
    expect(lines('errors')).toEqual([
      'tests/fixtures/sites/check/errors/authors/grace.md:4:3  error  social.github: found "", expected a handle or profile URL',
      'tests/fixtures/sites/check/errors/posts/..md:1:1  error  (file name): found "..md", a hidden file with no name before .md, expected a file name of lowercase letters, digits and hyphens before .md, such as my-first-post.md',
      'tests/fixtures/sites/check/errors/posts/bad-date.md:3:1  error  date: found "2025-02-30", expected a real date as YYYY-MM-DD or an ISO 8601 date-time',
      'tests/fixtures/sites/check/errors/posts/broken-yaml.md:1:1  error  frontmatter: found YAML that does not parse (deficient indentation on line 4), expected valid YAML between the opening and closing --- lines',
      // The post loads all the same (only its body has the problem), so it is checked like the others; its link to
      // bad-date.md, which does not load, is not reported as broken: the error in bad-date.md is the news.
      'tests/fixtures/sites/check/errors/posts/missing-image.md:1:1  warning  excerpt (the first paragraph, as there is no excerpt field) is 44 characters long: write 50 to 160 that say what a reader will find',
      'tests/fixtures/sites/check/errors/posts/missing-image.md:9:1  error  body: found an image "/images/posts/nope.png", which is not a file under public/, expected PNG, JPEG, GIF, WebP, AVIF or SVG images that exist under public/, referenced from the site root as "/images/..."',
      'tests/fixtures/sites/check/errors/posts/orphan.md:4:1  error  author: found "nobody", expected one of the authors in tests/fixtures/sites/check/errors/authors/: ada (Ada Lovelace)',
      'tests/fixtures/sites/check/errors/posts/typo.md:6:1  error  categorys: found a field Margins does not know, expected a known field: did you mean `categories`?',
      'tests/fixtures/sites/check/errors/posts/typo.md:7:1  error  coverImage: found "/images/covers/nope.png", which is not a file under public/, expected a file that exists, e.g. public/images/cover.jpg referenced as "/images/cover.jpg"',
    ]);
  });

  it('warns about what the build publishes but readers and search engines trip on, and notes scheduled posts', () => {
    expect(lines('warnings')).toEqual([
      'tests/fixtures/sites/check/warnings/pages/privacy.md:1:1  warning  description (the first paragraph, as there is no description field) is 11 characters long: write 50 to 160 that say what a reader will find',
      'tests/fixtures/sites/check/warnings/posts/links.md:9:20  warning  link to "/blog/gone/" leads to no page of the site or file under public/',
      'tests/fixtures/sites/check/warnings/posts/links.md:9:51  warning  link to "/blog/nowhere/" leads to no page of the site or file under public/',
      'tests/fixtures/sites/check/warnings/posts/links.md:10:5  warning  link to "/blog/good/#teardown": that page has no heading with the id "teardown"',
      'tests/fixtures/sites/check/warnings/posts/long-excerpt.md:6:1  warning  excerpt is 165 characters long: search results and link cards cut it after about 160',
      'tests/fixtures/sites/check/warnings/posts/long-title.md:2:1  warning  title is 75 characters long: search results cut it after about 70',
      'tests/fixtures/sites/check/warnings/posts/no-alt.md:9:1  warning  image "/images/covers/deploying.png" has no alt text: describe what it shows, as in ![a red bicycle](/images/covers/deploying.png)',
      'tests/fixtures/sites/check/warnings/posts/no-tags.md:1:1  warning  post has no tags: readers, feeds per tag and related posts find posts by their tags',
      'tests/fixtures/sites/check/warnings/posts/same-title.md:2:1  warning  title "A Good Post" is also the title of tests/fixtures/sites/check/warnings/posts/good.md',
      'tests/fixtures/sites/check/warnings/posts/scheduled.md:3:1  info  goes live on March 14, 2027 (its date is in the future)',
      'tests/fixtures/sites/check/warnings/posts/short-excerpt.md:6:1  warning  excerpt is 10 characters long: write 50 to 160 that say what a reader will find',
      'tests/fixtures/sites/check/warnings/posts/spelling.md:5:1  warning  tag "Nextjs" differs only in spelling from "Next.js": use one spelling',
      'tests/fixtures/sites/check/warnings/posts/unclosed.md:9:1  warning  <textarea> here is never closed (no </textarea> follows): browsers take the rest of the body into it and do not show it; close it, or write it as `code`',
    ]);
  });

  it('finds nothing to warn about in the sample content readers see first', () => {
    const findings = checkContent({ ...fixtureOptions('valid'), contentDir: path.join(ROOT, 'content'), now: new Date() });
    expect(findings.filter((finding) => finding.severity !== 'info').map(formatFinding)).toEqual([]);
  });
});

describe('npm run check on the sample site', () => {
  it('prints an error and a warning of the same run at their lines: a missing image and a broken link', () => {
    // A copy of the sample content in a temporary folder, with one post that has both mistakes.
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-check-'));
    const content = path.join(site, 'content');
    try {
      fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
      fs.writeFileSync(
        path.join(content, 'posts', 'two-mistakes.md'),
        [
          '---',
          'title: "Two mistakes in one post"',
          'date: "2025-03-01"',
          'author: "zoe-martin"',
          'excerpt: "A post with a link to a page that does not exist and an image that is not under public/."',
          'tags: ["Getting Started"]',
          '---',
          'The first paragraph says nothing wrong.',
          '',
          'See [the missing post](/blog/no-such-post/) for more.',
          '',
          '![A chart of nothing](/images/no-such-chart.png)',
          '',
        ].join('\n'),
      );
      // The project's public/, as on a fresh clone.
      const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content, MARGINS_CACHE: 'off' };
      delete env.PUBLIC_DIR;
      const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'check.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
        env,
      });
      // Both findings, at their lines in the file: the front matter's lines count. The copy is in no git
      // repository, which the check notes once.
      expect(run.stdout.split('\n')).toEqual([
        `${content}:1:1  info  ${content} is not in a git repository: modified dates are the \`updated\` field or the date, and renamed posts get no automatic redirects`,
        `${content}/posts/two-mistakes.md:10:5  warning  link to "/blog/no-such-post/" leads to no page of the site or file under public/`,
        `${content}/posts/two-mistakes.md:12:1  error  body: found an image "/images/no-such-chart.png", which is not a file under public/, expected PNG, JPEG, GIF, WebP, AVIF or SVG images that exist under public/, referenced from the site root as "/images/..."`,
        '',
      ]);
      expect(run.stderr).toBe('check: 1 error, 1 warning, 1 note\n');
      expect(run.status).toBe(1);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
    // A process of its own, as an author runs it: tsx and the Markdown pipeline take a few seconds to start.
  }, 60_000);
});
