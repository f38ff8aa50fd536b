import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenSiteLinks } from '@/lib/output/link-check';
import { formatProblem, loadContent } from '@/lib/posts';
import { NOW, ROOT } from '../helpers';

function site(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-links-'));
  fs.mkdirSync(path.join(root, 'posts'));
  fs.mkdirSync(path.join(root, 'authors'));
  fs.writeFileSync(path.join(root, 'authors', 'ada.md'), '---\nname: Ada\n---\n');
  fs.writeFileSync(path.join(root, 'posts', 'other.md'), '---\ntitle: Other\ndate: "2025-01-01"\nauthor: ada\ntags: [Notes]\n---\nThe other post.\n');
  fs.writeFileSync(
    path.join(root, 'posts', 'links.md'),
    [
      '---',
      'title: Links',
      'date: "2025-01-02"',
      'author: ada',
      '---',
      'Fine: [the other post](/blog/other/), [without the slash](/blog/other), [a tag](/blog/tag/notes/),',
      '[an image file](/images/covers/deploying.png), [the feed](/feed.xml) and [elsewhere](https://example.org/).',
      '',
      'Gone: [a deleted post](/blog/gone/) and',
      '<a href="/blog/tag/nope/#top">a tag nobody uses</a>.',
      '',
    ].join('\n'),
  );
  return root;
}

describe('links between posts', () => {
  it('are reported when they lead nowhere, with the file and line', () => {
    const loaded = loadContent({ contentDir: site(), publicDir: path.join(ROOT, 'public'), includeDrafts: false, now: NOW });
    const problems = brokenSiteLinks(loaded.content, loaded.siteLinks, path.join(ROOT, 'public'));
    expect(problems.map((problem) => formatProblem(problem).replace(/^.*posts\//, ''))).toEqual([
      'links.md:9 → body: found a link to "/blog/gone/", which is no page of the site, expected a link to a post, tag, category or author page that exists, or to a file under public/',
      'links.md:10 → body: found a link to "/blog/tag/nope/#top", which is no page of the site, expected a link to a post, tag, category or author page that exists, or to a file under public/',
    ]);
  });
});
