// WordPress HTML to Markdown through the unified ecosystem: parse to a tree (hast), tidy it, sanitize it with the
// site's own rules, turn it into a Markdown tree (rehype-remark) and print it (remark-stringify, GFM tables).
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Html } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { sanitizeSchema } from '../../posts/markdown/plugins/sanitize-schema';
import { embedLink } from './embeds';

/** Markdown made from HTML, and what could not come along. */
export interface ConvertedHtml {
  markdown: string;
  /** One line per thing dropped, such as `a <script> element`. */
  dropped: string[];
}

type Handle = NonNullable<NonNullable<RehypeRemarkOptions['handlers']>[string]>;

// Markdown has no <details>: it stays as raw HTML (already sanitized), which the site allows. rehype-remark has
// already folded the whitespace between its elements, so no blank line ends the raw HTML block early.
const keepAsHtml: Handle = (state, node) => {
  const result: Html = { type: 'html', value: toHtml(node) };
  state.patch(node, result);
  return result;
};

// Sanitized before conversion, so raw HTML that survives is already safe; ids are left unprefixed because the
// site's build prefixes them when it renders the post.
const processor = unified()
  .use(rehypeSanitize, { ...sanitizeSchema, clobberPrefix: '' })
  .use(rehypeRemark, { handlers: { details: keepAsHtml } })
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', rule: '-', emphasis: '_' })
  .freeze();

/**
 * Converts a post's HTML to Markdown: tables become GFM tables, code blocks keep their language, images their
 * alt text, iframes become links; layout wrappers, inline styles, comments, empty paragraphs and tables of
 * contents go. `baseUrl` resolves relative links and images.
 */
export function htmlToMarkdown(html: string, options: { baseUrl?: string } = {}): ConvertedHtml {
  const dropped: string[] = [];
  const tree = fromHtml(html, { fragment: true });
  addParagraphs(tree);
  tidy(tree, options.baseUrl, dropped);
  removeEmptyParagraphs(tree);
  const markdown = processor.stringify(processor.runSync(tree)).trim();
  return { markdown, dropped };
}

/** The visible text of an HTML snippet, entities decoded and whitespace collapsed: `Tables &#038; code` -> `Tables & code`. */
export function htmlToText(html: string): string {
  return toString(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

const BLOCKS = new Set(
  `address article aside blockquote details div dl figure footer h1 h2 h3 h4 h5 h6
   header hr nav ol p pre section table ul`.split(/\s+/),
);

/**
 * WordPress stores classic-editor posts without <p> tags, separating paragraphs by blank lines (its theme adds
 * the tags when it shows the post). Runs of text and inline elements at the top level become paragraphs here,
 * split at blank lines; a post that already has its <p> tags is left as it is.
 */
function addParagraphs(root: Root): void {
  const children: RootContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const hasContent = run.some(
      (node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''),
    );
    if (hasContent) children.push({ type: 'element', tagName: 'p', properties: {}, children: run });
    else children.push(...run);
    run = [];
  };
  for (const node of root.children) {
    if (node.type === 'doctype') continue;
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      flush();
      children.push(node);
    } else if (node.type === 'text') {
      node.value.split(/\n[^\S\n]*\n\s*/).forEach((piece, i) => {
        if (i > 0) flush();
        run.push({ type: 'text', value: piece });
      });
    } else {
      run.push(node);
    }
  }
  flush();
  root.children = children;
}

// `<!-- wp:paragraph -->`, `<!--more-->` and `<!--nextpage-->` are WordPress's own markers, not the author's words.
const WORDPRESS_MARKER = /^\s*(\/?wp:|more\b|nextpage\b|noteaser\b)/;

// Elements whose content cannot be shown safely or at all: the sanitizer would remove them with their content,
// so they are removed here first and reported. Iframes are not among them: they become links.
const DROPPED = new Set([...(sanitizeSchema.strip ?? []), 'svg', 'math'].filter((tag) => tag !== 'iframe'));

function tidy(tree: Root, baseUrl: string | undefined, dropped: string[]): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'comment') {
      if (!WORDPRESS_MARKER.test(node.value)) dropped.push(`an HTML comment ("${shorten(node.value)}")`);
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return;
    if (DROPPED.has(node.tagName) || isTableOfContents(node)) {
      dropped.push(
        DROPPED.has(node.tagName)
          ? `a <${node.tagName}> element`
          : 'a table of contents (the site makes its own)',
      );
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'iframe') {
      const link = iframeLink(node, baseUrl);
      if (link) parent.children[index] = link;
      else {
        dropped.push('an <iframe> without a source');
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return SKIP;
    }
    if (node.tagName === 'pre') markCodeLanguage(node);
    if (node.tagName === 'table') addHeaderRow(node);
    if (node.tagName === 'figcaption') {
      // Markdown has no captions: the caption becomes an emphasized line under its image.
      node.tagName = 'p';
      node.children = [{ type: 'element', tagName: 'em', properties: {}, children: node.children }];
    }
    if (node.tagName === 'img') resolveUrl(node, 'src', baseUrl);
    if (node.tagName === 'a') resolveUrl(node, 'href', baseUrl);
  });
}

// Table-of-contents plugins (Easy TOC, Rank Math, the core block) wrap their lists in classes like these.
const TOC_CLASS = /(^|[-_])toc($|[-_])|table-of-contents/i;

function isTableOfContents(element: Element): boolean {
  return (
    ['div', 'nav', 'section', 'aside', 'ul', 'ol'].includes(element.tagName) &&
    classNames(element).some((name) => TOC_CLASS.test(name))
  );
}

function classNames(element: Element): string[] {
  return Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
}

/** An iframe becomes a link to what it embedded, labelled with its title or with what the address says it is. */
function iframeLink(iframe: Element, baseUrl: string | undefined): Element | undefined {
  const source =
    typeof iframe.properties.src === 'string' ? absoluteUrl(iframe.properties.src, baseUrl) : undefined;
  const link = source ? embedLink(source) : undefined;
  if (!link) return undefined;
  const title = typeof iframe.properties.title === 'string' ? iframe.properties.title.trim() : '';
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: link.url },
    children: [{ type: 'text', value: title || link.label }],
  };
}

/**
 * Puts a code block's language where rehype-remark reads it (`<code class="language-js">`), from wherever
 * WordPress and its plugins wrote it: `language-*` or `lang-*` classes, `lang` or `data-language` attributes,
 * or SyntaxHighlighter's `class="brush: js"`.
 */
function markCodeLanguage(pre: Element): void {
  const existing = pre.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'code',
  );
  const code: Element = existing ?? {
    type: 'element',
    tagName: 'code',
    properties: {},
    children: pre.children,
  };
  if (!existing) pre.children = [code];
  const language = declaredLanguage(code) ?? declaredLanguage(pre);
  code.properties.className = language ? [`language-${language.toLowerCase()}`] : [];
}

function declaredLanguage(element: Element): string | undefined {
  const classes = classNames(element);
  for (const name of classes) {
    const match = /^(?:language|lang)-(.+)$/.exec(name);
    if (match) return match[1];
  }
  const brush = /\bbrush:\s*([\w#+-]+)/.exec(classes.join(' '));
  if (brush) return brush[1];
  for (const attribute of ['dataLanguage', 'lang']) {
    const value = element.properties[attribute];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/**
 * A GFM table needs a header row. WordPress tables often have none (the first row is merely bold): that first
 * row becomes the header, rather than an empty one above it.
 */
function addHeaderRow(table: Element): void {
  let hasHeader = false;
  let firstRow: Element | undefined;
  visit(table, 'element', (node) => {
    if (node.tagName === 'th' || node.tagName === 'thead') hasHeader = true;
    if (node.tagName === 'tr') firstRow ??= node;
  });
  if (hasHeader || !firstRow) return;
  for (const cell of firstRow.children) {
    if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
  }
}

function resolveUrl(element: Element, property: 'src' | 'href', baseUrl: string | undefined): void {
  const value = element.properties[property];
  if (typeof value === 'string') element.properties[property] = absoluteUrl(value, baseUrl) ?? value;
}

function absoluteUrl(value: string, baseUrl: string | undefined): string | undefined {
  try {
    return new URL(value.startsWith('//') ? `https:${value}` : value, baseUrl).href;
  } catch {
    return undefined;
  }
}

// A paragraph of nothing but whitespace (`<p>&nbsp;</p>`, often left by editors) says nothing.
function removeEmptyParagraphs(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || node.tagName !== 'p') return;
    const onlyBlank = node.children.every(
      (child) =>
        (child.type === 'text' && !child.value.trim()) ||
        (child.type === 'element' && child.tagName === 'br'),
    );
    if (!onlyBlank) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}
