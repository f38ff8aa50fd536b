import { h } from 'hastscript';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import nginx from 'highlight.js/lib/languages/nginx';
import { common } from 'lowlight';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkAlert from 'remark-github-blockquote-alert';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import mathForFeeds from './plugins/math-for-feeds';
import rehypeAbsoluteUrls from './plugins/rehype-absolute-urls';
import rehypeBasePath from './plugins/rehype-base-path';
import rehypeCallouts, { calloutsForFeeds } from './plugins/rehype-callouts';
import rehypeCollectHeadings, { type TocHeading } from './plugins/rehype-collect-headings';
import rehypeCollectImagesWithoutAlt, { type ImageWithoutAlt } from './plugins/rehype-collect-images-without-alt';
import rehypeCollectLinks, { type SiteLink } from './plugins/rehype-collect-links';
import rehypeFirstParagraph from './plugins/rehype-first-paragraph';
import rehypeFragmentLinks from './plugins/rehype-fragment-links';
import rehypeHeadingIds from './plugins/rehype-heading-ids';
import rehypeIdPrefix from './plugins/rehype-id-prefix';
import rehypeImageSize, { type MissingImage } from './plugins/rehype-image-size';
import { checkSourceNesting, checkTreeNesting, NestingError } from './plugins/nesting-limit';
import rehypeTableAlign from './plugins/rehype-table-align';
import rehypeTableRegions from './plugins/rehype-table-regions';
import rehypeTaskListInputs from './plugins/rehype-task-list-inputs';
import rehypeWordCount from './plugins/rehype-word-count';
import rehypeTaskListLabels from './plugins/rehype-task-list-labels';
import remarkTitleHeading from './plugins/remark-title-heading';
import remarkUnclosedHtml, { type UnclosedHtml } from './plugins/remark-unclosed-html';
import { CLOBBER_PREFIX, sanitizeSchema } from './plugins/sanitize-schema';
import { t } from '../../site/i18n';
import { PAGE_IDS } from '../../site/page-ids';
import { absoluteUrl, getSite } from '../../site';

export type { ImageWithoutAlt, MissingImage, SiteLink, TocHeading, UnclosedHtml };
export { NESTING_EXPECTED, NestingError } from './plugins/nesting-limit';

declare module 'vfile' {
  interface DataMap {
    title: string;
    headings: TocHeading[];
    firstParagraph: string;
    wordCount: number;
    publicDir: string;
    idPrefix: string;
    pageUrl: string;
    missingImages: MissingImage[];
    localImages: string[];
    siteLinks: SiteLink[];
    imagesWithoutAlt: ImageWithoutAlt[];
    unclosedHtml: UnclosedHtml[];
  }
}

/** What {@link renderMarkdown} makes of a Markdown body. */
export interface RenderedMarkdown {
  /** Sanitized HTML with heading ids, heading anchors and highlighted code; root-relative URLs carry the base path. */
  html: string;
  /** The same HTML with every site-relative URL made absolute, for feeds. */
  feedHtml: string;
  /** The h2 and h3 headings, in order, for a table of contents. */
  headings: TocHeading[];
  /** Visible text of the first paragraph, or '' when there is none. */
  firstParagraph: string;
  /** How many words the body's visible text has: markup, HTML and image alt text are not words. */
  wordCount: number;
  /** Local images the body uses that do not exist under public/ or cannot be measured, with their place in the body. */
  missingImages: MissingImage[];
  /** Site paths of every local image the body uses. */
  localImages: string[];
  /** Links into the site, as site paths, with their place in the body. */
  siteLinks: SiteLink[];
  /** Images without alt text, with their place in the body. */
  imagesWithoutAlt: ImageWithoutAlt[];
  /** Raw HTML elements and comments that are never closed and hide the rest of the body, where they open. */
  unclosedHtml: UnclosedHtml[];
}

// The whole Markdown pipeline, in order. Why this order:
// - The nesting checks run first on each new tree (Markdown, then HTML once raw HTML is parsed): every later
//   step recurses once per level and would overflow the stack on a pathological body.
// - remarkTitleHeading runs on the Markdown tree, before HTML exists, so the title's h1 is never rendered.
// - remarkUnclosedHtml reads the raw HTML on the Markdown tree, where each piece still has its line, for the
//   warning about an element left open that would hide the rest of the body.
// - rehypeRaw parses the author's raw HTML into the tree so that rehypeSanitize can inspect every element;
//   nothing added after sanitizing comes from the author. rehypeFirstParagraph reads the excerpt's text from the
//   sanitized tree, so raw HTML never reaches an excerpt; rehypeWordCount counts the visible words there too,
//   before heading anchors add their `#`; rehypeCollectLinks lists the links into the site that survived
//   sanitizing, for the build's link check, and rehypeCollectImagesWithoutAlt the images `npm run check` warns
//   about.
// - rehypeHeadingIds runs after sanitizing, so heading ids are not prefixed: it gives each heading an id from its
//   text that no other element of the page has. Ids from raw HTML and footnotes are prefixed by the sanitizer,
//   and rehypeFragmentLinks then points their #links at the prefixed ids; rehypeIdPrefix finally puts a bio's
//   ids (and the links to them) in a namespace of their own.
// - rehypeImageSize sizes local images after sanitizing, so the sizes it writes are never the author's input;
//   likewise the scrolling regions around tables and the names of task-list checkboxes.
// - rehypeCollectHeadings reads the headings before rehypeAutolinkHeadings adds its links next to them.
// - remarkAlert marks GitHub alerts (`> [!NOTE]`) with classes the sanitizer keeps; rehypeCallouts then makes
//   them asides with their icon and label, after sanitizing, from nothing the author wrote.
// - Math is in the variant for posts that ask for it (`math: true`) only, so "$5 and $10" in any other post
//   stays prose. remarkMath turns `$…$` into code the sanitizer keeps; rehypeKatex renders it after sanitizing,
//   since KaTeX's output (inline styles, SVG) is trusted and would not survive it.
// - rehypeHighlight runs last but one: only fenced code with a language is highlighted, and nothing is guessed.
// - rehypeBasePath runs last: every step before reads links and images as site paths (`/blog/a/`), as authors
//   write them; the page gets them under the site's base path. Feed HTML is made from this tree, so
//   rehypeAbsoluteUrls puts the page's origin before them.
const createProcessor = ({ math }: { math: boolean }) => unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(math ? [remarkMath] : [])
  .use(remarkAlert)
  .use(remarkUnclosedHtml)
  .use(function markdownNesting() {
    return (tree) => checkTreeNesting(tree, 'Markdown');
  })
  .use(function titleFromFile() {
    return (tree, file) => remarkTitleHeading({ title: file.data.title })(tree as never);
  })
  .use(remarkRehype, {
    allowDangerousHtml: true,
    clobberPrefix: '',
    footnoteLabel: t.footnotes,
    footnoteBackLabel: (reference: number, rereference: number) => t.footnoteBack(`${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`),
  })
  .use(rehypeRaw)
  .use(function htmlNesting() {
    return (tree) => checkTreeNesting(tree, 'HTML');
  })
  .use(rehypeTaskListInputs)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeFirstParagraph)
  .use(rehypeWordCount)
  .use(rehypeCollectLinks)
  .use(rehypeCollectImagesWithoutAlt)
  .use(function imageSizeFromFile() {
    return (tree, file) => rehypeImageSize({ publicDir: file.data.publicDir })(tree as never, file);
  })
  .use(rehypeTableAlign)
  .use(rehypeTableRegions, { table: t.table, tableOf: t.tableOf })
  .use(rehypeTaskListLabels, { fallback: t.task })
  .use(rehypeCallouts, { labels: t.callouts })
  .use(math ? [rehypeKatex] : [])
  .use(rehypeHeadingIds, { reserved: Object.values(PAGE_IDS) })
  .use(rehypeFragmentLinks, { prefix: CLOBBER_PREFIX })
  .use(function idPrefixFromFile() {
    return (tree, file) => rehypeIdPrefix({ prefix: file.data.idPrefix })(tree as never);
  })
  .use(rehypeCollectHeadings)
  .use(rehypeAutolinkHeadings, {
    behavior: 'after',
    // Headings from raw HTML keep their (prefixed) ids and get anchors too; the footnotes label stays hidden.
    test: (node) => typeof node.properties.id === 'string' && !(Array.isArray(node.properties.className) && node.properties.className.includes('sr-only')),
    group: h('div.heading-group'),
    properties: (heading) => ({
      className: ['heading-anchor'],
      // Its `#` is no word of the post: search excerpts leave it out.
      dataPagefindIgnore: '',
      ariaLabel: t.headingAnchor(hastToString(heading).trim()),
    }),
    content: h('span', { ariaHidden: 'true' }, '#'),
  })
  .use(rehypeHighlight, { languages: { ...common, nginx }, detect: false, plainText: ['text', 'txt', 'plain', 'plaintext'] })
  .use(rehypeBasePath)
  .use(rehypeStringify)
  .freeze();

// Made on first use, once per language and variant: the footnotes' words are the site's, known only once the
// site config is read, never when this module is imported.
const processors = new Map<string, ReturnType<typeof createProcessor>>();
function processorFor(math: boolean): ReturnType<typeof createProcessor> {
  const key = `${getSite().language}:${math ? 'math' : 'plain'}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor({ math })));
  return processor;
}

/** Options of {@link renderMarkdown}. */
export interface RenderOptions {
  /** The post's title: a leading `# Title` equal to it is dropped (the page shows the title as its only `h1`). */
  title?: string;
  /** The folder served at `/`, where local images are sized. */
  publicDir?: string;
  /** The page's absolute URL: the base of the feed HTML's `#fragment` links (default: the site's home). */
  pageUrl?: string;
  /**
   * Put before every id of the body, for a body shown next to another on one page (an author's bio under a
   * post). Heading slugs never contain a `.`, so a prefix with one (`bio.ada.`) cannot meet a post's ids.
   */
  idPrefix?: string;
  /** Render `$…$` and `$$…$$` as formulas (KaTeX, to HTML and MathML); without it, dollar signs are text. */
  math?: boolean;
}

/** Renders a post or bio body to safe HTML; throws a {@link NestingError} for a body nested too deeply to render. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  checkSourceNesting(markdown);
  const file = new VFile({ value: markdown, data: { title: options.title, publicDir: options.publicDir, idPrefix: options.idPrefix, pageUrl: options.pageUrl } });
  const processor = processorFor(options.math ?? false);
  try {
    const tree = processor.runSync(processor.parse(file), file);
    const html = processor.stringify(tree, file);
    return {
      html,
      // Serialized a second time after rewriting the tree for feed readers: cheaper than parsing the HTML again.
      feedHtml: processor.stringify(mathForFeeds(calloutsForFeeds(rehypeAbsoluteUrls(tree, options.pageUrl ?? absoluteUrl('/')))), file),
      headings: file.data.headings ?? [],
      firstParagraph: file.data.firstParagraph ?? '',
      wordCount: file.data.wordCount ?? 0,
      missingImages: file.data.missingImages ?? [],
      localImages: file.data.localImages ?? [],
      siteLinks: file.data.siteLinks ?? [],
      imagesWithoutAlt: file.data.imagesWithoutAlt ?? [],
      unclosedHtml: file.data.unclosedHtml ?? [],
    };
  } catch (error) {
    // The checks above bound what they can measure; a stack overflow anywhere else is still the body's nesting.
    if (error instanceof RangeError && error.message.includes('call stack')) {
      throw new NestingError('Markdown or HTML nested too deeply to render (the renderer ran out of stack)');
    }
    throw error;
  }
}
