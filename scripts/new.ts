// npm run new -- "Post title" [--author <slug>] [--tags a,b]: starts a draft post (see lib/authoring/scaffold.ts).
// npm run new -- --author "Name": starts an author file.
import { parseArgs } from 'node:util';
import { displayPath } from '../lib/site/errors';
import { defaultLoadOptions } from '../lib/posts';
import { scaffoldAuthor, scaffoldPost } from '../lib/authoring/scaffold';
import { loadSiteOrExit } from './lib/load-site';

const site = loadSiteOrExit();
const usage = 'usage: npm run new -- "Post title" [--author <slug>] [--tags a,b]   or   npm run new -- --author "Author Name"';

try {
  const { values, positionals } = parseArgs({ options: { author: { type: 'string' }, tags: { type: 'string' } }, allowPositionals: true });
  const { contentDir } = defaultLoadOptions();
  const title = positionals.join(' ').trim();
  let written;
  if (title) {
    const tags = values.tags?.split(',').map((tag) => tag.trim()).filter(Boolean);
    written = scaffoldPost({ title, author: values.author, defaultAuthor: site.defaultAuthor, tags, contentDir, now: new Date() });
  } else if (values.author) {
    written = scaffoldAuthor(values.author, contentDir);
  } else {
    throw new Error(usage);
  }
  console.log([`wrote ${displayPath(written.file)}`, `  it will be at ${written.url}`, ...written.notes.map((note) => `  ${note}`)].join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
