import fs from 'node:fs';
import { NESTING_EXPECTED, NestingError, renderMarkdown, type RenderedMarkdown, type RenderOptions } from './markdown/pipeline';
import type { CachedFile, ContentCache } from './cache';
import { displayPath, type ContentProblem, type ContentWarning } from '../site/errors';
import { FrontmatterError, readFrontmatter } from './frontmatter';
import { stripInvalidXmlChars } from './text';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** YAML data with the characters XML 1.0 forbids removed from every string, counting them. */
function withoutXmlForbiddenStrings(value: unknown, removed: { count: number }): unknown {
  if (typeof value === 'string') {
    const clean = stripInvalidXmlChars(value);
    removed.count += value.length - clean.length;
    return clean;
  }
  if (Array.isArray(value)) return value.map((item) => withoutXmlForbiddenStrings(item, removed));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutXmlForbiddenStrings(item, removed)]));
  }
  return value;
}

/**
 * One Markdown file of the content folder. It is read once, then parsed (lib/posts/frontmatter.ts) and rendered
 * (the unified pipeline) at most once each, lazily, and not at all when the cache already holds the result.
 */
export class MarkdownFile {
  private entry: CachedFile | undefined;
  private readonly key: string;
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array,
    private readonly cache: ContentCache,
    private readonly problems: ContentProblem[],
  ) {
    this.key = cache.key(file, bytes);
    this.entry = cache.read(this.key);
  }

  /**
   * Reads a file, or reports why it cannot be read as UTF-8 text and returns undefined. Problems found later,
   * while rendering, are reported to the same list.
   */
  static open(file: string, cache: ContentCache, problems: ContentProblem[]): MarkdownFile | undefined {
    const source = new MarkdownFile(file, fs.readFileSync(file), cache, problems);
    return source.parsed() ? source : undefined;
  }

  /** The frontmatter as YAML gave it (not yet validated). */
  get data(): unknown {
    return this.entry!.data;
  }

  /** The Markdown body, frontmatter excluded. */
  get body(): string {
    return this.entry!.body;
  }

  /** The line of the file the body starts on (1 for a file without frontmatter). */
  get bodyLine(): number {
    return this.entry!.bodyLine;
  }

  /** What the author should know about this file although it loads. */
  get warnings(): ContentWarning[] {
    const removed = this.entry!.removedCharacters;
    if (removed === 0) return [];
    const count = removed === 1 ? '1 character' : `${removed} characters`;
    const message = `removed ${count} that XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates) from the frontmatter and body`;
    return [{ file: displayPath(this.file), message }];
  }

  /** The body rendered to HTML, from the cache when it has it; empty, with a problem reported, if it cannot be. */
  render(options: RenderOptions & { publicDir: string }): RenderedMarkdown {
    if (!this.entry!.rendered) {
      try {
        this.entry!.rendered = renderMarkdown(this.entry!.body, options);
      } catch (error) {
        if (!(error instanceof NestingError)) throw error;
        this.problems.push({ file: displayPath(this.file), field: 'body', found: error.found, expected: NESTING_EXPECTED });
        return { html: '', feedHtml: '', headings: [], firstParagraph: '', wordCount: 0, missingImages: [], localImages: [], siteLinks: [], imagesWithoutAlt: [], unclosedHtml: [] };
      }
      this.dirty = true;
    }
    return this.entry!.rendered;
  }

  /** Parses the file unless the cache had it; false (with a problem reported) if it cannot be parsed. */
  private parsed(): boolean {
    if (this.entry) return true;
    let source: string;
    try {
      source = utf8.decode(this.bytes).replace(/^\uFEFF/, '');
    } catch {
      this.problems.push({ file: displayPath(this.file), field: '(encoding)', found: 'bytes that are not UTF-8', expected: 'a UTF-8 text file' });
      return false;
    }
    // Removed before YAML sees them (it refuses raw control characters), then again from the strings YAML
    // made of escapes such as "\b" or "\ud83d": feeds and pages are XML, where one of them is fatal.
    const text = stripInvalidXmlChars(source);
    try {
      const parsed = readFrontmatter(text);
      const removed = { count: source.length - text.length };
      const data = withoutXmlForbiddenStrings(parsed.data, removed);
      this.entry = { data, body: parsed.body, bodyLine: parsed.bodyLine, removedCharacters: removed.count };
      this.dirty = true;
      return true;
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      this.problems.push({ file: displayPath(this.file), field: 'frontmatter', found: error.found, expected: error.expected });
      return false;
    }
  }

  /** Writes what was parsed or rendered to the cache, once, for the next build. */
  persist(): void {
    if (this.dirty && this.entry) this.cache.write(this.key, this.entry);
    this.dirty = false;
  }
}
