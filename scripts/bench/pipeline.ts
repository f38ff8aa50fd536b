// Times, in one process, the raw unified pipeline over a content folder (the floor: gray-matter and the
// plugins of DESIGN.md with their default options, nothing else) and Margins' loader over the same folder
// (validation, our plugins, indexes; no cache). Prints JSON. Usage: tsx scripts/bench/pipeline.ts <dir>
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeHighlight from 'rehype-highlight';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { publicDir } from '../../lib/build-contract';
import { loadContent } from '../../lib/posts';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const files = ['posts', 'authors'].flatMap((folder) =>
  fs
    .readdirSync(path.join(contentDir, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(contentDir, folder, name)),
);

const floorProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings)
  .use(rehypeHighlight)
  .use(rehypeStringify)
  .freeze();

function floor(list: string[]): number {
  const started = performance.now();
  for (const file of list) {
    const { content } = matter(fs.readFileSync(file, 'utf8'), {});
    floorProcessor.processSync(content);
  }
  return performance.now() - started;
}

function loader(): number {
  const started = performance.now();
  loadContent({ contentDir, publicDir: publicDir(), includeDrafts: false, now: new Date() });
  return performance.now() - started;
}

// Warm up the shared code (unified, highlight.js grammars, the JIT) on a few files, then time each once.
floor(files.slice(0, 30));
const floorMs = floor(files);
const loaderMs = loader();
console.log(JSON.stringify({ files: files.length, floorMs: Math.round(floorMs), loaderMs: Math.round(loaderMs), ratio: Number((loaderMs / floorMs).toFixed(3)) }));
