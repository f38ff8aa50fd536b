import fs from 'node:fs';
import matter from 'gray-matter';
import { CORE_SCHEMA, EVENT_ID, load as loadYaml, parseEvents, YAMLException, type AliasEvent } from 'js-yaml';
import { NESTING_EXPECTED, NestingError, renderMarkdown, type RenderedMarkdown, type RenderOptions } from '../markdown';
import type { CachedFile, ContentCache } from './cache';
import { describeValue, displayPath, type ContentProblem, type ContentWarning } from './errors';
import { stripInvalidXmlChars } from '../xml-text';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Frontmatter Margins refuses before reading it, with what it expects instead. */
class FrontmatterError extends Error {
  constructor(
    readonly found: string,
    readonly expected: string,
  ) {
    super(`found ${found}, expected ${expected}`);
  }
}

// The word after an opening `---` names the frontmatter's language for gray-matter (`---js` would run
// through eval, `---constructor` looks up Object.prototype); Margins reads YAML only.
const OPENING_FENCE = /^---(?!-)([^\r\n]*)/;

/**
 * YAML without aliases. An alias shares a value, so `tags: &a [*a]` holds itself (no JSON can store it) and
 * "billion laughs" expands to gigabytes when written out; nothing in frontmatter needs one.
 */
function parseYaml(source: string): object {
  const alias = parseEvents(source, {}).find((event): event is AliasEvent => event.type === EVENT_ID.ALIAS);
  if (alias) {
    throw new FrontmatterError(`a YAML alias (*${source.slice(alias.anchorStart, alias.anchorEnd)})`, 'plain YAML without anchors or aliases');
  }
  return (loadYaml(source, { schema: CORE_SCHEMA }) ?? {}) as object;
}

/** gray-matter's engines: YAML only, without aliases. The importers read other blogs' front matter with them too. */
export const FRONTMATTER_ENGINES = { yaml: parseYaml };

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
 * One Markdown file of the content folder. It is read once, then parsed (gray-matter and YAML) and rendered
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
      const language = OPENING_FENCE.exec(text)?.[1]!.trim();
      if (language && language !== 'yaml') {
        throw new FrontmatterError(`an opening fence ${describeValue(`---${language}`)}`, '"---" alone on the first line (Margins reads YAML frontmatter only)');
      }
      // YAML's core schema keeps `date: 2025-02-30` a string, for our strict date check; the default schema
      // would quietly turn it into March 2nd.
      const parsed = matter(text, { language: 'yaml', engines: FRONTMATTER_ENGINES });
      const removed = { count: source.length - text.length };
      const data = withoutXmlForbiddenStrings(parsed.data, removed);
      // The line the body starts on, so that a problem found in the body can name its line in the file.
      const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
      this.entry = { data, body: parsed.content, bodyLine, removedCharacters: removed.count };
      this.dirty = true;
      return true;
    } catch (error) {
      if (error instanceof FrontmatterError) {
        this.problems.push({ file: displayPath(this.file), field: 'frontmatter', found: error.found, expected: error.expected });
        return false;
      }
      const found =
        error instanceof YAMLException
          ? `YAML that does not parse (${error.reason}${error.mark ? ` on line ${error.mark.line + 2}` : ''})`
          : error instanceof Error
            ? error.message
            : String(error);
      this.problems.push({ file: displayPath(this.file), field: 'frontmatter', found, expected: 'valid YAML between the opening and closing --- lines' });
      return false;
    }
  }

  /** Writes what was parsed or rendered to the cache, once, for the next build. */
  persist(): void {
    if (this.dirty && this.entry) this.cache.write(this.key, this.entry);
    this.dirty = false;
  }
}
