import fs from 'node:fs';
import { publicFile } from './images';
import type { ImageWithoutAlt, MissingImage, RenderedMarkdown, RenderOptions, SiteLink, UnclosedHtml } from './markdown/pipeline';
import { absoluteUrl } from '../site';
import { describeValue, displayPath, type ContentProblem, type ContentWarning } from '../site/errors';
import type { Post, PostBody, UnrenderedPost } from './model';
import type { MarkdownFile } from './source';
import { readingMinutes, truncateAtWord } from './text';

/** Something found in a body, placed in its file: the file as error messages show it, and the line in the file. */
export type InFile<Spot extends { line: number }> = Spot & { file: string };

/** A link a content file makes to a site path. */
export type FileLink = InFile<SiteLink>;

/** What `npm run check` and the link check want to know of rendered bodies, placed in their files. */
export interface BodyFindings {
  siteLinks: FileLink[];
  imagesWithoutAlt: Array<InFile<ImageWithoutAlt>>;
  /** Raw HTML left open: the build goes on, with a warning. */
  unclosed: ContentWarning[];
}

/** A body rendered, with what it found; a missing local image is a problem. */
export interface RenderedBody {
  rendered: RenderedMarkdown;
  findings: BodyFindings;
}

/** Renders a file's body and places what the render found (lines of the body) in the file. */
export function renderBody(source: MarkdownFile, options: RenderOptions & { publicDir: string }, problems: ContentProblem[]): RenderedBody {
  const file = displayPath(source.file);
  const place = <Spot extends { line: number }>(spot: Spot): InFile<Spot> => ({ ...spot, file, line: source.bodyLine + spot.line - 1 });
  const rendered = source.render(options);
  reportMissingImages(rendered.missingImages.map(place), options.publicDir, problems);
  return {
    rendered,
    findings: {
      siteLinks: rendered.siteLinks.map(place),
      imagesWithoutAlt: rendered.imagesWithoutAlt.map(place),
      unclosed: rendered.unclosedHtml.map(place).map(unclosedWarning),
    },
  };
}

/** A post with what its rendered body shows, the body itself, and what the render found. */
export function renderPost(post: UnrenderedPost, source: MarkdownFile, publicDir: string, problems: ContentProblem[]): { post: Post; body: PostBody; findings: BodyFindings } {
  const { rendered, findings } = renderBody(source, { title: post.title, publicDir, pageUrl: absoluteUrl(post.url), math: post.math }, problems);
  return {
    post: {
      ...post,
      headings: rendered.headings,
      excerpt: post.excerpt || truncateAtWord(rendered.firstParagraph),
      wordCount: rendered.wordCount,
      readingMinutes: readingMinutes(rendered.wordCount),
    },
    body: { html: rendered.html, feedHtml: rendered.feedHtml },
    findings,
  };
}

/** The findings of several bodies, in their order. */
export function allFindings(each: ReadonlyArray<BodyFindings>): BodyFindings {
  return {
    siteLinks: each.flatMap((findings) => findings.siteLinks),
    imagesWithoutAlt: each.flatMap((findings) => findings.imagesWithoutAlt),
    unclosed: each.flatMap((findings) => findings.unclosed),
  };
}

/** The warning about raw HTML left open (lib/posts/markdown/plugins/remark-unclosed-html.ts): the build goes on. */
function unclosedWarning({ element, line, file }: InFile<UnclosedHtml>): ContentWarning {
  const [opened, closing] = element === '<!--' ? ['the HTML comment "<!--"', '"-->"'] : [`<${element}>`, `</${element}>`];
  return { file, line, message: `${opened} here is never closed (no ${closing} follows): browsers take the rest of the body into it and do not show it; close it, or write it as \`code\`` };
}

/** Local images a body shows that cannot be: no such file, or a file that is no image (a text file named .jpg). */
function reportMissingImages(images: ReadonlyArray<InFile<MissingImage>>, publicDir: string, problems: ContentProblem[]) {
  for (const { src, file, line, column } of images) {
    const target = publicFile(src, publicDir);
    const found = target && fs.statSync(target, { throwIfNoEntry: false })?.isFile() ? 'a file that is not an image the build can read' : `not a file under ${displayPath(publicDir)}/`;
    problems.push({
      file,
      line,
      field: 'body',
      found: `an image ${describeValue(src)}, which is ${found}`,
      expected: 'PNG, JPEG, GIF, WebP, AVIF or SVG images that exist under public/, referenced from the site root as "/images/..."',
      column,
    });
  }
}
