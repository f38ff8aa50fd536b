// dev.to's Liquid tags (`{% youtube dQw4w9WgXcQ %}`, `{% github owner/repo %}`...) only mean something on dev.to.
// Each becomes a plain Markdown link with a readable label, or readable text; none stays as `{% … %}`.
import { toHtml } from 'hast-util-to-html';
import { embedLink, vimeoVideo, youtubeVideo, type EmbedLink } from './embeds';
import { applyEdits, markdownLink, parseMarkdown, verbatimRanges, type Edit } from './markdown-source';

/** A body with its Liquid tags replaced, and a line for each tag that had no known meaning. */
export interface LiquidResult {
  markdown: string;
  notes: string[];
}

const isUrl = (text: string) => /^https?:\/\//.test(text);

const devto = (path: string, label: string): EmbedLink => ({
  url: `https://dev.to/${path.replace(/^\/+/, '')}`,
  label,
});

const tweet = (id: string) =>
  isUrl(id) ? embedLink(id) : { url: `https://x.com/i/status/${id}`, label: `Post ${id} on X` };
const devtoPost = (target: string) =>
  isUrl(target) ? embedLink(target) : devto(target, `dev.to post ${target}`);

// The link each tag stands for, from its first argument (an id, a path or a URL).
const LINKS: Record<string, (argument: string) => EmbedLink | undefined> = {
  youtube: (id) => (isUrl(id) ? embedLink(id) : youtubeVideo(id)),
  vimeo: (id) => (isUrl(id) ? embedLink(id) : vimeoVideo(id)),
  github: (target) =>
    isUrl(target) ? embedLink(target) : { url: `https://github.com/${target}`, label: `${target} on GitHub` },
  twitter: tweet,
  tweet,
  link: devtoPost,
  post: devtoPost,
  user: (name) => devto(name, `@${name} on dev.to`),
  tag: (name) => devto(`t/${name}`, `#${name} on dev.to`),
  codesandbox: (id) =>
    isUrl(id) ? embedLink(id) : { url: `https://codesandbox.io/s/${id}`, label: `CodeSandbox ${id}` },
  stackblitz: (id) =>
    isUrl(id)
      ? embedLink(id)
      : { url: `https://stackblitz.com/edit/${id}`, label: `StackBlitz project ${id}` },
  instagram: (id) =>
    isUrl(id) ? embedLink(id) : { url: `https://www.instagram.com/p/${id}/`, label: `Instagram post ${id}` },
};

// Tags that wrap content: the content stays, the wrapper becomes what Markdown (or the site's safe HTML) has.
const summary = (label: string) =>
  `<details>${toHtml({ type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: label }] })}\n`;
const WRAPPERS: Record<string, (argument: string) => string> = {
  details: (label) => summary(label || 'Details'),
  spoiler: (label) => summary(label || 'Spoiler'),
  collapsible: (label) => summary(label || 'Details'),
  enddetails: () => '\n</details>',
  endspoiler: () => '\n</details>',
  endcollapsible: () => '\n</details>',
  // KaTeX keeps its formula between the $$ (or $) delimiters that Markdown math uses.
  katex: (argument) => (argument === 'inline' ? '$' : '$$'),
  endkatex: () => '$$',
  raw: () => '',
  endraw: () => '',
};

const LIQUID_TAG = /\{%-?\s*([^\s%]+)\s*(.*?)\s*-?%\}/g;

/** Replaces the Liquid tags of a dev.to body, leaving code blocks, inline code and raw HTML untouched. */
export function replaceLiquidTags(markdown: string): LiquidResult {
  const verbatim = verbatimRanges(parseMarkdown(markdown));
  const edits: Edit[] = [];
  const notes: string[] = [];
  for (const match of markdown.matchAll(LIQUID_TAG)) {
    const start = match.index;
    const end = start + match[0].length;
    if (verbatim.some(([from, to]) => from <= start && end <= to)) continue;
    const name = match[1]!;
    const argument = (match[2] ?? '').replace(/^["']|["']$/g, '');
    edits.push({ start, end, text: replacement(name, argument, notes) });
  }
  return { markdown: applyEdits(markdown, edits), notes };
}

function replacement(name: string, argument: string, notes: string[]): string {
  const wrapper = WRAPPERS[name];
  if (wrapper) return wrapper(argument);
  // Only the first word is the target: `{% github owner/repo no-readme %}`, `{% youtube id start=30 %}`.
  const target = argument.split(/\s+/)[0] ?? '';
  const link = target ? (LINKS[name]?.(target) ?? embedLink(target)) : undefined;
  if (link) return markdownLink(link.label, link.url);
  notes.push(`the Liquid tag {% ${name} %} has no equivalent; its text was kept`);
  return [name, argument].filter(Boolean).join(' ');
}
