// The one front-matter reader: the build, `npm run check`, `npm run new` and every importer split a Markdown
// text into its YAML front matter and its body here, so that what one accepts the others accept, and nothing
// any of them reads is ever run.
import matter from 'gray-matter';
import { CORE_SCHEMA, EVENT_ID, load as loadYaml, parseEvents, YAMLException, type AliasEvent } from 'js-yaml';
import { describeValue } from '../site/errors';

/** Front matter Margins refuses, with what was found and what it expects instead (the halves of a content problem). */
export class FrontmatterError extends Error {
  constructor(
    readonly found: string,
    readonly expected: string,
  ) {
    super(`found ${found}, expected ${expected}`);
    this.name = 'FrontmatterError';
  }
}

/** A Markdown text split: the front matter as YAML gave it (not yet validated), and the body after it. */
export interface SplitMarkdown {
  data: unknown;
  body: string;
  /** The line of the text the body starts on (1 for a text without front matter). */
  bodyLine: number;
}

// The word after an opening `---` names the front matter's language for gray-matter (`---js` would run
// through eval, `---coffee` would load a compiler, `---constructor` looks up Object.prototype); Margins reads
// YAML only, so any word there is refused before gray-matter sees it. gray-matter skips a byte order mark, so
// the fence is read after one too.
const OPENING_FENCE = /^\uFEFF?---(?!-)([^\r\n]*)/;

/**
 * YAML without aliases. An alias shares a value, so `tags: &a [*a]` holds itself (no JSON can store it) and
 * "billion laughs" expands to gigabytes when written out; nothing in front matter needs one. The core schema
 * keeps `date: 2025-02-30` a string, for the strict date check; the default schema would make it March 2nd.
 */
function parseYaml(source: string): object {
  const alias = parseEvents(source, {}).find((event): event is AliasEvent => event.type === EVENT_ID.ALIAS);
  if (alias) {
    throw new FrontmatterError(`a YAML alias (*${source.slice(alias.anchorStart, alias.anchorEnd)})`, 'plain YAML without anchors or aliases');
  }
  return (loadYaml(source, { schema: CORE_SCHEMA }) ?? {}) as object;
}

/** Any engine but YAML, should a language ever get past the fence check: refused, never evaluated. */
function refuseEngine(): never {
  throw new FrontmatterError('front matter in a language other than YAML', YAML_ONLY);
}

const YAML_ONLY = '"---" alone on the first line (Margins reads YAML frontmatter only)';

// gray-matter merges these over its own engines, so its JavaScript engine (eval) is replaced too.
const ENGINES = { yaml: parseYaml, javascript: refuseEngine, json: refuseEngine, coffee: refuseEngine };

/**
 * Splits a Markdown text into front matter and body, or throws a {@link FrontmatterError} saying what is
 * wrong: an opening fence naming another language (`---js`), a YAML alias, YAML that does not parse.
 */
export function readFrontmatter(text: string): SplitMarkdown {
  const language = OPENING_FENCE.exec(text)?.[1]!.trim();
  if (language && language !== 'yaml') throw new FrontmatterError(`an opening fence ${describeValue(`---${language}`)}`, YAML_ONLY);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { language: 'yaml', engines: ENGINES });
  } catch (error) {
    if (error instanceof FrontmatterError) throw error;
    const found =
      error instanceof YAMLException
        ? // The mark counts from the line after the opening ---, which is line 2 of the file.
          `YAML that does not parse (${error.reason}${error.mark ? ` on line ${error.mark.line + 2}` : ''})`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new FrontmatterError(found, 'valid YAML between the opening and closing --- lines');
  }
  return { data: parsed.data, body: parsed.content, bodyLine: text.slice(0, text.length - parsed.content.length).split('\n').length };
}
