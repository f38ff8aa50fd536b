// The old addresses of posts (their `aliases`): a static page at each that sends readers and crawlers on to the
// post, for any host, and one `_redirects` file with the same moves as 301 rules, which Netlify and Cloudflare
// Pages answer instead of serving the page.
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../lib/site/i18n';
import { canonicalUrl } from '../../lib/output/metadata';
import { ContentError, describeValue, type Content, type Post } from '../../lib/posts';
import { getSite, withBasePath } from '../../lib/site';
import { escapeXml } from '../../lib/output/xml-text';

/**
 * Writes `<outDir>/<alias>/index.html` for every alias of every post, and the rules to `<outDir>/_redirects`,
 * after the site's own rules when public/ has a `_redirects`. Links and rules carry the site's base path
 * (site.config.ts; `basePath` for tests).
 */
export function writeRedirects(outDir: string, content: Pick<Content, 'posts'>, basePath?: string): void {
  const rules: string[] = [];
  for (const post of content.posts) {
    for (const alias of post.aliases) {
      const file = path.join(outDir, ...alias.split('/').filter(Boolean), 'index.html');
      // The loader refuses aliases of the site's pages; a page here all the same is one it cannot see, such as
      // about/ for /About/ on a file system that ignores case: a content problem of the post, named.
      const problem = (found: string) =>
        new ContentError([{ file: post.file, field: 'aliases', found: `${describeValue(alias)}, whose redirect page ${found}`, expected: 'an old address that no page of the site and no other alias has, in any letter case' }]);
      if (fs.existsSync(file)) throw problem(`would replace ${file}`);
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, redirectPage(post, basePath));
      } catch (error) {
        // A file of the site where the alias needs a folder.
        throw problem(`cannot be written to ${file} (${error instanceof Error ? error.message : String(error)})`);
      }
      // Rules match the URL path a request asks for, so both sides carry the base path.
      rules.push(`${withBasePath(encodeURI(alias), basePath)} ${withBasePath(post.url, basePath)} 301`);
    }
  }
  if (rules.length === 0) return;
  const rulesFile = path.join(outDir, '_redirects');
  const own = fs.existsSync(rulesFile) ? fs.readFileSync(rulesFile, 'utf8') : '';
  fs.writeFileSync(rulesFile, `${own}${own && !own.endsWith('\n') ? '\n' : ''}${rules.join('\n')}\n`);
}

/** A page that moves on to the post at once, out of search results, with a link for whoever it does not move. */
function redirectPage(post: Post, basePath: string | undefined): string {
  const title = escapeXml(post.title);
  const url = escapeXml(withBasePath(post.url, basePath));
  return `<!DOCTYPE html>
<html lang="${escapeXml(getSite().language)}">
<head>
<meta charset="utf-8">
<title>${escapeXml(t.movedTitle(post.title))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeXml(canonicalUrl(post))}">
<meta http-equiv="refresh" content="0; url=${url}">
</head>
<body>
<p>${escapeXml(t.movedText.before)} <a href="${url}">${title}</a>${escapeXml(t.movedText.after)}</p>
</body>
</html>
`;
}
