import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatFinding } from '@/lib/content-check';
import { fixtureOptions, ROOT } from '../helpers';

const lines = (site: string) => checkContent(fixtureOptions(path.join('check', site))).map(formatFinding);

describe('npm run check', () => {
  it('reports what the build refuses as errors, at the field of the frontmatter or at 1:1', () => {
    expect(lines('errors')).toEqual([
      'tests/fixtures/sites/check/errors/authors/grace.md:4:3  error  social.github: found "", expected a handle or profile URL',
      'tests/fixtures/sites/check/errors/posts/..md:1:1  error  (file name): found "..md", a hidden file with no name before .md, expected a file name of lowercase letters, digits and hyphens before .md, such as my-first-post.md',
      'tests/fixtures/sites/check/errors/posts/bad-date.md:3:1  error  date: found "2025-02-30", expected a real date as YYYY-MM-DD or an ISO 8601 date-time',
      'tests/fixtures/sites/check/errors/posts/broken-yaml.md:1:1  error  frontmatter: found YAML that does not parse (deficient indentation on line 4), expected valid YAML between the opening and closing --- lines',
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
