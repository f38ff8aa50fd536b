import fs from 'node:fs';
import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { renderMarkdown, type RenderedMarkdown } from '../markdown';
import type { CachedFile, ContentCache } from './cache';
import { displayPath, type ContentProblem } from './errors';
import { countWords } from './text';

/** Counts the Markdown files a process parses; tests and the benchmark read it through MARGINS_PARSE_LOG. */
export interface ParseCounter {
  parsed: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const onlyYaml = (language: string) => () => {
  throw new Error(`a ---${language} frontmatter block; Margins reads YAML frontmatter only`);
};

/** gray-matter engines for YAML only: it would otherwise run a `---js` block through eval, code in a post. */
export const FRONTMATTER_ENGINES = {
  yaml: (source: string) => (loadYaml(source, { schema: CORE_SCHEMA }) ?? {}) as object,
  js: onlyYaml('js'),
  javascript: onlyYaml('javascript'),
  coffee: onlyYaml('coffee'),
  coffeescript: onlyYaml('coffeescript'),
  cson: onlyYaml('cson'),
  json: onlyYaml('json'),
  toml: onlyYaml('toml'),
};

/**
 * One Markdown file of the content folder. It is read once, then parsed (gray-matter and YAML) and rendered
 * (the unified pipeline) at most once each, lazily, and not at all when the cache already holds the result.
 */
export class MarkdownFile {
  private entry: CachedFile | undefined;
  private readonly key: string | undefined;
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array,
    private readonly cache: ContentCache | undefined,
    private readonly counter: ParseCounter,
  ) {
    this.key = cache?.key(file, bytes);
    this.entry = this.key ? cache?.read(this.key) : undefined;
  }

  /** Reads a file, or reports why it cannot be read as UTF-8 text and returns undefined. */
  static open(file: string, cache: ContentCache | undefined, counter: ParseCounter, problems: ContentProblem[]): MarkdownFile | undefined {
    const source = new MarkdownFile(file, fs.readFileSync(file), cache, counter);
    return source.parsed(problems) ? source : undefined;
  }

  /** The frontmatter as YAML gave it (not yet validated). */
  get data(): unknown {
    return this.entry!.data;
  }

  /** The Markdown body, frontmatter excluded. */
  get body(): string {
    return this.entry!.body;
  }

  get wordCount(): number {
    return this.entry!.wordCount;
  }

  /** The body rendered to HTML, from the cache when it has it. */
  render(options: { title?: string; publicDir: string }): RenderedMarkdown {
    if (!this.entry!.rendered) {
      this.entry!.rendered = renderMarkdown(this.entry!.body, options);
      this.dirty = true;
    }
    return this.entry!.rendered;
  }

  /** Parses the file unless the cache had it; false (with a problem reported) if it cannot be parsed. */
  private parsed(problems: ContentProblem[]): boolean {
    if (this.entry) return true;
    let text: string;
    try {
      text = utf8.decode(this.bytes).replace(/^\uFEFF/, '');
    } catch {
      problems.push({ file: displayPath(this.file), field: '(encoding)', found: 'bytes that are not UTF-8', expected: 'a UTF-8 text file' });
      return false;
    }
    this.counter.parsed += 1;
    if (process.env.MARGINS_PARSE_LOG) fs.appendFileSync(process.env.MARGINS_PARSE_LOG, `${process.pid}\t${this.file}\n`);
    try {
      // YAML's core schema keeps `date: 2025-02-30` a string, for our strict date check; the default schema
      // would quietly turn it into March 2nd.
      const parsed = matter(text, { language: 'yaml', engines: FRONTMATTER_ENGINES });
      this.entry = { data: parsed.data, body: parsed.content, wordCount: countWords(parsed.content) };
      this.dirty = true;
      return true;
    } catch (error) {
      const found =
        error instanceof YAMLException
          ? `YAML that does not parse (${error.reason}${error.mark ? ` on line ${error.mark.line + 2}` : ''})`
          : error instanceof Error
            ? error.message
            : String(error);
      problems.push({ file: displayPath(this.file), field: 'frontmatter', found, expected: 'valid YAML between the opening and closing --- lines' });
      return false;
    }
  }

  /** Writes what this process parsed or rendered to the cache, once, for the other processes of the build. */
  persist(): void {
    if (this.dirty && this.cache && this.key && this.entry) this.cache.write(this.key, this.entry);
    this.dirty = false;
  }
}
