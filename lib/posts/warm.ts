import fs from 'node:fs';
import path from 'node:path';
import { ContentCache } from './cache';
import { isShown, type LoadOptions } from './load';
import { postFrontmatterSchema } from './schema';
import { MarkdownFile, type ParseCounter } from './source';

/**
 * Parses and renders one share of the posts (every `shards`-th file, starting at `shard`) into the content
 * cache, exactly as {@link loadContent} would, so that several processes can fill the cache side by side
 * before one of them loads the whole folder from it. Invalid files are left for the loader to report.
 */
export function warmContentCache(options: LoadOptions, shard: number, shards: number): number {
  if (!options.cacheDir) return 0;
  const cache = new ContentCache(options.cacheDir, options.publicDir);
  const counter: ParseCounter = { parsed: 0 };
  const folder = path.join(options.contentDir, 'posts');
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('.')).sort() : [];
  files.forEach((name, index) => {
    if (index % shards !== shard) return;
    const source = MarkdownFile.open(path.join(folder, name), cache, counter, []);
    if (!source) return;
    const frontmatter = postFrontmatterSchema.safeParse(source.data);
    if (frontmatter.success) {
      if (isShown(frontmatter.data, options)) source.render({ title: frontmatter.data.title, publicDir: options.publicDir });
    }
    source.persist();
  });
  return counter.parsed;
}
