// A deterministic synthetic blog for the benchmark: the same --posts and seed always give the same files.
// Posts of 1,200 to 2,000 words with headings, lists, a table, a task list and code; 2 to 5 tags from a
// pool of 60 (a few popular); 1 or 2 of 8 categories; 6 authors; five years of dates; ~3% drafts; local
// covers (the sample site's) on most posts.
import fs from 'node:fs';
import path from 'node:path';
import { random } from '../lib/photo';

// The corpus never depends on Math.random: the same seed gives the same files.

const WORDS = (
  'the a of to and in is that it for on with as static site build page post author reader search engine feed ' +
  'markdown content render output deploy host cache index route link image cover title date tag category draft ' +
  'schedule theme style layout grid column margin measure rhythm type font weight color contrast light dark ' +
  'browser server client network request response header status bytes compress gzip brotli latency speed time ' +
  'memory process worker thread queue task build step pipeline plugin parser tree node element attribute value ' +
  'slug anchor heading list table code block language syntax highlight token comment string number keyword ' +
  'function module package version release change log note guide reference tutorial essay question answer ' +
  'simple clear careful small fast lean correct stable quiet honest useful plain modern old new first last ' +
  'write read edit review publish share send open close save load run test check measure compare improve'
).split(' ');

const TAGS = [
  'Next.js', 'Static Sites', 'Performance', 'Markdown', 'CSS', 'Accessibility', 'TypeScript', 'Writing', 'SEO', 'Feeds',
  'Search', 'Design', 'Typography', 'Testing', 'Deployment', 'Caching', 'CDN', 'HTML', 'JavaScript', 'React',
  'Node.js', 'Rust', 'Go', 'Python', 'Databases', 'Security', 'Privacy', 'Images', 'Fonts', 'Dark Mode',
  'Tooling', 'Git', 'CI', 'Benchmarks', 'Architecture', 'APIs', 'Open Source', 'Documentation', 'Editing', 'Style',
  'C++', 'C#', 'WebAssembly', 'Linux', 'nginx', 'HTTP', 'Compression', 'Internationalization', '日本語', 'Unicode',
  'Mobile', 'Layout', 'Animation', 'Forms', 'Analytics', 'Email', 'RSS', 'Podcasts', 'Career', 'Productivity',
];
const CATEGORIES = ['Engineering', 'Guides', 'Reference', 'Writing', 'Design', 'Performance', 'Notes', 'News'];
const AUTHORS = [
  ['ada-lovelace', 'Ada Lovelace'],
  ['grace-hopper', 'Grace Hopper'],
  ['alan-kay', 'Alan Kay'],
  ['barbara-liskov', 'Barbara Liskov'],
  ['donald-knuth', 'Donald Knuth'],
  ['margaret-hamilton', 'Margaret Hamilton'],
] as const;

const CODE: Record<string, string> = {
  ts: 'export function slugify(title: string): string {\n  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-");\n}\n\nconst posts: Post[] = await loadPosts("content/posts");',
  python: 'def reading_time(words: int) -> int:\n    """Minutes to read, at 200 words a minute."""\n    return max(1, -(-words // 200))\n\nprint(reading_time(1013))',
  rust: 'fn reading_time(words: usize) -> usize {\n    std::cmp::max(1, (words + 199) / 200)\n}\n\nfn main() {\n    println!("{}", reading_time(1013));\n}',
  go: 'package main\n\nimport "fmt"\n\nfunc readingTime(words int) int {\n\tif words < 200 {\n\t\treturn 1\n\t}\n\treturn (words + 199) / 200\n}\n\nfunc main() { fmt.Println(readingTime(1013)) }',
  bash: '#!/usr/bin/env bash\nset -euo pipefail\nnpm ci\nSITE_URL=https://blog.example.com npm run build\nrsync -a --delete out/ deploy@example.com:/srv/site/',
  json: '{\n  "title": "Shipping a static blog",\n  "tags": ["Next.js", "Static Sites"],\n  "draft": false,\n  "words": 1500\n}',
  yaml: 'title: "Shipping a static blog"\ndate: "2025-03-14"\ntags: ["Next.js", "Static Sites"]\ncategories: ["Engineering"]',
  css: '.prose pre {\n  background: var(--code-bg);\n  border-radius: 0.5rem;\n  padding: 1rem 1.25rem;\n}\n\n@media (prefers-color-scheme: dark) {\n  :root { --code-bg: #161b22; }\n}',
};

export interface CorpusOptions {
  posts: number;
  dir: string;
  /** Cover image paths under public/ to use; none if empty. */
  covers: ReadonlyArray<string>;
  /** Instead of `covers`: every post's own cover, by its number from 0. */
  coverOf?: (index: number) => string;
  seed?: number;
}

/** Writes the corpus (posts/ and authors/) into an empty `dir`; returns how many files it wrote. */
export function generateCorpus({ posts, dir, covers, coverOf, seed = 2026 }: CorpusOptions): number {
  const rng = random(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'authors'), { recursive: true });
  for (const [slug, name] of AUTHORS) {
    fs.writeFileSync(path.join(dir, 'authors', `${slug}.md`), `---\nname: "${name}"\nrole: "Contributor"\nsocial:\n  github: "${slug}"\n---\n${name} writes about building for the web.\n`);
  }

  const sentence = (min = 8, max = 20) => {
    const words = Array.from({ length: rng.int(min, max) }, () => rng.pick(WORDS));
    if (rng.next() < 0.15) words[rng.int(0, words.length - 1)] = `**${rng.pick(WORDS)}**`;
    if (rng.next() < 0.1) words[rng.int(0, words.length - 1)] = `\`${rng.pick(WORDS)}\``;
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: rng.int(3, 6) }, () => sentence()).join(' ');
  // Zipf-like popularity: the first tags of the pool are far more common than the last.
  const tag = () => TAGS[Math.min(TAGS.length - 1, Math.floor(TAGS.length * rng.next() ** 2.2))]!;
  const start = Date.UTC(2021, 5, 1);
  const span = Date.UTC(2026, 5, 1) - start;

  for (let index = 0; index < posts; index += 1) {
    const slug = `post-${String(index + 1).padStart(5, '0')}`;
    const target = rng.int(1200, 2000);
    const blocks: string[] = [paragraph()];
    const languages = Object.keys(CODE);
    const codeBlocks = rng.int(1, 2);
    let section = 0;
    const count = () => blocks.join('\n\n').split(/\s+/).filter(Boolean).length;
    while (count() < target) {
      section += 1;
      blocks.push(`## ${sentence(2, 5).replace(/\.$/, '')}`, paragraph(), paragraph());
      if (section === 1) blocks.push(Array.from({ length: rng.int(3, 6) }, () => `- ${sentence(4, 10)}`).join('\n'));
      if (section === 2) blocks.push('| Step | What it does | Time |\n| :--- | :--- | ---: |\n' + Array.from({ length: 4 }, (_, i) => `| ${i + 1} | ${sentence(3, 6)} | ${rng.int(1, 90)} ms |`).join('\n'));
      if (section === 3) blocks.push(Array.from({ length: 4 }, (_, i) => `- [${i < 2 ? 'x' : ' '}] ${sentence(3, 8)}`).join('\n'));
      if (section <= codeBlocks + 1 && section >= 2) {
        const language = rng.pick(languages);
        blocks.push(`### ${sentence(2, 4).replace(/\.$/, '')}`, paragraph(), `\`\`\`${language}\n${CODE[language]}\n\`\`\``);
      }
      if (section === 4) blocks.push(Array.from({ length: 3 }, (_, i) => `${i + 1}. ${sentence(4, 10)}`).join('\n'));
      if (index > 0 && rng.next() < 0.3) blocks.push(`See also [an earlier post](/blog/post-${String(rng.int(1, index)).padStart(5, '0')}/).`);
    }
    const tags = [...new Set(Array.from({ length: rng.int(2, 5) }, tag))];
    const categories = [...new Set(Array.from({ length: rng.int(1, 2) }, () => rng.pick(CATEGORIES)))];
    const date = new Date(start + Math.floor(rng.next() * span)).toISOString().slice(0, 10);
    const drawn = covers.length > 0 && rng.next() < 0.85 ? rng.pick(covers) : undefined;
    const cover = coverOf ? coverOf(index) : drawn;
    const frontmatter = [
      `title: "${sentence(3, 8).replace(/\.$/, '').replace(/\*\*|`/g, '')} ${index + 1}"`,
      `date: "${date}"`,
      `author: "${rng.pick(AUTHORS)[0]}"`,
      `tags: ${JSON.stringify(tags)}`,
      `categories: ${JSON.stringify(categories)}`,
      ...(cover ? [`coverImage: "${cover}"`, `coverAlt: "An abstract cover"`] : []),
      ...(rng.next() < 0.5 ? [`excerpt: "${sentence(10, 20).replace(/\*\*|`/g, '')}"`] : []),
      ...(rng.next() < 0.03 ? ['published: false'] : []),
    ];
    fs.writeFileSync(path.join(dir, 'posts', `${slug}.md`), `---\n${frontmatter.join('\n')}\n---\n${blocks.join('\n\n')}\n`);
  }
  return posts + AUTHORS.length;
}
